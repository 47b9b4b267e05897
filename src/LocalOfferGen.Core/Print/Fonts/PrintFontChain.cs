using LocalOfferGen.Fonts;
namespace LocalOfferGen.Print.Fonts;

/// <summary>The families the PDFs are set in, in fallback order: the first is the text face; each character
/// goes to the first family that has a glyph for it in the face it is drawn in.</summary>
public sealed class PrintFontChain
{
    public PrintFontChain(IReadOnlyList<FontFamilyFaces> families)
    {
        if (families.Count == 0) throw new ArgumentException("a font chain needs at least one family", nameof(families));
        Families = families;
        PdfNames = families.Select(PrintFontResolver.Instance.Register).ToList();
    }

    public IReadOnlyList<FontFamilyFaces> Families { get; }

    /// <summary>The names PDFsharp's XFont is given for each family, in the same order.</summary>
    public IReadOnlyList<string> PdfNames { get; }

    /// <summary>The family the body text is set in.</summary>
    public string Family => Families[0].Family;

    /// <summary>The index of the first family whose face for this style has the character; -1 when none has.</summary>
    public int FontFor(int codePoint, bool bold, bool italic)
    {
        for (var i = 0; i < Families.Count; i++)
            if (Families[i].Face(bold, italic).File.Cmap.Has(codePoint)) return i;
        return -1;
    }
}
