using LocalOfferGen.Model;
using LocalOfferGen.Print.Layout;
using LocalOfferGen.Print.Pdf;
using PdfSharp.Drawing;
using PdfSharp.Pdf;

namespace LocalOfferGen.Print;

/// <summary>The coloured band across the top of the front: the site's name and the leaflet's title in white.
/// The colour runs into the bleed; the words stay inside the margins.</summary>
internal sealed class TitleBand
{
    private readonly List<Placement> _placements;

    private TitleBand(List<Placement> placements, double height)
    {
        _placements = placements;
        Height = height;
    }

    /// <summary>From the trim's top edge to the bottom of the band.</summary>
    public double Height { get; }

    public static TitleBand Measure(Site site, Leaflet leaflet, FlowLayout flow, PdfFontSet fonts, LeafletGeometry geometry)
    {
        var source = new BlockSource("the title", leaflet.Source);
        TextBlock[] blocks =
        [
            new(TextRole.Title, [new Run(leaflet.Title)], source),
            new(TextRole.Paragraph, [new Run(site.Settings.Title)], source),
        ];
        var result = flow.Layout(blocks, new FrameSet(geometry.ContentWidth, [double.MaxValue / 4]));
        var height = result.Placements.Max(p => p.Y + p.Height);
        return new TitleBand(result.Placements.ToList(), geometry.MarginY + height + PrintUnits.Mm(5));
    }

    public void DrawBackground(XGraphics gfx, LeafletGeometry geometry, PanelSlot front)
    {
        var area = geometry.PanelArea(front);
        // Bleed beyond every trim edge the panel touches; stop at a fold.
        var left = front.Left == 0 ? 0 : area.Left;
        var right = front.Left + geometry.PanelWidth >= geometry.TrimWidth - 0.01 ? geometry.PageWidth : area.Right;
        gfx.DrawRectangle(new XSolidBrush(BlockPainter.Brand), left, 0, right - left, geometry.Bleed + Height);
    }

    /// <summary>The title is drawn first so that it is the first heading a screen reader meets.</summary>
    public void DrawText(XGraphics gfx, PdfPage page, BlockPainter painter, LeafletGeometry geometry, XRect area)
    {
        var origin = new XPoint(area.Left + geometry.MarginX, area.Top + geometry.MarginY);
        painter.Paint(gfx, page, _placements, origin, geometry.ContentWidth, XBrushes.White);
    }
}
