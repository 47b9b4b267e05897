using System.Globalization;
using LocalOfferGen.Diagnostics;
using LocalOfferGen.Model;
using LocalOfferGen.Print.Colour;
using LocalOfferGen.Print.Content;
using LocalOfferGen.Print.Fonts;
using LocalOfferGen.Print.Layout;
using LocalOfferGen.Print.Pdf;
using PdfSharp.Drawing;
using PdfSharp.Pdf;
using PdfSharp.Pdf.Annotations;
using PdfSharp.UniversalAccessibility;

namespace LocalOfferGen.Print;

/// <summary>A book on A4 (the handbook, the directory of services): a cover, a contents list with the real page
/// numbers and dotted leaders, then every chapter from a new page, with a running footer (whose book, page N of M)
/// on every page but the cover and a bookmark for every heading the contents list. The book is laid out first and
/// the contents written with the pages found; a link to a page or service the book holds prints "see page N", and
/// since those words can move text, the layout is repeated with the numbers found until they no longer change.</summary>
internal static class BookPdf
{
    private const double PageWidthMm = 210, PageHeightMm = 297, MarginMm = 20, BottomMm = 26, PictureMaxHeightMm = 80;
    private const double FooterSize = 12, NumberColumn = 40, LevelIndent = 18, LeaderGap = 4, LeaderStep = 4;
    /// <summary>Enough passes for any book: each pass can only move a "see page N" to a neighbouring page.</summary>
    private const int MaxPasses = 5;
    /// <summary>The first pass's stand-in number: as wide as the pages of a long book.</summary>
    private const int StandInPage = 888;

    public const string HandbookPath = "print/local-offer.pdf";
    public const string DirectoryPath = "print/services.pdf";

    public sealed record Result(byte[] Pdf, int Pages);

    /// <summary>A heading the contents list (one of the book's outline, down to its contents level): its words, level and page.</summary>
    private sealed record Entry(TextBlock Heading, string Text, int Level, int Page);

    /// <summary>Where everything goes: the cover, the contents lines and the chapters' placements, and each page's number.</summary>
    private sealed record Laid(FlowResult Cover, List<Entry> Entries, List<(IReadOnlyList<Line> Lines, int Page, double Y)> Contents,
        int ContentsPages, List<(FlowResult Flow, int FirstPage)> Chapters, int Pages, Dictionary<string, int> PageOfAnchor);

    public static Result? Handbook(Site site, PrintFontChain fonts, UndrawableCharacters undrawable, PrintPictures pictures, PrintColours colours, DiagnosticBag diagnostics) =>
        Render(site, site.Settings.Title, $"The whole {site.Settings.Title} in one book: information, advice and services for children and young people with SEND and their families.",
            "book:handbook", "Local Offer handbook", BookBlocks.Handbook, fonts, undrawable, pictures, colours, diagnostics);

    public static Result? Directory(Site site, PrintFontChain fonts, UndrawableCharacters undrawable, PrintPictures pictures, PrintColours colours, DiagnosticBag diagnostics) =>
        Render(site, $"Directory of services: {site.Settings.Title}", $"Every service in the {site.Settings.Title}, by category.",
            "book:services", "Directory of services", BookBlocks.Directory, fonts, undrawable, pictures, colours, diagnostics);

    /// <param name="footerName">What the running footer calls the book, short enough to leave room for the page number.</param>
    private static Result? Render(Site site, string title, string subject, string identity, string footerName,
        Func<Site, Func<string, int?>, BookBlocks.PictureFor, BookContent> build,
        PrintFontChain fontChain, UndrawableCharacters undrawable, PrintPictures printPictures, PrintColours colours, DiagnosticBag diagnostics)
    {
        using var fonts = new PdfFontSet(fontChain);
        // The book prints every page as it stands, so a word too wide for the page breaks where the line ends (with a
        // warning) rather than failing the build; a leaflet, laid out by an editor, refuses it (LO0507).
        var flow = new FlowLayout(TypeScale.Book, fonts, new GlyphFallback(fontChain, undrawable)) { BreakLongWords = true };
        var margin = PrintUnits.Mm(MarginMm);
        var width = PrintUnits.Mm(PageWidthMm) - 2 * margin;
        var height = PrintUnits.Mm(PageHeightMm) - margin - PrintUnits.Mm(BottomMm);

        // Pictures are checked (and any problem reported) on the first pass only; later passes place the same ones.
        var report = diagnostics;
        var failed = false;
        PictureBlock? Picture(Markdig.Syntax.Inlines.LinkInline link, BlockSource source)
        {
            var picture = Pictures.Block(site, link, source, width, PrintUnits.Mm(PictureMaxHeightMm), report);
            failed |= picture is null;
            return picture;
        }

        Dictionary<string, int>? found = null;
        BookContent content;
        Laid laid;
        var pass = 0;
        while (true)
        {
            var known = found;
            content = build(site, url => known is null ? StandInPage : known.TryGetValue(url, out var page) ? page : null, Picture);
            report = new DiagnosticBag();
            // Warnings come from the first pass only; later passes set the same words.
            if (Lay(content, flow, width, height, diagnostics, title, warn: pass == 0) is not { } result) return null;
            laid = result;
            if (failed) return null;
            if (found is not null && Same(found, laid.PageOfAnchor)) break;
            found = laid.PageOfAnchor;
            if (++pass == MaxPasses) break;
        }
        return new Result(Draw(site, title, subject, identity, footerName, content, laid, fonts, flow, printPictures.ForDocument(), colours, margin, width), laid.Pages);
    }

