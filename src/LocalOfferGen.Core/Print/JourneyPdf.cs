using LocalOfferGen.Print.Colour;
using System.Globalization;
using LocalOfferGen.Diagnostics;
using LocalOfferGen.Journeys;
using LocalOfferGen.Model;
using LocalOfferGen.Print.Content;
using LocalOfferGen.Print.Fonts;
using LocalOfferGen.Print.Layout;
using LocalOfferGen.Print.Pdf;
using PdfSharp.Drawing;
using PdfSharp.Pdf;
using PdfSharp.UniversalAccessibility;

namespace LocalOfferGen.Print;

/// <summary>A step-by-step journey as the whole guide on A4, to print at home or hand out: the title and summary,
/// then each step as a numbered block (its number in a circle beside it, or "and"/"or" for a step that goes with
/// the one before, as GOV.UK's step-by-step shows them), with its timing in bold, its text and its links printed
/// with their addresses; a QR code to the journey's page at the end, and the council, date and address at the foot
/// of every page. Easy-read sizes: 16 pt words, 20 pt step headings. Tagged as a list of steps (L, LI, Lbl, LBody).</summary>
internal static class JourneyPdf
{
    private const double PageWidthMm = 210, PageHeightMm = 297, MarginMm = 18, BottomMm = 30;
    private const double GutterMm = 17, HeaderGapMm = 2, PictureMaxHeightMm = 60, QrMm = 30;
    private const double FooterSize = 12, FooterLeading = 15;

    public sealed record Result(byte[] Pdf, int Pages);

    /// <summary>Where the guide is written in the output: <see cref="JourneyUrls.ForPdf"/>, which the web links to.</summary>
    public static string PathFor(Journey journey) => JourneyUrls.ForPdf(journey.Slug).TrimStart('/');

    public static Result? Render(Site site, Journey journey, PrintFontChain fontChain, UndrawableCharacters undrawable, PrintPictures printPictures,
        PrintColours colours, DiagnosticBag diagnostics)
    {
        using var fonts = new PdfFontSet(fontChain);
        var pictures = printPictures.ForDocument();
        var flow = new FlowLayout(TypeScale.Journey, fonts, new GlyphFallback(fontChain, undrawable));
        var margin = PrintUnits.Mm(MarginMm);
        var width = PrintUnits.Mm(PageWidthMm) - 2 * margin;
        var height = PrintUnits.Mm(PageHeightMm) - margin - PrintUnits.Mm(BottomMm);
        var gutter = PrintUnits.Mm(GutterMm);

        var failed = false;
        var header = JourneyBlocks.Header(journey);
        var steps = JourneyBlocks.Steps(site, journey, (link, source) =>
        {
            var picture = Pictures.Block(site, link, source, width - gutter, PrintUnits.Mm(PictureMaxHeightMm), diagnostics);
            failed |= picture is null;
            return picture;
        });
        var closing = JourneyBlocks.Closing(site, journey, PrintUnits.Mm(QrMm));
        // Which step each block belongs to (-1: the closing part), by the block itself, not by its equal value.
        var owner = new Dictionary<Block, int>(ReferenceEqualityComparer.Instance);
        for (var i = 0; i < steps.Count; i++)
            foreach (var block in steps[i].Blocks) owner[block] = i;
        foreach (var block in closing) owner[block] = -1;

        var headerHeight = flow.StackHeight(header, width);
        var headerPlacements = flow.Layout(header, new FrameSet(width, [headerHeight + 1])).Placements;
        var firstHeight = height - headerHeight - PrintUnits.Mm(HeaderGapMm);
        var body = flow.Layout(steps.SelectMany(s => s.Blocks).Concat(closing).ToList(),
            new FrameSet(width - gutter, [firstHeight, height], RepeatLast: true));
        if (body.Overflow is { } overflow)
        {
            diagnostics.Error(DiagnosticCodes.LeafletOverflow, overflow.Source.At,
                $"journey '{journey.Title}': something in step '{overflow.Source.Name}' is taller than an A4 page; make its picture smaller or split its text");
            return null;
        }
        foreach (var placement in headerPlacements.Concat(body.Placements))
        {
            if (placement.Lines.FirstOrDefault(l => l.TooWide) is not { } line) continue;
            diagnostics.Error(DiagnosticCodes.WordTooWide, placement.Block.Source.At,
                $"journey '{journey.Title}', step '{placement.Block.Source.Name}': \"{line.Text.Trim()}\" is wider than the page and would cross the margin; shorten it or add spaces");
            failed = true;
        }
        if (failed) return null;

        var pdf = new TaggedPdf(journey.Title, journey.Summary, site.Settings.Authority, site.Settings.Language, site.ContentDate,
            "journey:" + journey.Slug, colours.Profile);
        var painter = new BlockPainter(fonts, flow, pictures, colours);
        var markers = new StepMarkers(fonts, flow.Scale, colours);
        for (var frame = 0; frame < body.FramesUsed; frame++)
        {
            var page = pdf.AddPage();
            page.Width = XUnit.FromMillimeter(PageWidthMm);
            page.Height = XUnit.FromMillimeter(PageHeightMm);
            using var gfx = XGraphics.FromPdfPage(page);
            var top = frame == 0 ? margin + headerHeight + PrintUnits.Mm(HeaderGapMm) : margin;
            var groups = Groups(body.Placements.Where(p => p.Frame == frame), owner);

            pdf.Tags.BeginArtifact();
            markers.DrawCirclesAndLines(gfx, groups.Where(g => g.Step >= 0)
                .Select(g => new StepMarkers.StepRun(steps[g.Step].Source, g.Placements, StartsHere(g.Placements, steps[g.Step]))).ToList(),
                margin + gutter / 2, top);
            DrawFooter(gfx, fonts, colours, site, journey, margin, width, frame, body.FramesUsed);
            pdf.Tags.End();

            pdf.Tags.BeginElement(PdfGroupingElementTag.Division);
            if (frame == 0) painter.Paint(pdf, gfx, headerPlacements, new XPoint(margin, margin));
            var listOpen = false;
            foreach (var group in groups)
            {
                if (group.Step < 0)
                {
                    if (listOpen) { pdf.Tags.End(); listOpen = false; }
                    painter.Paint(pdf, gfx, group.Placements, new XPoint(margin, top));
                    continue;
                }
                if (!listOpen) { pdf.Tags.BeginElement(PdfBlockLevelElementTag.List); listOpen = true; }
                pdf.Tags.BeginElement(PdfBlockLevelElementTag.ListItem);
                // The number goes with the step's heading; a step carried over from the page before has none.
                if (StartsHere(group.Placements, steps[group.Step]))
                {
                    pdf.Tags.BeginElement(PdfBlockLevelElementTag.Label);
                    markers.DrawLabel(gfx, steps[group.Step].Source, margin + gutter / 2, top + group.Placements[0].Y);
                    pdf.Tags.End();
                }
                pdf.Tags.BeginElement(PdfBlockLevelElementTag.ListBody);
                painter.Paint(pdf, gfx, group.Placements, new XPoint(margin + gutter, top));
                pdf.Tags.End();
                pdf.Tags.End();
            }
            if (listOpen) pdf.Tags.End();
            pdf.Tags.End();
        }
        return new Result(pdf.Save(), body.FramesUsed);
    }

