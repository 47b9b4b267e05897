using LocalOfferGen.Model;
using LocalOfferGen.Print.Layout;
using LocalOfferGen.Print.Pdf;
using PdfSharp.Drawing;

namespace LocalOfferGen.Print;

/// <summary>The coloured band across the top of the front: the leaflet's title and the site's name in white, and
/// the council's logo (site.yml <c>logo</c>) at the band's right, level with the title. The colour runs into the
/// bleed; the words and the logo stay inside the margins. The title is drawn before anything else on the front,
/// so it is the first heading a screen reader meets; the logo is a figure after it.</summary>
internal sealed class TitleBand
{
    /// <summary>The logo's height on the front, and the gap between it and the words.</summary>
    public const double LogoHeightMm = 16, LogoGapMm = 4;

    /// <summary>A logo wider than this share of the measure is made smaller, so the title keeps room.</summary>
    private const double LogoMaxShare = 0.3;

    private TitleBand(IReadOnlyList<Placement> placements, PictureBlock? logo, double height)
    {
        Placements = placements;
        Logo = logo;
        Height = height;
    }

    /// <summary>The title and site name, placed from the top margin.</summary>
    public IReadOnlyList<Placement> Placements { get; }

    /// <summary>The logo, drawn at the top margin against the right margin; null when site.yml has none.</summary>
    public PictureBlock? Logo { get; }

    /// <summary>From the trim's top edge to the bottom of the band.</summary>
    public double Height { get; }

    public static TitleBand Measure(Site site, Leaflet leaflet, FlowLayout flow, LeafletGeometry geometry)
    {
        var source = new BlockSource("the title", leaflet.Source);
        var logo = LogoBlock(site, source, PrintUnits.Mm(LogoHeightMm), geometry.ContentWidth * LogoMaxShare);
        TextBlock[] blocks =
        [
            new(TextRole.Title, [new Run(leaflet.Title)], source),
            new(TextRole.Paragraph, [new Run(site.Settings.Title)], source),
        ];
        var width = geometry.ContentWidth - (logo is null ? 0 : logo.Width + PrintUnits.Mm(LogoGapMm));
        var result = flow.Layout(blocks, new FrameSet(width, [double.MaxValue / 4]));
        var height = Math.Max(result.Placements.Max(p => p.Y + p.Height), logo?.Height ?? 0);
        return new TitleBand(result.Placements, logo, geometry.MarginY + height + PrintUnits.Mm(5));
    }

    /// <summary>The site's logo at <paramref name="height"/> points tall (less if it would be wider than
    /// <paramref name="maxWidth"/>), or null when site.yml names none. Loading checked that it can be read.</summary>
    public static PictureBlock? LogoBlock(Site site, BlockSource source, double height, double maxWidth)
    {
        if (site.Settings.Logo is not { } path || site.Pictures.Preferred(path) is not { IsReadable: true } picture) return null;
        var scale = Math.Min(height / picture.Height, maxWidth / picture.Width);
        return new PictureBlock(picture, $"{site.Settings.Authority} logo", picture.Width * scale, picture.Height * scale,
            source with { Name = "the logo" });
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
