using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using Wp = DocumentFormat.OpenXml.Drawing.Wordprocessing;

namespace LocalOfferGen.Tests.Word;

/// <summary>Reads a .docx back with the Open XML SDK and answers what a reader (or a screen reader) gets.</summary>
public sealed class DocxReader : IDisposable
{
    private readonly WordprocessingDocument _document;

    public DocxReader(string path)
    {
        _document = WordprocessingDocument.Open(path, false);
        Body = _document.MainDocumentPart!.Document!.Body!;
    }

    public Body Body { get; }
    public MainDocumentPart Main => _document.MainDocumentPart!;
    public WordprocessingDocument Document => _document;

    /// <summary>Every heading paragraph (style Heading1 to Heading6) with its level and text, in order.</summary>
    public IReadOnlyList<(int Level, string Text)> Headings =>
        Body.Descendants<Paragraph>()
            .Select(p => (Style: StyleOf(p), Text: TextOf(p)))
            .Where(p => p.Style is not null && p.Style.StartsWith("Heading", StringComparison.Ordinal))
            .Select(p => (int.Parse(p.Style!["Heading".Length..]), p.Text))
            .ToList();

    /// <summary>Paragraphs that are list items, with their numbering instance and level.</summary>
    public IReadOnlyList<(string Text, int NumberingId, int Level)> ListItems =>
        Body.Descendants<Paragraph>()
            .Where(p => p.ParagraphProperties?.NumberingProperties is not null)
            .Select(p => (TextOf(p), p.ParagraphProperties!.NumberingProperties!.NumberingId!.Val!.Value, p.ParagraphProperties.NumberingProperties.NumberingLevelReference!.Val!.Value))
            .ToList();

    /// <summary>The number format of a list instance at level 0 (bullet, decimal ...).</summary>
    public string NumberFormat(int numberingId)
    {
        var numbering = Main.NumberingDefinitionsPart!.Numbering!;
        var instance = numbering.Elements<NumberingInstance>().Single(n => n.NumberID!.Value == numberingId);
        var abstractId = instance.AbstractNumId!.Val!.Value;
        var definition = numbering.Elements<AbstractNum>().Single(a => a.AbstractNumberId!.Value == abstractId);
        return definition.Elements<Level>().First().NumberingFormat!.Val!.ToString()!;
    }

    public IReadOnlyList<Table> Tables => Body.Descendants<Table>().ToList();

    public static IReadOnlyList<IReadOnlyList<string>> Cells(Table table) =>
        table.Elements<TableRow>().Select(r => (IReadOnlyList<string>)r.Elements<TableCell>().Select(c => TextOf(c)).ToList()).ToList();

    /// <summary>Each hyperlink's text and where it goes (an address, or "#bookmark" inside the document).</summary>
    public IReadOnlyList<(string Text, string Target)> Links(DocumentFormat.OpenXml.OpenXmlElement? within = null, OpenXmlPart? part = null)
    {
        part ??= Main;
        var relationships = part.HyperlinkRelationships.ToDictionary(r => r.Id, r => r.Uri.OriginalString);
        return (within ?? Body).Descendants<Hyperlink>()
            .Select(h => (TextOf(h), h.Id?.Value is { } id ? relationships[id] : "#" + h.Anchor!.Value))
            .ToList();
    }

    /// <summary>The description (alt text) of every picture, in order.</summary>
    public IReadOnlyList<string> PictureDescriptions =>
        Body.Descendants<Wp.DocProperties>().Select(d => d.Description?.Value ?? "").ToList();

    public string Text => string.Join("\n", Body.Elements<Paragraph>().Select(p => TextOf(p)));

    public string AllText => string.Join("\n", Body.Descendants<Paragraph>().Select(p => TextOf(p)));

    public Styles Styles => Main.StyleDefinitionsPart!.Styles!;

    public static string? StyleOf(Paragraph paragraph) => paragraph.ParagraphProperties?.ParagraphStyleId?.Val?.Value;

    public static string TextOf(DocumentFormat.OpenXml.OpenXmlElement element) =>
        string.Concat(element.Descendants<Text>().Select(t => t.Text));

    /// <summary>A style's font size in points, following basedOn to the document defaults.</summary>
    public double FontSize(string styleId)
    {
        for (var style = Styles.Elements<Style>().FirstOrDefault(s => s.StyleId == styleId); style is not null;
             style = Styles.Elements<Style>().FirstOrDefault(s => s.StyleId == style.BasedOn?.Val?.Value))
        {
            if (style.StyleRunProperties?.FontSize?.Val?.Value is { } size) return double.Parse(size) / 2;
        }
        return double.Parse(Styles.DocDefaults!.RunPropertiesDefault!.RunPropertiesBaseStyle!.FontSize!.Val!.Value!) / 2;
    }

    public void Dispose() => _document.Dispose();
}
