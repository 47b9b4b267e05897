using SkiaSharp;
using Svg.Skia;

namespace LocalOfferGen.Pictures;

/// <summary>An SVG made into a Skia drawing by Svg.Skia, always from sanitized text (no script runs and nothing
/// outside the file is fetched). Its size is the SVG's intrinsic size in CSS pixels: its width and height, or
/// its viewBox when it has none.</summary>
internal sealed class SvgDrawing : IDisposable
{
    /// <summary>The fixed date written into every PDF made from an SVG, so that its bytes depend only on the SVG.</summary>
    private static readonly DateTime FixedDate = new(2000, 1, 1, 0, 0, 0, DateTimeKind.Utc);

    private readonly SKSvg _svg;

    private SvgDrawing(SKSvg svg, SKPicture picture)
    {
        _svg = svg;
        Picture = picture;
    }

    public SKPicture Picture { get; }
    public SKRect Bounds => Picture.CullRect;

    /// <summary>Reads sanitized SVG text.</summary>
    /// <exception cref="FormatException">Svg.Skia cannot make a drawing of it, or it has no size.</exception>
    public static SvgDrawing Load(string sanitizedSvg, SvgFonts fonts)
    {
        var svg = new SKSvg();
        svg.Settings.EnableJavaScript = false;
        svg.Settings.EnableExternalJavaScript = false;
        svg.Settings.EnableBrokenImagePlaceholders = false;
        svg.Settings.TypefaceProviders = [fonts.Provider()];
        try
        {
            var picture = svg.FromSvg(sanitizedSvg) ?? throw new FormatException("it draws nothing that can be read");
            var bounds = picture.CullRect;
            if (!(bounds.Width >= 1 && bounds.Height >= 1) || float.IsInfinity(bounds.Width) || float.IsInfinity(bounds.Height))
                throw new FormatException("it has no size: give the <svg> element a viewBox, or a width and height");
            return new SvgDrawing(svg, picture);
        }
        catch
        {
            svg.Dispose();
            throw;
        }
    }

    /// <summary>The drawing on transparent pixels, stretched to exactly <paramref name="width"/> × <paramref name="height"/>.</summary>
    public static SKBitmap ToBitmap(SvgDrawing drawing, int width, int height)
    {
        using (drawing)
        {
            var bitmap = new SKBitmap(new SKImageInfo(width, height, SKColorType.Rgba8888, SKAlphaType.Premul, SKColorSpace.CreateSrgb()));
            using var canvas = new SKCanvas(bitmap);
            canvas.Clear(SKColors.Transparent);
            var bounds = drawing.Bounds;
            canvas.Scale(width / bounds.Width, height / bounds.Height);
            canvas.Translate(-bounds.Left, -bounds.Top);
            canvas.DrawPicture(drawing.Picture);
            canvas.Flush();
            return bitmap;
        }
    }

    /// <summary>A one-page PDF of the drawing in vectors, one point per CSS pixel. Whatever PDF cannot draw as vectors
    /// (some filter effects) Skia draws at 300 dpi.</summary>
    public static byte[] ToPdf(SvgDrawing drawing)
    {
        using (drawing)
        {
            using var stream = new MemoryStream();
            var metadata = new SKDocumentPdfMetadata
            {
                Creator = "LocalOfferGen",
                Producer = "LocalOfferGen",
                Creation = FixedDate,
                Modified = FixedDate,
                RasterDpi = 300,
                EncodingQuality = 101, // above 100: pictures inside the SVG are kept lossless
            };
            using (var document = SKDocument.CreatePdf(stream, metadata))
            {
                var bounds = drawing.Bounds;
                var canvas = document.BeginPage(bounds.Width, bounds.Height);
                canvas.Translate(-bounds.Left, -bounds.Top);
                canvas.DrawPicture(drawing.Picture);
                document.EndPage();
                document.Close();
            }
            return stream.ToArray();
        }
    }

    public void Dispose() => _svg.Dispose();
}
