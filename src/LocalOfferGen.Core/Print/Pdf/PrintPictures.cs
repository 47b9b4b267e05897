using System.Collections.Concurrent;
using LocalOfferGen.ColourManagement;
using LocalOfferGen.Pictures;
using LocalOfferGen.Print.Colour;
using PdfSharp.Drawing;

namespace LocalOfferGen.Print.Pdf;

/// <summary>The pictures of one print build, drawn through the picture core. A raster picture is embedded at no more
/// than <see cref="MaxPpi"/> pixels per inch at the size it is placed (a 6000 × 4000 photo in a 60 mm box goes in at
/// about 700 pixels wide), upright and in sRGB; each embedding is made once per build and shared by every document
/// (documents only read it, so threads can share it). An SVG is drawn as vectors: the core makes it a one-page PDF,
/// placed as a form XObject, its colours converted to CMYK through the output profile; only if that PDF cannot be
/// placed or converted is it drawn at <see cref="MaxPpi"/> instead. Raster pictures go in as sRGB and are converted
/// to CMYK with the rest of the document just before it is saved (<see cref="ImageColours"/>).</summary>
internal sealed class PrintPictures(SvgFonts svgFonts, CmykOutputProfile profile) : IDisposable
{
    public const double MaxPpi = 300;

    private readonly ConcurrentDictionary<(string, int, int), Lazy<XImage>> _images = new();
    private readonly ConcurrentDictionary<string, Lazy<byte[]?>> _cmykForms = new(StringComparer.Ordinal);

    /// <summary>An SVG's drawing as a one-page PDF in CMYK, made once per build; null when its colours cannot be converted.</summary>
    public byte[]? CmykForm(Picture picture) => _cmykForms.GetOrAdd(picture.SitePath, _ => new Lazy<byte[]?>(
        () => SvgFormColours.ToCmyk(picture.SvgAsPdf(svgFonts), profile), LazyThreadSafetyMode.ExecutionAndPublication)).Value;

    /// <summary>The fonts SVG text is drawn in: the print font.</summary>
    public SvgFonts SvgFonts => svgFonts;

    /// <summary>The pixels across and down a picture placed at <paramref name="area"/> (points) needs: never more than 300 ppi.</summary>
    public static (int Width, int Height) PixelsFor(XRect area) =>
        (Math.Max(1, (int)Math.Floor(area.Width / 72 * MaxPpi)), Math.Max(1, (int)Math.Floor(area.Height / 72 * MaxPpi)));

    /// <summary>The picture as an image for PDFsharp, at most 300 ppi at <paramref name="area"/>.</summary>
    public XImage Image(Picture picture, XRect area)
    {
        var (width, height) = PixelsFor(area);
        return _images.GetOrAdd((picture.SitePath, width, height), _ => new Lazy<XImage>(() =>
        {
            var encoded = picture.Raster(width, height, svgFonts);
            return XImage.FromStream(new MemoryStream(encoded.Bytes, writable: false));
        }, LazyThreadSafetyMode.ExecutionAndPublication)).Value;
    }

    /// <summary>One document's view: an SVG's form is imported into each document on its own (PDFsharp ties a form to
    /// the document it is drawn in), from the PDF bytes the core made once.</summary>
    public Document ForDocument() => new(this);

    public sealed class Document(PrintPictures pictures)
    {
        private readonly Dictionary<string, XPdfForm?> _forms = new(StringComparer.Ordinal);

        public void Draw(XGraphics gfx, Picture picture, XRect area)
        {
            if (picture.Kind == PictureKind.Vector && Form(picture) is { } form) gfx.DrawImage(form, area);
            else gfx.DrawImage(pictures.Image(picture, area), area);
        }

        private XPdfForm? Form(Picture picture)
        {
            if (_forms.TryGetValue(picture.SitePath, out var form)) return form;
            try
            {
                form = pictures.CmykForm(picture) is { } cmyk ? XPdfForm.FromStream(new MemoryStream(cmyk, writable: false)) : null;
            }
            catch (Exception e) when (e is not OutOfMemoryException)
            {
                form = null; // PDFsharp cannot import or convert what Skia wrote for this drawing: it is drawn at 300 ppi instead
            }
            return _forms[picture.SitePath] = form;
        }
    }

    public void Dispose()
    {
        foreach (var image in _images.Values)
            if (image.IsValueCreated) image.Value.Dispose();
    }
}
