using System.Security;
using static LocalOfferGen.Word.Typography;

namespace LocalOfferGen.Word;

/// <summary>The style definitions (word/styles.xml): Atkinson Hyperlegible Next throughout (Arial where it
/// is not installed, see <see cref="FontTable"/>), real Heading 1 to 6 styles with their
/// outline levels (so the navigation pane and the table of contents find them), list, table, footnote and
/// contents styles. Every size comes from the document's <see cref="Typography"/>.</summary>
internal static class StyleSheet
{
    /// <summary>Width of the text between A4 margins, in twentieths of a point.</summary>
    private const int TextWidth = PageLayout.TextWidth;

    /// <summary>Table looks as the Word 2007 bit mask (w:val), which every Word reads: the header row
    /// formatted (0x0020), no banded rows or columns (0x0200, 0x0400).</summary>
    public const string HeaderRowLook = "0620";

    /// <summary>No header row, no bands: layout tables and tables without a header row.</summary>
    public const string PlainLook = "0600";

    public const string Ink = "0B0C0C";
    public const string Link = "1D70B8";
    public const string Border = "505A5F";
    public const string Shade = "F3F2F1";

    public static string Xml(Typography type, string language)
    {
        var lang = SecurityElement.Escape(language);
        var body = HalfPoints(type.Body);
        return $$"""
        <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
        <w:styles xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">
          <w:docDefaults>
            <w:rPrDefault><w:rPr><w:rFonts w:ascii="{{Font}}" w:hAnsi="{{Font}}" w:eastAsia="{{Font}}" w:cs="{{Font}}"/><w:color w:val="{{Ink}}"/><w:sz w:val="{{body}}"/><w:szCs w:val="{{body}}"/><w:lang w:val="{{lang}}" w:eastAsia="{{lang}}" w:bidi="{{lang}}"/></w:rPr></w:rPrDefault>
            <w:pPrDefault><w:pPr><w:spacing w:after="160" w:line="288" w:lineRule="auto"/></w:pPr></w:pPrDefault>
          </w:docDefaults>
          <w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:qFormat/></w:style>
          <w:style w:type="character" w:default="1" w:styleId="DefaultParagraphFont"><w:name w:val="Default Paragraph Font"/><w:uiPriority w:val="1"/><w:semiHidden/><w:unhideWhenUsed/></w:style>
          <w:style w:type="table" w:default="1" w:styleId="TableNormal"><w:name w:val="Normal Table"/><w:uiPriority w:val="99"/><w:semiHidden/><w:unhideWhenUsed/><w:tblPr><w:tblInd w:w="0" w:type="dxa"/><w:tblCellMar><w:top w:w="0" w:type="dxa"/><w:left w:w="108" w:type="dxa"/><w:bottom w:w="0" w:type="dxa"/><w:right w:w="108" w:type="dxa"/></w:tblCellMar></w:tblPr></w:style>
          <w:style w:type="numbering" w:default="1" w:styleId="NoList"><w:name w:val="No List"/><w:uiPriority w:val="99"/><w:semiHidden/><w:unhideWhenUsed/></w:style>
          <w:style w:type="paragraph" w:styleId="Title"><w:name w:val="Title"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:qFormat/><w:pPr><w:spacing w:before="0" w:after="360" w:line="240" w:lineRule="auto"/></w:pPr><w:rPr><w:b/><w:bCs/><w:sz w:val="{{HalfPoints(type.Title)}}"/><w:szCs w:val="{{HalfPoints(type.Title)}}"/></w:rPr></w:style>
          <w:style w:type="paragraph" w:styleId="Subtitle"><w:name w:val="Subtitle"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:qFormat/><w:pPr><w:spacing w:after="240"/></w:pPr><w:rPr><w:sz w:val="{{HalfPoints(type.Heading(2))}}"/><w:szCs w:val="{{HalfPoints(type.Heading(2))}}"/></w:rPr></w:style>
        {{Headings(type)}}
          <w:style w:type="paragraph" w:styleId="Lead"><w:name w:val="Lead"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:qFormat/><w:pPr><w:spacing w:after="240"/></w:pPr><w:rPr><w:sz w:val="{{HalfPoints(type.Body + 2)}}"/><w:szCs w:val="{{HalfPoints(type.Body + 2)}}"/></w:rPr></w:style>
          <w:style w:type="paragraph" w:styleId="ListParagraph"><w:name w:val="List Paragraph"/><w:basedOn w:val="Normal"/><w:uiPriority w:val="34"/><w:qFormat/><w:pPr><w:spacing w:after="80"/><w:ind w:left="720"/></w:pPr></w:style>
          <w:style w:type="paragraph" w:styleId="Quote"><w:name w:val="Quote"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:qFormat/><w:pPr><w:pBdr><w:left w:val="single" w:sz="24" w:space="12" w:color="B1B4B6"/></w:pBdr><w:ind w:left="567"/></w:pPr></w:style>
          <w:style w:type="paragraph" w:styleId="CodeBlock"><w:name w:val="Code Block"/><w:basedOn w:val="Normal"/><w:pPr><w:shd w:val="clear" w:color="auto" w:fill="{{Shade}}"/><w:spacing w:after="0" w:line="240" w:lineRule="auto"/></w:pPr><w:rPr><w:rFonts w:ascii="Courier New" w:hAnsi="Courier New" w:cs="Courier New"/></w:rPr></w:style>
          <w:style w:type="paragraph" w:styleId="TableText"><w:name w:val="Table Text"/><w:basedOn w:val="Normal"/><w:qFormat/><w:pPr><w:spacing w:before="60" w:after="60"/></w:pPr></w:style>
          <w:style w:type="paragraph" w:styleId="TOCHeading"><w:name w:val="TOC Heading"/><w:basedOn w:val="Heading1"/><w:next w:val="Normal"/><w:uiPriority w:val="39"/><w:unhideWhenUsed/><w:qFormat/><w:pPr><w:outlineLvl w:val="9"/></w:pPr></w:style>
        {{Contents()}}
          <w:style w:type="paragraph" w:styleId="Footer"><w:name w:val="footer"/><w:basedOn w:val="Normal"/><w:uiPriority w:val="99"/><w:unhideWhenUsed/><w:pPr><w:tabs><w:tab w:val="right" w:pos="{{TextWidth}}"/></w:tabs><w:spacing w:after="0"/></w:pPr></w:style>
          <w:style w:type="paragraph" w:styleId="FootnoteText"><w:name w:val="footnote text"/><w:basedOn w:val="Normal"/><w:uiPriority w:val="99"/><w:unhideWhenUsed/><w:pPr><w:spacing w:after="60" w:line="240" w:lineRule="auto"/></w:pPr></w:style>
          <w:style w:type="character" w:styleId="FootnoteReference"><w:name w:val="footnote reference"/><w:basedOn w:val="DefaultParagraphFont"/><w:uiPriority w:val="99"/><w:unhideWhenUsed/><w:rPr><w:vertAlign w:val="superscript"/></w:rPr></w:style>
          <w:style w:type="character" w:styleId="Hyperlink"><w:name w:val="Hyperlink"/><w:basedOn w:val="DefaultParagraphFont"/><w:uiPriority w:val="99"/><w:unhideWhenUsed/><w:rPr><w:color w:val="{{Link}}"/><w:u w:val="single"/></w:rPr></w:style>
          <w:style w:type="table" w:styleId="DataTable"><w:name w:val="Data Table"/><w:basedOn w:val="TableNormal"/><w:uiPriority w:val="39"/><w:pPr><w:spacing w:before="60" w:after="60"/></w:pPr><w:tblPr><w:tblBorders><w:top w:val="single" w:sz="4" w:space="0" w:color="{{Border}}"/><w:left w:val="single" w:sz="4" w:space="0" w:color="{{Border}}"/><w:bottom w:val="single" w:sz="4" w:space="0" w:color="{{Border}}"/><w:right w:val="single" w:sz="4" w:space="0" w:color="{{Border}}"/><w:insideH w:val="single" w:sz="4" w:space="0" w:color="{{Border}}"/><w:insideV w:val="single" w:sz="4" w:space="0" w:color="{{Border}}"/></w:tblBorders><w:tblCellMar><w:top w:w="57" w:type="dxa"/><w:left w:w="115" w:type="dxa"/><w:bottom w:w="57" w:type="dxa"/><w:right w:w="115" w:type="dxa"/></w:tblCellMar></w:tblPr><w:tblStylePr w:type="firstRow"><w:rPr><w:b/><w:bCs/></w:rPr><w:tcPr><w:shd w:val="clear" w:color="auto" w:fill="{{Shade}}"/></w:tcPr></w:tblStylePr></w:style>
          <w:style w:type="table" w:styleId="LayoutTable"><w:name w:val="Layout Table"/><w:basedOn w:val="TableNormal"/><w:uiPriority w:val="40"/><w:tblPr><w:tblBorders><w:top w:val="nil"/><w:left w:val="nil"/><w:bottom w:val="nil"/><w:right w:val="nil"/><w:insideH w:val="nil"/><w:insideV w:val="nil"/></w:tblBorders><w:tblCellMar><w:top w:w="113" w:type="dxa"/><w:left w:w="0" w:type="dxa"/><w:bottom w:w="113" w:type="dxa"/><w:right w:w="227" w:type="dxa"/></w:tblCellMar></w:tblPr></w:style>
        </w:styles>
        """;
    }

