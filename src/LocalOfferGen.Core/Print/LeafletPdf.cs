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
using PdfSharp.UniversalAccessibility;
using LocalOfferGen.Wording;

namespace LocalOfferGen.Print;

/// <summary>Lays out and draws one leaflet: the title band on the front, the sections flowing through the
/// panels in reading order, and the contact details and QR code at the foot of the back. Every page is the
/// trim size plus bleed (the BleedBox), with its TrimBox; with marks (the default) the page also has a slug outside
/// the bleed on every side, and the crop and fold marks are drawn there in registration colour.</summary>
internal static class LeafletPdf
{
    private const double BandGapMm = 6;
    private const double BackGapMm = 8;
    private const double PictureMaxHeightMm = 60;

    /// <summary>Where everything goes: the sections in the panels, the back block at the foot of the last panel.</summary>
    private sealed record Laid(TitleBand Band, IReadOnlyList<Placement> Body, IReadOnlyList<Placement> Back, double BackHeight);

    /// <summary>The PDF, or null when the leaflet cannot be made (the reasons are reported).</summary>
    public static byte[]? Render(Site site, Leaflet leaflet, PrintFontChain fontChain, UndrawableCharacters undrawable, PrintPictures printPictures, PrintColours colours, bool marks, DiagnosticBag diagnostics)
    {
        var geometry = LeafletGeometry.For(leaflet);
        using var fonts = new PdfFontSet(fontChain);
        var pictures = printPictures.ForDocument();
        var flow = new FlowLayout(leaflet.Size == LeafletSize.A5 ? TypeScale.LeafletA5 : TypeScale.Leaflet, fonts,
            new GlyphFallback(fontChain, undrawable));
        var laid = Lay(site, leaflet, geometry, flow, fonts, diagnostics);
        return laid is null ? null : Draw(site, leaflet, geometry, laid, new BlockPainter(fonts, flow, pictures, colours), colours, marks);
    }

    private static Laid? Lay(Site site, Leaflet leaflet, LeafletGeometry geometry, FlowLayout flow, PdfFontSet fonts,
        DiagnosticBag diagnostics)
    {
        var width = geometry.ContentWidth;
        var failed = false;
        var blocks = LeafletBlocks.Sections(site, leaflet, (link, source) =>
        {
            var picture = Pictures.Block(site, link, source, width, PrintUnits.Mm(PictureMaxHeightMm), diagnostics);
            failed |= picture is null;
            return picture;
        });
        var back = LeafletBlocks.Back(site, leaflet, PrintUnits.Mm(LeafletBlocks.QrSizeMm));
        var band = TitleBand.Measure(site, leaflet, flow, geometry);
        var backHeight = flow.StackHeight(back, width);

        var heights = Enumerable.Repeat(geometry.ContentHeight, geometry.PanelCount).ToArray();
        heights[0] = geometry.TrimHeight - geometry.MarginY - (band.Height + PrintUnits.Mm(BandGapMm));
        heights[^1] -= backHeight + PrintUnits.Mm(BackGapMm);
        var body = flow.Layout(blocks, new FrameSet(width, heights));
        if (body.Overflow is { } overflow)
        {
            ReportOverflow(leaflet, overflow, diagnostics);
            return null;
        }
        var backPlacements = flow.Layout(back, new FrameSet(width, [backHeight + 1])).Placements;
        foreach (var placement in body.Placements.Concat(backPlacements))
        {
            if (placement.Lines.FirstOrDefault(l => l.TooWide) is not { } line) continue;
            diagnostics.Error(DiagnosticCodes.WordTooWide, placement.Block.Source.At,
                $"leaflet '{leaflet.Title}', section '{placement.Block.Source.Name}': \"{line.Text.Trim()}\" is wider than the panel and would cross the margin; shorten it or add spaces");
            failed = true;
        }
        return failed ? null : new Laid(band, body.Placements, backPlacements, backHeight);
    }

    private static void ReportOverflow(Leaflet leaflet, Overflow overflow, DiagnosticBag diagnostics)
    {
        var size = leaflet.Fold == LeafletFold.Trifold ? "a trifold DL leaflet's 6 panels"
            : Counts.Of(leaflet.Pages, $"{(leaflet.Size == LeafletSize.A5 ? "A5" : "DL")} page");
        var missing = (overflow.MissingPoints / PrintUnits.PointsPerMm).ToString("0", CultureInfo.InvariantCulture);
        var advice = leaflet.Size == LeafletSize.A5
            ? leaflet.Pages < 8 ? $"shorten the text or add pages (pages: {Math.Min(8, leaflet.Pages + 2)})" : "shorten the text"
            : leaflet.Fold == LeafletFold.Trifold ? "shorten the text" : "shorten the text or fold it as a trifold (fold: trifold)";
        diagnostics.Error(DiagnosticCodes.LeafletOverflow, overflow.Source.At,
            $"leaflet '{leaflet.Title}' does not fit on {size}: it runs out of space in section '{overflow.Source.Name}', " +
            $"about {missing} mm more is needed; {advice}. Text is never made smaller to fit");
    }

