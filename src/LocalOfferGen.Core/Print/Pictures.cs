using LocalOfferGen.Diagnostics;
using LocalOfferGen.Markdown;
using LocalOfferGen.Model;
using LocalOfferGen.Print.Layout;
using Markdig.Syntax.Inlines;

namespace LocalOfferGen.Print;

/// <summary>Turns a Markdown picture into a picture block sized to fit. A picture's own size in print is one point
/// per pixel (for an SVG, per CSS pixel), made smaller to fit the space it is given and never larger. A PNG, JPEG, GIF
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
        var scale = Math.Min(1, Math.Min(maxWidth / picture.Width, maxHeight / picture.Height));
        return new PictureBlock(picture, MarkdownWalker.PlainText(link), picture.Width * scale, picture.Height * scale, source);
    }
}
