using LocalOfferGen.Diagnostics;
using LocalOfferGen.Markdown;
using LocalOfferGen.Model;
using LocalOfferGen.Print.Layout;
using Markdig.Syntax.Inlines;

namespace LocalOfferGen.Print;

/// <summary>Turns a Markdown picture into a picture block sized to fit. A picture's own size in print is its size at
/// 150 pixels per inch (for an SVG, one point per CSS pixel), made smaller to fit the space it is given and never larger;
/// a raster picture below 300 ppi at that size warns (LO0522). A PNG, JPEG, GIF
/// or WebP with an SVG of the same name beside it is printed from the SVG (see <see cref="LocalOfferGen.Pictures.PictureSet.Preferred"/>).</summary>
internal static class Pictures
{
    public static PictureBlock? Block(Site site, LinkInline link, BlockSource source, double maxWidth, double maxHeight, DiagnosticBag diagnostics)
    {
        var url = link.Url ?? "";
        // Loading refuses links to missing or unreadable pictures; what is left here is a link whose address was
        // removed as unsafe, or one to a file under images/ that is not a picture.
        if (site.Pictures.Preferred(url) is not { IsReadable: true } picture)
        {
            diagnostics.Error(DiagnosticCodes.PrintPictureUnusable, source.At, url.Length == 0
                ? $"a picture in '{source.Name}' cannot be printed: its address was removed as unsafe; link to a file in content/images"
                : $"the picture '{url}' in '{source.Name}' cannot be printed: it is not a PNG, JPEG, GIF, WebP or SVG file under content/images");
            return null;
        }
        // An SVG's own size is one point per CSS pixel; a raster picture is never placed larger than its size at 150
        // pixels per inch, the least that prints sharp enough (between that and 300 ppi it warns).
        var largest = picture.Kind == LocalOfferGen.Pictures.PictureKind.Vector ? 1 : 72 / PictureResolution.LeastPpi;
        var scale = Math.Min(largest, Math.Min(maxWidth / picture.Width, maxHeight / picture.Height));
        var (width, height) = (picture.Width * scale, picture.Height * scale);
        PictureResolution.Check(picture, width, height, source.At, $"in '{source.Name}'", diagnostics);
        return new PictureBlock(picture, MarkdownWalker.PlainText(link), width, height, source);
    }
}
