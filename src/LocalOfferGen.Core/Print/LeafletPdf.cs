using System.Globalization;
using LocalOfferGen.Diagnostics;
using LocalOfferGen.Model;
using LocalOfferGen.Print.Content;
using LocalOfferGen.Print.Layout;
using LocalOfferGen.Print.Pdf;
using PdfSharp.Drawing;
using PdfSharp.Pdf;
using PdfSharp.UniversalAccessibility;

namespace LocalOfferGen.Print;

/// <summary>Lays out and draws one leaflet: the title band on the front, the sections flowing through the
/// panels in reading order, and the contact details and QR code at the foot of the back. Every page is the
/// trim size plus bleed, with its trim and bleed boxes, and crop marks in the bleed when asked for.</summary>
internal static class LeafletPdf
{
    private const double BandGapMm = 6;
    private const double BackGapMm = 8;

    /// <summary>The PDF, or null when the leaflet cannot be made (the reasons are reported).</summary>
    public static byte[]? Render(Site site, Leaflet leaflet, string fontFamily, DiagnosticBag diagnostics)
    {
        var geometry = LeafletGeometry.For(leaflet);
        using var fonts = new PdfFontSet(fontFamily);
        using var pictures = new PictureStore();
        var flow = new FlowLayout(leaflet.Size == LeafletSize.A5 ? TypeScale.LeafletA5 : TypeScale.Leaflet, fonts);
        var width = geometry.ContentWidth;
        var failed = false;

        var blocks = LeafletBlocks.Sections(site, leaflet, (link, source) =>
        {
            var picture = Pictures.Block(site, link, source, pictures, width, PrintUnits.Mm(60), diagnostics);
            failed |= picture is null;
            return picture;
        });
        var back = LeafletBlocks.Back(site, leaflet, PrintUnits.Mm(LeafletBlocks.QrSizeMm));
        var band = TitleBand.Measure(site, leaflet, flow, fonts, geometry);
        var backHeight = flow.StackHeight(back, width);

        var heights = Enumerable.Repeat(geometry.ContentHeight, geometry.PanelCount).ToArray();
        heights[0] = geometry.TrimHeight - geometry.MarginY - (band.Height + PrintUnits.Mm(BandGapMm));
        heights[^1] -= backHeight + PrintUnits.Mm(BackGapMm);
        var result = flow.Layout(blocks, new FrameSet(width, heights));
        if (result.Overflow is { } overflow)
        {
            var size = leaflet.Fold == LeafletFold.Trifold ? "a trifold DL leaflet's 6 panels"
                : $"{leaflet.Pages} {(leaflet.Size == LeafletSize.A5 ? "A5" : "DL")} pages";
            var missing = (overflow.MissingPoints / PrintUnits.PointsPerMm).ToString("0", CultureInfo.InvariantCulture);
            var advice = leaflet.Size == LeafletSize.A5
                ? leaflet.Pages < 8 ? $"shorten the text or add pages (pages: {Math.Min(8, leaflet.Pages + 2)})" : "shorten the text"
                : leaflet.Fold == LeafletFold.Trifold ? "shorten the text" : "shorten the text or fold it as a trifold (fold: trifold)";
            diagnostics.Error(DiagnosticCodes.LeafletOverflow, overflow.Source.At,
                $"leaflet '{leaflet.Title}' does not fit on {size}: it runs out of space in section '{overflow.Source.Name}', " +
                $"about {missing} mm more is needed; {advice}. Text is never made smaller to fit");
            return null;
        }
        foreach (var placement in result.Placements.Concat(flow.Layout(back, new FrameSet(width, [double.MaxValue / 4])).Placements))
        {
            if (placement.Lines.FirstOrDefault(l => l.TooWide) is not { } line) continue;
            diagnostics.Error(DiagnosticCodes.WordTooWide, placement.Block.Source.At,
                $"leaflet '{leaflet.Title}', section '{placement.Block.Source.Name}': \"{line.Text.Trim()}\" is wider than the panel and would cross the margin; shorten it or add spaces");
            failed = true;
        }
        if (failed) return null;

        var backPlacements = flow.Layout(back, new FrameSet(width, [backHeight + 1])).Placements;
        var pdf = new TaggedPdf(leaflet.Title, $"A leaflet from {site.Settings.Title}", site.Settings.Authority,
            site.Settings.Language, site.ContentDate, "leaflet:" + leaflet.Id);
        var painter = new BlockPainter(pdf, fonts, flow, pictures);
        var drawn = new List<int>();
        for (var side = 0; side < geometry.Sides; side++)
        {
            var page = pdf.Document.AddPage();
            page.Width = XUnit.FromPoint(geometry.PageWidth);
            page.Height = XUnit.FromPoint(geometry.PageHeight);
            var box = new PdfRectangle(new XPoint(0, 0), new XPoint(geometry.PageWidth, geometry.PageHeight));
            page.BleedBox = box;
            page.TrimBox = new PdfRectangle(new XPoint(geometry.Bleed, geometry.Bleed),
                new XPoint(geometry.Bleed + geometry.TrimWidth, geometry.Bleed + geometry.TrimHeight));
            using var gfx = XGraphics.FromPdfPage(page);
            var slots = geometry.Slots.Where(s => s.Side == side).OrderBy(s => s.Left).ToList();

            pdf.Tags.BeginArtifact();
            if (slots.FirstOrDefault(s => s.Reading == 0) is { } front) band.DrawBackground(gfx, geometry, front);
            if (leaflet.CropMarks)
            {
                PrintMarks.DrawCropMarks(gfx, geometry.Trim, geometry.Bleed);
                if (leaflet.Fold == LeafletFold.Trifold) PrintMarks.DrawFoldMarks(gfx, geometry.Trim, geometry.Bleed, geometry.FoldXs());
            }
            pdf.Tags.End();

            foreach (var slot in slots)
            {
                var area = geometry.PanelArea(slot);
                pdf.Tags.BeginElement(PdfGroupingElementTag.Division);
                if (slot.Reading == 0) band.DrawText(gfx, page, painter, geometry, area);
                var top = slot.Reading == 0 ? area.Top + band.Height + PrintUnits.Mm(BandGapMm) : area.Top + geometry.MarginY;
                painter.Paint(gfx, page, result.Placements.Where(p => p.Frame == slot.Reading), new XPoint(area.Left + geometry.MarginX, top), width);
                if (slot.Reading == geometry.PanelCount - 1)
                    painter.Paint(gfx, page, backPlacements, new XPoint(area.Left + geometry.MarginX, area.Bottom - geometry.MarginY - backHeight), width);
                pdf.Tags.End();
                drawn.Add(slot.Reading);
            }
        }
        PutPanelsInReadingOrder(pdf, drawn);
        return pdf.Save();
    }

    /// <summary>Panels are drawn side by side as printed; screen readers must meet them in reading order.</summary>
    private static void PutPanelsInReadingOrder(TaggedPdf pdf, List<int> drawn)
    {
        var kids = pdf.Ua.StructureTreeElementDocument.Elements.GetArray("/K");
        if (kids is null || kids.Elements.Count != drawn.Count) return;
        var items = kids.Elements.Select((item, i) => (item, reading: drawn[i])).OrderBy(x => x.reading).Select(x => x.item).ToList();
        kids.Elements.Clear();
        foreach (var item in items) kids.Elements.Add(item);
    }
}
