using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;

namespace LocalOfferGen.Word;

/// <summary>Small builders for the paragraphs and runs every document uses.</summary>
internal static class Paragraphs
{
    public static Paragraph Styled(string style, params OpenXmlElement[] content)
    {
        var paragraph = new Paragraph(new ParagraphProperties(new ParagraphStyleId { Val = style }));
        paragraph.Append(content);
        return paragraph;
    }

    public static Paragraph Plain(params OpenXmlElement[] content) => Styled("Normal", content);

    /// <summary>A run of text; phone numbers and postcodes in it never break across lines.</summary>
    public static Run Text(string text, bool bold = false)
    {
        var run = new Run();
        if (bold) run.Append(new RunProperties(new Bold(), new BoldComplexScript()));
        run.Append(new Text(LocalOfferGen.Wording.KeepTogether.PhoneNumbersAndPostcodes(text)) { Space = SpaceProcessingModeValues.Preserve });
        return run;
    }

    /// <summary>"Label: value" with the label in bold, the way forms and directories print facts.</summary>
    public static Paragraph Fact(string label, string value) => Plain(Text(label + ": ", bold: true), Text(value));

    /// <summary>A first-level item of a real Word list.</summary>
    public static Paragraph ListItem(int numberingId, params OpenXmlElement[] content)
    {
        var paragraph = Styled("ListParagraph", content);
        paragraph.ParagraphProperties!.Append(new NumberingProperties(new NumberingLevelReference { Val = 0 }, new NumberingId { Val = numberingId }));
        return paragraph;
    }

    /// <summary>Keeps the paragraph on the page of the one after it, and its own lines together.</summary>
    public static Paragraph KeptWithNext(Paragraph paragraph)
    {
        var properties = paragraph.ParagraphProperties ??= new ParagraphProperties();
        properties.KeepNext ??= new KeepNext();
        properties.KeepLines ??= new KeepLines();
        return paragraph;
    }

    /// <summary>Sets the space before or after a paragraph, in twentieths of a point, keeping any other spacing.</summary>
    public static void Space(Paragraph paragraph, int? before = null, int? after = null)
    {
        var properties = paragraph.ParagraphProperties ??= new ParagraphProperties();
        var spacing = properties.SpacingBetweenLines ??= new SpacingBetweenLines();
        if (before is { } b) spacing.Before = b.ToString(System.Globalization.CultureInfo.InvariantCulture);
        if (after is { } a) spacing.After = a.ToString(System.Globalization.CultureInfo.InvariantCulture);
    }
}