    private static bool Same(Dictionary<string, int> a, Dictionary<string, int> b) =>
        a.Count == b.Count && a.All(pair => b.TryGetValue(pair.Key, out var page) && page == pair.Value);

    private static Laid? Lay(BookContent content, FlowLayout flow, double width, double height, DiagnosticBag diagnostics, string title, bool warn)
    {
        var frames = new FrameSet(width, [height], RepeatLast: true);
        var cover = flow.Layout(content.Cover, frames);
        var chapters = content.Chapters.Select(c => flow.Layout(c.Blocks, frames)).ToList();
        foreach (var result in chapters.Prepend(cover))
        {
            if (result.Overflow is { } overflow)
            {
                diagnostics.Error(DiagnosticCodes.LeafletOverflow, overflow.Source.At,
                    $"{title}: something in '{overflow.Source.Name}' is taller than an A4 page; make its picture smaller or split its text");
                return null;
            }
            if (warn && result.Placements.FirstOrDefault(p => p.Lines.Any(l => l.BreaksWord)) is { } broken)
            {
                var word = broken.Lines.First(l => l.BreaksWord).Text.Trim();
                diagnostics.Warning(DiagnosticCodes.WordBrokenInBook, broken.Block.Source.At,
                    $"{title}, '{broken.Block.Source.Name}': \"{(word.Length > 40 ? word[..40] + "…" : word)}\" is wider than the page, so the book breaks it across lines; shorten it or add spaces");
            }
        }

        // The contents take as many pages as their lines need, whatever the numbers turn out to be (they sit in a
        // column of their own), so the contents can be laid out before the pages are numbered.
        var headings = content.Chapters.SelectMany(c => c.Blocks).OfType<TextBlock>()
            .Where(b => b.Level >= 1 && b.Level <= content.ContentsLevel && content.Outline.Contains(b)).ToList();
        var style = flow.Scale.Paragraph;
        var contentsTop = flow.StackHeight([ContentsHeading(content)], width) + flow.Scale.Heading.SpaceAfter;
        var lines = new List<(IReadOnlyList<Line> Lines, int Page, double Y)>();
        int page = 0;
        var y = contentsTop;
        var topLevel = headings.Count == 0 ? 1 : headings.Min(h => h.Level);
        foreach (var heading in headings)
        {
            var indent = (heading.Level - topLevel) * LevelIndent;
            var entryLines = flow.LinesOf(EntryBlock(heading, topLevel), width - indent - NumberColumn);
            var before = heading.Level == topLevel && y > 0 ? style.LineHeight / 2 : 0;
            var needed = before + entryLines.Count * style.LineHeight;
            if (y + needed > height) { page++; y = 0; before = 0; }
            lines.Add((entryLines, page, y + before));
            y += before + entryLines.Count * style.LineHeight + 2;
        }
        var coverPages = Math.Max(1, cover.FramesUsed);
        var contentsPages = page + 1;
        var first = coverPages + contentsPages + 1;
        var placedChapters = new List<(FlowResult, int)>();
        var pageOf = new Dictionary<Block, int>(ReferenceEqualityComparer.Instance);
        foreach (var chapter in chapters)
        {
            placedChapters.Add((chapter, first));
            foreach (var placement in chapter.Placements.Where(p => !p.Continued)) pageOf.TryAdd(placement.Block, first + placement.Frame);
            first += chapter.FramesUsed;
        }
        var entries = headings.Select(h => new Entry(h, Text(h), h.Level, pageOf.GetValueOrDefault(h, first - 1))).ToList();
        var anchors = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var (block, anchor) in content.Anchors)
            if (pageOf.TryGetValue(block, out var at)) anchors.TryAdd(anchor, at);
        return new Laid(cover, entries, lines, contentsPages, placedChapters, first - 1, anchors);
    }

    private static TextBlock ContentsHeading(BookContent content) =>
        new(content.ContentsHeadingLevel == 1 ? TextRole.Title : TextRole.Heading, [new Run("Contents")], new BlockSource("the contents", default))
            { Level = content.ContentsHeadingLevel };

    /// <summary>An entry's words: the chapters in bold, what is inside them in the regular face.</summary>
    private static TextBlock EntryBlock(TextBlock heading, int topLevel) =>
        new(TextRole.Paragraph, [new Run(Text(heading), heading.Level == topLevel ? TextFace.BoldFace : default)], heading.Source);

    private static string Text(TextBlock block) => string.Concat(block.Runs.Select(r => r.Text));

    private static byte[] Draw(Site site, string title, string subject, string identity, string footerName, BookContent content, Laid laid, PdfFontSet fonts, FlowLayout flow,
        PrintPictures.Document pictures, PrintColours colours, double margin, double width)
    {
        var pdf = new TaggedPdf(title, subject, site.Settings.Authority, site.Settings.Language, site.ContentDate, identity, colours.Profile);
        var painter = new BlockPainter(fonts, flow, pictures, colours);
        var pages = new List<PdfPage>();
        XGraphics NewPage()
        {
            var page = pdf.AddPage();
            page.Width = XUnit.FromMillimeter(PageWidthMm);
            page.Height = XUnit.FromMillimeter(PageHeightMm);
            // Finished size is the paper size: an office or digital print of A4, no bleed.
            page.TrimBox = new PdfRectangle(new XPoint(0, 0), new XPoint(page.Width.Point, page.Height.Point));
            pages.Add(page);
            return XGraphics.FromPdfPage(page);
        }
        var origin = new XPoint(margin, margin);

        // Placements by page, found once: a long chapter has many thousands of both.
        var coverByFrame = laid.Cover.Placements.ToLookup(p => p.Frame);
        for (var frame = 0; frame < Math.Max(1, laid.Cover.FramesUsed); frame++)
        {
            using var gfx = NewPage();
            pdf.Tags.BeginElement(PdfGroupingElementTag.Division);
            painter.Paint(pdf, gfx, coverByFrame[frame], origin);
            pdf.Tags.End();
        }

        var heading = ContentsHeading(content);
        var headingPlacements = flow.Layout([heading], new FrameSet(width, [double.MaxValue / 4])).Placements;
        var style = flow.Scale.Paragraph;
        var topLevel = laid.Entries.Count == 0 ? 1 : laid.Entries.Min(e => e.Level);
        for (var contentsPage = 0; contentsPage < laid.ContentsPages; contentsPage++)
        {
            using var gfx = NewPage();
            if (contentsPage == 0) painter.Paint(pdf, gfx, headingPlacements, origin);
            var leaders = new List<(double From, double To, double Baseline)>();
            pdf.Tags.BeginElement(PdfGroupingElementTag.TableOfContents);
            for (var i = 0; i < laid.Entries.Count; i++)
            {
                var (lines, onPage, y) = laid.Contents[i];
                if (onPage != contentsPage) continue;
                var entry = laid.Entries[i];
                var x = margin + (entry.Level - topLevel) * LevelIndent;
                var top = margin + y;
                var brush = PrintColours.Brush(colours.Ink);
                var number = entry.Page.ToString(CultureInfo.InvariantCulture);
                var face = entry.Level == topLevel ? TextFace.BoldFace : default;
                var font = fonts.Font(face, style.Size);
                var numberWidth = fonts.Width(number, face, style.Size);
                var box = new XRect(x, top, margin + width - x, lines.Count * style.LineHeight);
                pdf.Tags.BeginElement(PdfGroupingElementTag.TableOfContentsItem);
                var link = PdfLinkAnnotation.CreateDocumentLink(new PdfRectangle(gfx.Transformer.WorldToDefaultPage(box)), entry.Page);
                link.Elements.Remove("/NM");
                link.Elements.Remove("/M");
                pdf.Tags.BeginElement(link, $"Go to page {number}");
                for (var l = 0; l < lines.Count; l++)
                    foreach (var fragment in lines[l].Fragments)
                        gfx.DrawString(fragment.Text, fonts.Font(fragment.Face, style.Size), brush, x + fragment.X,
                            top + l * style.LineHeight + fonts.BaselineOffset(fragment.Face, style.Size, style.LineHeight), XStringFormats.BaseLineLeft);
                var baseline = top + (lines.Count - 1) * style.LineHeight + fonts.BaselineOffset(face, style.Size, style.LineHeight);
                // A space before the number, so its words and number read apart; the dots between are decoration.
                gfx.DrawString(" ", font, brush, margin + width - numberWidth - fonts.Width(" ", face, style.Size), baseline, XStringFormats.BaseLineLeft);
                gfx.DrawString(number, font, brush, margin + width - numberWidth, baseline, XStringFormats.BaseLineLeft);
                pdf.Tags.End();
                pdf.Tags.End();
                leaders.Add((x + (lines.Count == 0 ? 0 : lines[^1].Width) + LeaderGap, margin + width - numberWidth - LeaderGap, baseline));
            }
            pdf.Tags.End();
            pdf.Tags.BeginArtifact();
            var dot = fonts.Font(default, style.Size);
            foreach (var (from, to, baseline) in leaders)
                for (var dx = Math.Ceiling(from / LeaderStep) * LeaderStep; dx + fonts.Width(".", default, style.Size) <= to; dx += LeaderStep)
                    gfx.DrawString(".", dot, PrintColours.Brush(colours.Ink), dx, baseline, XStringFormats.BaseLineLeft);
            DrawFooter(gfx, fonts, colours, site, footerName, margin, width, pages.Count, laid.Pages);
            pdf.Tags.End();
        }

        foreach (var (chapter, firstPage) in laid.Chapters)
        {
            var byFrame = chapter.Placements.ToLookup(p => p.Frame);
            for (var frame = 0; frame < chapter.FramesUsed; frame++)
            {
                using var gfx = NewPage();
                pdf.Tags.BeginElement(PdfGroupingElementTag.Division);
                painter.Paint(pdf, gfx, byFrame[frame], origin);
                pdf.Tags.End();
                pdf.Tags.BeginArtifact();
                DrawFooter(gfx, fonts, colours, site, footerName, margin, width, firstPage + frame, laid.Pages);
                pdf.Tags.End();
            }
        }

        AddBookmarks(pdf.Document, pages, laid.Entries, laid.Cover.FramesUsed);
        return pdf.Save();
    }

    /// <summary>Bookmarks: "Contents", then every heading the contents list, nested as the levels nest.</summary>
    private static void AddBookmarks(PdfDocument document, List<PdfPage> pages, List<Entry> entries, int coverPages)
    {
        document.Outlines.Add("Contents", pages[Math.Max(1, coverPages)], true);
        var open = new List<(int Level, PdfOutline Outline)>();
        foreach (var entry in entries)
        {
            while (open.Count > 0 && open[^1].Level >= entry.Level) open.RemoveAt(open.Count - 1);
            var outlines = open.Count == 0 ? document.Outlines : open[^1].Outline.Outlines;
            open.Add((entry.Level, outlines.Add(entry.Text, pages[entry.Page - 1], false)));
        }
    }

    /// <summary>The foot of every page but the cover: whose book it is and the page number, so a loose page can be put back.</summary>
    private static void DrawFooter(XGraphics gfx, PdfFontSet fonts, PrintColours colours, Site site, string name, double margin, double width, int page, int pages)
    {
        var font = fonts.Font(default, FooterSize);
        var brush = PrintColours.Brush(colours.Ink);
        var y = PrintUnits.Mm(PageHeightMm) - PrintUnits.Mm(BottomMm) + PrintUnits.Mm(9);
        var baseline = fonts.BaselineOffset(default, FooterSize, FooterSize * 1.25);
        gfx.DrawLine(PrintColours.Pen(colours.Brand, 0.75), margin, y - PrintUnits.Mm(2), margin + width, y - PrintUnits.Mm(2));
        gfx.DrawString($"{site.Settings.Authority}: {name}", font, brush, margin, y + baseline, XStringFormats.BaseLineLeft);
        gfx.DrawString($"Page {page} of {pages}", font, brush, margin + width, y + baseline, XStringFormats.BaseLineRight);
    }
}
