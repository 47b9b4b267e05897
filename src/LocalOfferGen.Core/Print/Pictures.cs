using LocalOfferGen.Diagnostics;
using LocalOfferGen.Markdown;
using LocalOfferGen.Model;
using LocalOfferGen.Print.Layout;
using LocalOfferGen.Print.Pdf;
using Markdig.Syntax.Inlines;

namespace LocalOfferGen.Print;

/// <summary>Turns a Markdown picture into a picture block sized to fit, reporting one print cannot use.</summary>
internal static class Pictures
{
    public static PictureBlock? Block(Site site, LinkInline link, BlockSource source, PictureStore store, double maxWidth, double maxHeight, DiagnosticBag diagnostics)
    {
        var url = link.Url ?? "";
        var file = site.FileFor(url);
        var image = store.Load(file, out var problem);
        var alt = MarkdownWalker.PlainText(link);
        if (image is null)
        {
            diagnostics.Error(DiagnosticCodes.PrintPictureUnusable, source.At,
                $"the picture '{url}' in '{source.Name}' cannot be printed: {problem}");
            return null;
        }
        var scale = Math.Min(1, Math.Min(maxWidth / image.PointWidth, maxHeight / image.PointHeight));
        return new PictureBlock(file, alt, image.PointWidth * scale, image.PointHeight * scale, source);
    }
}
