using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;
using LocalOfferGen.Fonts;
using WRun = DocumentFormat.OpenXml.Wordprocessing.Run;

namespace LocalOfferGen.Word;

/// <summary>An estimate of the page each heading of a Word document falls on, for the page numbers the contents list
/// shows before any program updates it. The document's own paragraphs are set as Word sets them: A4 between the
/// margins of <see cref="PageLayout"/>, each style's size, weight, spacing and indent from <see cref="StyleSheet"/>, lines
/// filled word by word measuring with the metrics of the font the document names (breaking where word processors break:
/// at spaces, and after a hyphen or slash before a letter, as in a printed web address), single lines as tall as the
/// font's own line (<see cref="FontMetrics.SingleLine"/>), "page break before", "keep with next" and "keep lines
/// together" honoured, pictures at their size, table rows kept whole. docs/word.md says how close it comes to LibreOffice.</summary>
internal sealed class ContentsPagination(Typography type, FontMetrics? regular, FontMetrics? bold)
{
    private const double TextHeight = (PageLayout.PageHeight - 2.0 * PageLayout.Margin) / 20;
    private const double TextWidth = PageLayout.TextWidth / 20.0;
    /// <summary>Without the font's metrics: an average sans-serif letter is about half an em wide.</summary>
    private const double AverageEm = 0.5, AverageLine = 1.15;

    private double Width(string text, bool isBold, double size) =>
        (isBold ? bold ?? regular : regular) is { } font ? font.Width(text, size) : text.Length * size * AverageEm;

    /// <summary>A stretch of a paragraph's text in one face: a forced line break when <see cref="Text"/> is "\n".</summary>
    private sealed record Words(string Text, bool Bold);

    /// <summary>How many lines the words fill at a width, breaking greedily at the places a word processor may.</summary>
    private int LineCount(List<Words> words, double size, double width)
    {
        var lines = 1;
        double x = 0;
        var piece = new System.Text.StringBuilder();
        bool spaceBefore = false, canBreak = true;
        foreach (var stretch in words)
        {
            if (stretch.Text == "\n") { Place(stretch.Bold); lines++; x = 0; spaceBefore = false; continue; }
            for (var i = 0; i < stretch.Text.Length; i++)
            {
                var c = stretch.Text[i];
                if (char.IsWhiteSpace(c) && c is not ('\u00A0' or '\u2007' or '\u202F'))
                {
                    Place(stretch.Bold);
                    spaceBefore = true;
                    canBreak = true;
                    continue;
                }
                piece.Append(c);
                var next = i + 1 < stretch.Text.Length ? stretch.Text[i + 1] : ' ';
                if (c is '-' or '/' && char.IsLetter(next)) { Place(stretch.Bold); canBreak = true; }
            }
            // A change of face inside a word is no place to break.
            Place(stretch.Bold);
            canBreak = spaceBefore;
        }
        return lines;

        void Place(bool isBold)
        {
            if (piece.Length == 0) return;
            var w = Width(piece.ToString(), isBold, size);
            var space = spaceBefore && x > 0 ? Width(" ", isBold, size) : 0;
            if (x > 0 && x + space + w > width + 0.01 && (canBreak || spaceBefore)) { lines++; x = w; }
            else x += space + w;
            piece.Clear();
            spaceBefore = false;
            canBreak = false;
        }
    }

    private double SingleLine(bool isBold) => ((isBold ? bold ?? regular : regular)?.SingleLine ?? AverageLine);

    /// <summary>One paragraph or table row as the page sees it: line heights, spacing, and how it may break.</summary>
    private sealed record Item(IReadOnlyList<double> Lines, double Before, double After, bool PageBreakBefore, bool KeepNext, bool KeepLines,
        IReadOnlyList<string> Bookmarks);

    /// <summary>The page (from 1) on which each bookmark's paragraph starts.</summary>
    public Dictionary<string, int> PagesOf(Body body)
    {
        var items = new List<Item>();
        foreach (var element in body.ChildElements)
        {
            if (element is Paragraph paragraph) items.Add(Measure(paragraph, TextWidth));
            else if (element is Table table) items.AddRange(Rows(table));
        }
        var pages = new Dictionary<string, int>(StringComparer.Ordinal);
        int page = 1;
        double y = 0, after = 0;
        for (var i = 0; i < items.Count; i++)
        {
            var item = items[i];
            if (item.PageBreakBefore && y > 0) { page++; y = 0; }
            // Between two paragraphs the larger of the space after the first and before the second, as LibreOffice
            // sets Word documents; space before is dropped at the top of a page the text ran onto, kept after a forced break.
            var before = y > 0 ? Math.Max(after, item.Before) : item.PageBreakBefore ? item.Before : 0;
            if (item.KeepNext && y > 0)
            {
                var chain = before + item.Lines.Sum();
                var j = i;
                while (items[j].KeepNext && j + 1 < items.Count)
                {
                    j++;
                    chain += Math.Max(items[j - 1].After, items[j].Before) + (items[j].KeepNext || items[j].KeepLines ? items[j].Lines.Sum() : items[j].Lines.FirstOrDefault());
                }
                if (y + chain > TextHeight + 0.01 && chain <= TextHeight) { page++; y = 0; before = 0; }
            }
            else if (item.KeepLines && y > 0 && y + before + item.Lines.Sum() > TextHeight + 0.01) { page++; y = 0; before = 0; }
            y += before;
            var first = true;
            foreach (var line in item.Lines)
            {
                if (y + line > TextHeight + 0.01 && y > 0) { page++; y = 0; }
                if (first) foreach (var bookmark in item.Bookmarks) pages.TryAdd(bookmark, page);
                first = false;
                y += line;
            }
            after = item.After;
        }
        return pages;
    }