    private static string Headings(Typography type)
    {
        int[] before = [360, 320, 240, 200, 200, 200];
        return string.Join("\n", Enumerable.Range(1, 6).Select(level =>
        {
            var size = HalfPoints(type.Heading(level));
            return $"""
              <w:style w:type="paragraph" w:styleId="Heading{level}"><w:name w:val="heading {level}"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:uiPriority w:val="9"/><w:qFormat/><w:pPr><w:keepNext/><w:keepLines/><w:spacing w:before="{before[level - 1]}" w:after="120" w:line="240" w:lineRule="auto"/><w:outlineLvl w:val="{level - 1}"/></w:pPr><w:rPr><w:b/><w:bCs/><w:sz w:val="{size}"/><w:szCs w:val="{size}"/></w:rPr></w:style>
            """;
        }));
    }

    private static string Contents() => string.Join("\n", Enumerable.Range(1, 3).Select(level => $"""
          <w:style w:type="paragraph" w:styleId="TOC{level}"><w:name w:val="toc {level}"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:uiPriority w:val="39"/><w:unhideWhenUsed/><w:pPr><w:tabs><w:tab w:val="right" w:leader="dot" w:pos="{TextWidth}"/></w:tabs><w:spacing w:before="{(level == 1 ? 120 : 0)}" w:after="60"/><w:ind w:left="{(level - 1) * 284}"/></w:pPr>{(level == 1 ? "<w:rPr><w:b/><w:bCs/></w:rPr>" : "")}</w:style>
        """));
}
