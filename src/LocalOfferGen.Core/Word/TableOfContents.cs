using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;

namespace LocalOfferGen.Word;

/// <summary>A real Word table of contents over heading levels 1 and 2: a TOC field whose shown result already has
/// every entry as a link to its heading, a dotted leader (the TOC styles' right tab) and a PAGEREF field carrying the
/// page number last computed (<see cref="ContentsPagination"/>), so LibreOffice, Word on the web or a phone and Protected
/// View show the numbers without updating anything. Word refreshes the fields when it opens the document (it asks).</summary>
internal static class TableOfContents
{
    public const string Instruction = " TOC \\o \"1-2\" \\h \\z \\u ";
    public const int Levels = 2;

    /// <param name="pages">The page of each heading's bookmark; null while the pages are not yet known.</param>
    public static IReadOnlyList<Paragraph> Create(IEnumerable<OutlineEntry> outline, IReadOnlyDictionary<string, int>? pages)
    {
        var entries = outline.Where(e => e.Level <= Levels).ToList();
        var paragraphs = new List<Paragraph>();
        for (var i = 0; i < entries.Count; i++)
        {
            var entry = entries[i];
            var paragraph = Paragraphs.Styled($"TOC{entry.Level}");
            if (i == 0) paragraph.Append(FieldChar(FieldCharValues.Begin), Instructions(Instruction), FieldChar(FieldCharValues.Separate));
            // Two digits stand in while the pages are counted, as wide as most numbers the book will have.
            var number = pages is null ? "00" : pages.TryGetValue(entry.Bookmark, out var page) ? page.ToString(CultureInfo.InvariantCulture) : "";
            paragraph.Append(new Hyperlink(
                new Run(new Text(entry.Text) { Space = SpaceProcessingModeValues.Preserve }),
                new Run(new TabChar()),
                FieldChar(FieldCharValues.Begin),
                Instructions($" PAGEREF {entry.Bookmark} \\h "),
                FieldChar(FieldCharValues.Separate),
                new Run(new Text(number)),
                FieldChar(FieldCharValues.End))
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