    private Item Measure(Paragraph paragraph, double width)
    {
        var properties = paragraph.ParagraphProperties;
        var style = properties?.ParagraphStyleId?.Val?.Value ?? "Normal";
        var look = Look(style);
        var spacing = properties?.SpacingBetweenLines;
        var before = Twips(spacing?.Before?.Value) ?? look.Before;
        var after = Twips(spacing?.After?.Value) ?? look.After;
        var indent = look.Indent;
        if (properties?.NumberingProperties?.NumberingLevelReference?.Val?.Value is { } level) indent = 567 * (level + 1) / 20.0;
        var runs = new List<Words>();
        var pictures = new List<double>();
        Collect(paragraph, runs, pictures, look.Bold);
        var lineHeight = look.Size * SingleLine(look.Bold) * look.Line;
        var lines = new List<double>();
        if (runs.Count > 0) lines.AddRange(Enumerable.Repeat(lineHeight, LineCount(runs, look.Size, width - indent)));
        foreach (var picture in pictures) lines.Add(Math.Max(picture, lineHeight));
        if (lines.Count == 0) lines.Add(lineHeight);
        var bookmarks = paragraph.Elements<BookmarkStart>().Select(b => b.Name?.Value).OfType<string>().ToList();
        return new Item(lines, before, after, properties?.PageBreakBefore is not null || look.PageBreakBefore,
            properties?.KeepNext is not null || look.Keep, properties?.KeepLines is not null || look.Keep, bookmarks);
    }

    /// <summary>The words of a paragraph in order (links included, field instructions left out) and its pictures' heights.</summary>
    private static void Collect(OpenXmlElement element, List<Words> runs, List<double> pictures, bool styleBold)
    {
        foreach (var child in element.ChildElements)
        {
            switch (child)
            {
                case WRun run:
                    var isBold = styleBold || run.RunProperties?.Bold is not null;
                    foreach (var part in run.ChildElements)
                    {
                        if (part is Text text) runs.Add(new Words(text.Text, isBold));
                        else if (part is TabChar) runs.Add(new Words("    ", isBold));
                        else if (part is Break) runs.Add(new Words("\n", isBold));
                        else if (part is Drawing drawing && drawing.Descendants<DocumentFormat.OpenXml.Drawing.Wordprocessing.Extent>().FirstOrDefault() is { Cy: { } cy })
                            pictures.Add(cy.Value / 12700.0);
                    }
                    break;
                case Hyperlink or SimpleField:
                    Collect(child, runs, pictures, styleBold);
                    break;
            }
        }
    }

    /// <summary>Table rows, each kept whole, as tall as their tallest cell.</summary>
    private IEnumerable<Item> Rows(Table table)
    {
        var columns = table.Elements<TableGrid>().FirstOrDefault()?.Elements<GridColumn>().Select(c => (Twips(c.Width?.Value) ?? TextWidth)).ToList() ?? [];
        var cellPadding = table.GetFirstChild<TableProperties>()?.TableStyle?.Val?.Value == "LayoutTable" ? 2 * 113 / 20.0 : 2 * 57 / 20.0;
        foreach (var row in table.Elements<TableRow>())
        {
            double tallest = 0;
            var cells = row.Elements<TableCell>().ToList();
            for (var c = 0; c < cells.Count; c++)
            {
                var width = c < columns.Count ? columns[c] : TextWidth / Math.Max(1, cells.Count);
                var height = cells[c].Elements<Paragraph>().Select(p => Measure(p, width - 230 / 20.0)).Sum(i => i.Before + i.Lines.Sum() + i.After);
                tallest = Math.Max(tallest, height + cellPadding);
            }
            yield return new Item([tallest], 0, 0, false, false, true, []);
        }
    }

    /// <summary>What a paragraph style gives, from <see cref="StyleSheet"/> (points; line as a multiple of single).</summary>
    private sealed record StyleLook(double Size, bool Bold, double Before, double After, double Line, double Indent, bool Keep, bool PageBreakBefore = false);

    private StyleLook Look(string style)
    {
        double[] headingBefore = [18, 16, 12, 10, 10, 10];
        if (style.StartsWith("Heading", StringComparison.Ordinal) && int.TryParse(style.AsSpan(7), out var level))
            return new(type.Heading(level), true, headingBefore[Math.Clamp(level, 1, 6) - 1], 6, 1, 0, true);
        if (style.StartsWith("TOC", StringComparison.Ordinal) && int.TryParse(style.AsSpan(3), out var tocLevel))
            return new(type.Body, tocLevel == 1, tocLevel == 1 ? 6 : 0, 3, 1.2, (tocLevel - 1) * 284 / 20.0, false);
        return style switch
        {
            "Title" => new(type.Title, true, 0, 18, 1, 0, false),
            "Subtitle" => new(type.Heading(2), false, 0, 12, 1.2, 0, false),
            "TOCHeading" => new(type.Heading(1), true, 18, 6, 1, 0, true),
            "Lead" => new(type.Body + 2, false, 0, 12, 1.2, 0, false),
            "ListParagraph" => new(type.Body, false, 0, 4, 1.2, 36, false),
            "Quote" => new(type.Body, false, 0, 8, 1.2, 28.35, false),
            "CodeBlock" => new(type.Body, false, 0, 0, 1, 0, false),
            "TableText" => new(type.Body, false, 3, 3, 1.2, 0, false),
            _ => new(type.Body, false, 0, 8, 1.2, 0, false),
        };
    }

    private static double? Twips(string? value) => value is not null && double.TryParse(value, System.Globalization.CultureInfo.InvariantCulture, out var twips) ? twips / 20 : null;

    private static double? Twips(uint? value) => value is { } twips ? twips / 20.0 : null;
}
