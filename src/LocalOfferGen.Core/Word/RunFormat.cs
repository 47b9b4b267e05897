using DocumentFormat.OpenXml.Wordprocessing;

namespace LocalOfferGen.Word;

/// <summary>The character formatting in force while walking inlines: Markdown emphasis and the few inline
/// HTML tags content may keep (&lt;b&gt;, &lt;sup&gt; ...) switch these on and off.</summary>
internal sealed class RunFormat
{
    public int Bold;
    public int Italic;
    public int Strike;
    public int Underline;
    public int Superscript;
    public int Subscript;
    public int Code;
    public bool Link;

    public RunProperties? Properties()
    {
        if (Bold + Italic + Strike + Underline + Superscript + Subscript + Code == 0 && !Link) return null;
        var properties = new RunProperties();
        if (Link) properties.Append(new RunStyle { Val = "Hyperlink" });
        if (Code > 0) properties.Append(new RunFonts { Ascii = "Courier New", HighAnsi = "Courier New", ComplexScript = "Courier New" });
        if (Bold > 0) properties.Append(new Bold(), new BoldComplexScript());
        if (Italic > 0) properties.Append(new Italic(), new ItalicComplexScript());
        if (Strike > 0) properties.Append(new Strike());
        if (Underline > 0 && !Link) properties.Append(new Underline { Val = UnderlineValues.Single });
        if (Superscript > 0) properties.Append(new VerticalTextAlignment { Val = VerticalPositionValues.Superscript });
        else if (Subscript > 0) properties.Append(new VerticalTextAlignment { Val = VerticalPositionValues.Subscript });
        return properties;
    }
}
