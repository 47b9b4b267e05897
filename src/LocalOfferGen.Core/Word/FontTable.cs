using System.Text;

namespace LocalOfferGen.Word;

/// <summary>The font table (word/fontTable.xml). It names the documents' family, Atkinson Hyperlegible Next, the
/// family the PDFs are set in, with Arial as its alternative: a computer without Atkinson Hyperlegible Next
/// shows the text in Arial (or, failing that, another sans-serif, from the family class "swiss").</summary>
internal static class FontTable
{
    public const string Fallback = "Arial";

    public static readonly byte[] Xml = Encoding.UTF8.GetBytes($$"""
        <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
        <w:fonts xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:font w:name="{{Typography.Font}}"><w:altName w:val="{{Fallback}}"/><w:charset w:val="00"/><w:family w:val="swiss"/><w:pitch w:val="variable"/></w:font><w:font w:name="{{Fallback}}"><w:panose1 w:val="020B0604020202020204"/><w:charset w:val="00"/><w:family w:val="swiss"/><w:pitch w:val="variable"/></w:font><w:font w:name="Courier New"><w:panose1 w:val="02070309020205020404"/><w:charset w:val="00"/><w:family w:val="modern"/><w:pitch w:val="fixed"/></w:font></w:fonts>
        """);
}
