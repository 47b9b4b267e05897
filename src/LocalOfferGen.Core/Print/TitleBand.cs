using LocalOfferGen.Model;
using LocalOfferGen.Print.Layout;
using LocalOfferGen.Print.Pdf;
using PdfSharp.Drawing;

namespace LocalOfferGen.Print;

/// <summary>The coloured band across the top of the front: the leaflet's title and the site's name in white.
/// The colour runs into the bleed; the words stay inside the margins. The title is drawn before anything else
/// on the front, so it is the first heading a screen reader meets.</summary>
internal sealed class TitleBand
{
    private TitleBand(IReadOnlyList<Placement> placements, double height)
    {
        Placements = placements;
        Height = height;
    }

    /// <summary>The title and site name, placed from the top margin.</summary>
    public IReadOnlyList<Placement> Placements { get; }

    /// <summary>From the trim's top edge to the bottom of the band.</summary>
    public double Height { get; }

    public static TitleBand Measure(Site site, Leaflet leaflet, FlowLayout flow, LeafletGeometry geometry)
    {
        var source = new BlockSource("the title", leaflet.Source);
        TextBlock[] blocks =
        [
            new(TextRole.Title, [new Run(leaflet.Title)], source),
            new(TextRole.Paragraph, [new Run(site.Settings.Title)], source),
        ];
        var result = flow.Layout(blocks, new FrameSet(geometry.ContentWidth, [double.MaxValue / 4]));
        var height = result.Placements.Max(p => p.Y + p.Height);
        return new TitleBand(result.Placements, geometry.MarginY + height + PrintUnits.Mm(5));
    }

    public void DrawBackground(XGraphics gfx, LeafletGeometry geometry, PanelSlot front, XColor brand)
    {
        var area = geometry.PanelArea(front);
        // Bleed beyond every trim edge the panel touches; stop at a fold.
        var left = front.Left == 0 ? 0 : area.Left;
        var right = front.Left + front.Width >= geometry.TrimWidth - 0.01 ? geometry.PageWidth : area.Right;
        gfx.DrawRectangle(new XSolidBrush(brand), left, 0, right - left, geometry.Bleed + Height);
    }
}