    private static byte[] Draw(Site site, Leaflet leaflet, LeafletGeometry geometry, Laid laid, BlockPainter painter, PrintColours colours, bool marks)
    {
        var pdf = new TaggedPdf(leaflet.Title, $"A leaflet from {site.Settings.Title}", site.Settings.Authority,
            site.Settings.Language, site.ContentDate, "leaflet:" + leaflet.Id, colours.Profile);
        var slug = marks ? PrintUnits.Mm(PrintMarks.SlugMm) : 0;
        var registration = marks ? PrintMarks.Registration(pdf.Document) : null;
        var width = geometry.ContentWidth;
        var drawn = new List<int>();
        for (var side = 0; side < geometry.Sides; side++)
        {
            var page = AddPage(pdf, geometry, slug);
            DrawSide(pdf, page, geometry, laid, painter, colours, side, slug, drawn);
            if (registration is not null)
            {
                var trim = geometry.Trim;
                trim.Offset(slug, slug);
                PrintMarks.Append(page, registration, trim, geometry.Bleed,
                    leaflet.Fold == LeafletFold.Trifold ? geometry.FoldXs().Select(x => x + slug) : []);
            }
        }
        PutPanelsInReadingOrder(pdf, drawn);
        return pdf.Save();
    }

    /// <summary>Draws one printed side, from the BleedBox's corner (the slug is outside what is drawn here).</summary>
    private static void DrawSide(TaggedPdf pdf, PdfPage page, LeafletGeometry geometry, Laid laid, BlockPainter painter, PrintColours colours,
        int side, double slug, List<int> drawn)
    {
        using (var gfx = XGraphics.FromPdfPage(page))
        {
            gfx.TranslateTransform(slug, slug);
            var slots = geometry.Slots.Where(s => s.Side == side).OrderBy(s => s.Left).ToList();

            if (slots.FirstOrDefault(s => s.Reading == 0) is { } front)
            {
                pdf.Tags.BeginArtifact();
                laid.Band.DrawBackground(gfx, geometry, front, colours.Brand);
                pdf.Tags.End();
            }

            foreach (var slot in slots)
            {
                var area = geometry.PanelArea(slot);
                var left = area.Left + geometry.MarginX;
                pdf.Tags.BeginElement(PdfGroupingElementTag.Division);
                if (slot.Reading == 0)
                {
                    painter.Paint(pdf, gfx, laid.Band.Placements, new XPoint(left, area.Top + geometry.MarginY), PrintColours.Brush(PrintColours.Paper));
                    if (laid.Band.Logo is { } logo)
                        painter.Paint(pdf, gfx, [new Placement(0, 0, logo.Height, logo, [], false)],
                            new XPoint(left + geometry.ContentWidth - logo.Width, area.Top + geometry.MarginY));
                }
                var top = slot.Reading == 0 ? area.Top + laid.Band.Height + PrintUnits.Mm(BandGapMm) : area.Top + geometry.MarginY;
                painter.Paint(pdf, gfx, laid.Body.Where(p => p.Frame == slot.Reading), new XPoint(left, top));
                if (slot.Reading == geometry.PanelCount - 1)
                    painter.Paint(pdf, gfx, laid.Back, new XPoint(left, area.Bottom - geometry.MarginY - laid.BackHeight));
                pdf.Tags.End();
                drawn.Add(slot.Reading);
            }
        }
    }

    /// <summary>A page of trim size plus bleed (the BleedBox) plus the slug on every side (the MediaBox, the same as
    /// the BleedBox without marks); the TrimBox is the finished size.</summary>
    private static PdfPage AddPage(TaggedPdf pdf, LeafletGeometry geometry, double slug)
    {
        var page = pdf.AddPage();
        page.Width = XUnit.FromPoint(geometry.PageWidth + 2 * slug);
        page.Height = XUnit.FromPoint(geometry.PageHeight + 2 * slug);
        page.BleedBox = new PdfRectangle(new XPoint(slug, slug), new XPoint(slug + geometry.PageWidth, slug + geometry.PageHeight));
        page.TrimBox = new PdfRectangle(new XPoint(slug + geometry.Bleed, slug + geometry.Bleed),
            new XPoint(slug + geometry.Bleed + geometry.TrimWidth, slug + geometry.Bleed + geometry.TrimHeight));
        return page;
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