    /// <summary>Whether the step's heading is on this page (a step carried over from the page before is not).</summary>
    private static bool StartsHere(List<Placement> placements, JourneyBlocks.Step step) =>
        placements[0] is { Continued: false } first && ReferenceEquals(first.Block, step.Blocks[0]);

    /// <summary>A page's placements in runs that belong to one step (or to the closing part, step -1).</summary>
    private static List<(int Step, List<Placement> Placements)> Groups(IEnumerable<Placement> placements, Dictionary<Block, int> owner)
    {
        var groups = new List<(int Step, List<Placement> Placements)>();
        foreach (var placement in placements)
        {
            var step = owner[placement.Block];
            if (groups.Count == 0 || groups[^1].Step != step) groups.Add((step, []));
            groups[^1].Placements.Add(placement);
        }
        return groups;
    }

    /// <summary>The foot of every page: the council and the date the guide was checked, the page number, and the
    /// guide's web address, so a loose page still says whose it is and where to find the rest.</summary>
    private static void DrawFooter(XGraphics gfx, PdfFontSet fonts, PrintColours colours, Site site, Journey journey, double margin, double width, int frame, int frames)
    {
        var font = fonts.Font(default, FooterSize);
        var brush = PrintColours.Brush(colours.Ink);
        var y = PrintUnits.Mm(PageHeightMm) - PrintUnits.Mm(BottomMm) + PrintUnits.Mm(8);
        var baseline = fonts.BaselineOffset(default, FooterSize, FooterLeading);
        gfx.DrawLine(PrintColours.Pen(colours.Brand, 0.75), margin, y - PrintUnits.Mm(2), margin + width, y - PrintUnits.Mm(2));
        gfx.DrawString($"{site.Settings.Authority}. Checked {Date(journey.Reviewed)}", font, brush, margin, y + baseline, XStringFormats.BaseLineLeft);
        gfx.DrawString($"Page {frame + 1} of {frames}", font, brush, margin + width, y + baseline, XStringFormats.BaseLineRight);
        gfx.DrawString(PrintAddress.Display(site.Settings.AbsoluteUrl(journey.Url)), font, brush, margin, y + FooterLeading + baseline,
            XStringFormats.BaseLineLeft);
    }

    public static string Date(DateOnly date) => date.ToString("d MMMM yyyy", CultureInfo.InvariantCulture);
}
