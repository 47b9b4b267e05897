namespace LocalOfferGen.Fonts;

/// <summary>The faces of one family found in the theme: a regular face, and bold, italic and bold italic when
/// the family has them (PDFsharp simulates a missing one from the nearest).</summary>
public sealed record FontFamilyFaces(string Family, FontFileInfo Regular, FontFileInfo? Bold, FontFileInfo? Italic, FontFileInfo? BoldItalic)
{
    /// <summary>The face drawn for a style, and whether bold or italic must be simulated.</summary>
    public (FontFileInfo File, bool SimulateBold, bool SimulateItalic) Face(bool bold, bool italic)
    {
        var exact = (bold, italic) switch
        {
            (false, false) => Regular,
            (true, false) => Bold,
            (false, true) => Italic,
            _ => BoldItalic,
        };
        if (exact is not null) return (exact, false, false);
        var boldFace = bold ? Bold : null;
        return (boldFace ?? Regular, bold && boldFace is null, italic);
    }

    /// <summary>The family's faces that exist, regular first.</summary>
    public IEnumerable<FontFileInfo> Files() => new[] { Regular, Bold, Italic, BoldItalic }.OfType<FontFileInfo>();
}
