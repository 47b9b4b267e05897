using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;

namespace LocalOfferGen.Word;

/// <summary>A real Word table of contents: a TOC field over heading levels 1 to 3. Its shown result lists
/// every heading as a link to it; Word fills in the page numbers when it refreshes the field (the document
/// asks it to on opening), as does LibreOffice's Tools, Update, Update All.</summary>
internal static class TableOfContents
{
    public const string Instruction = " TOC \\o \"1-3\" \\h \\z \\u ";

    public static IReadOnlyList<Paragraph> Create(IEnumerable<OutlineEntry> outline)
    {
        var entries = outline.Where(e => e.Level <= 3).ToList();
        var paragraphs = new List<Paragraph>();
        for (var i = 0; i < entries.Count; i++)
        {
            var entry = entries[i];
            var paragraph = Paragraphs.Styled($"TOC{entry.Level}");
            if (i == 0) paragraph.Append(FieldChar(FieldCharValues.Begin), Instructions(Instruction), FieldChar(FieldCharValues.Separate));
            // The shown entries carry no page numbers: only a layout program knows them, and Word and
            // LibreOffice put them in when they refresh the field.
            paragraph.Append(new Hyperlink(new Run(new Text(entry.Text) { Space = SpaceProcessingModeValues.Preserve }))
                { Anchor = entry.Bookmark, History = true });
            paragraphs.Add(paragraph);
        }
        paragraphs.Add(entries.Count == 0
            ? new Paragraph(FieldChar(FieldCharValues.Begin), Instructions(Instruction), FieldChar(FieldCharValues.Separate), FieldChar(FieldCharValues.End))
            : new Paragraph(FieldChar(FieldCharValues.End)));
        return paragraphs;
    }

    private static Run FieldChar(FieldCharValues type) => new(new FieldChar { FieldCharType = type });

    private static Run Instructions(string text) => new(new FieldCode(text) { Space = SpaceProcessingModeValues.Preserve });
}
