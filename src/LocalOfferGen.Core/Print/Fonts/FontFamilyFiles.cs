namespace LocalOfferGen.Print.Fonts;

/// <summary>The files of one font family: a regular face, and bold, italic and bold italic when the family has them
/// (PDFsharp simulates a missing one).</summary>
public sealed record FontFamilyFiles(string Family, string Regular, string? Bold, string? Italic, string? BoldItalic)
{
    public string? FileFor(bool bold, bool italic) => (bold, italic) switch
    {
        (false, false) => Regular,
        (true, false) => Bold,
        (false, true) => Italic,
        _ => BoldItalic,
    };
}
