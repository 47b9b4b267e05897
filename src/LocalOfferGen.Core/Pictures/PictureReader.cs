using System.Globalization;
using SkiaSharp;

namespace LocalOfferGen.Pictures;

/// <summary>Reads what the site model keeps of a picture file: its format, upright size and transparency, or why it
/// cannot be used. Every picture is decoded once here (a JPEG or WebP at an eighth of its size, which is enough to
/// know it decodes to its end), so that a cut-short or damaged file is found while loading, before any format runs,
/// rather than half-way through writing a leaflet. The pixels are not kept.</summary>
internal static class PictureReader
{
    /// <summary>The most pixels a raster picture may have. A PNG or GIF is decoded whole (4 bytes a pixel), and its
    /// header can claim any size in a few bytes (60,000 × 60,000 in a 100-byte file), so without a limit a tiny file
    /// could ask for gigabytes. 100 million pixels is a 400 MB decode and far above any camera's 50 megapixels.</summary>
    public const long MaxPixels = 100_000_000;

    public static Picture Read(string sitePath, string file)
    {
        try
        {
            return IsSvgName(file) ? ReadSvg(sitePath, file) : ReadRaster(sitePath, file);
        }
        catch (IOException e)
        {
            return Unreadable(sitePath, file, $"the file cannot be read ({e.Message})");
        }
        catch (UnauthorizedAccessException)
        {
            return Unreadable(sitePath, file, "the file cannot be read: permission denied");
        }
    }

    public static bool IsSvgName(string file) => Path.GetExtension(file).Equals(".svg", StringComparison.OrdinalIgnoreCase);

    private static Picture ReadRaster(string sitePath, string file)
    {
        using var codec = RasterDecoder.Open(file, out var problem);
        if (codec is null) return Unreadable(sitePath, file, TextHint(file) ?? problem!);
        var format = codec.EncodedFormat switch
        {
            SKEncodedImageFormat.Png => PictureFormat.Png,
            SKEncodedImageFormat.Jpeg => PictureFormat.Jpeg,
            SKEncodedImageFormat.Gif => PictureFormat.Gif,
            SKEncodedImageFormat.Webp => PictureFormat.WebP,
            _ => PictureFormat.Unknown,
        };
        if (format == PictureFormat.Unknown)
            return Unreadable(sitePath, file, $"it is a {codec.EncodedFormat} file: use PNG, JPEG, GIF, WebP or SVG");
        var size = codec.Info.Size;
        if (size.Width < 1 || size.Height < 1) return Unreadable(sitePath, file, "it has no pixels");
        if ((long)size.Width * size.Height > MaxPixels)
            return Unreadable(sitePath, file, string.Create(CultureInfo.InvariantCulture, $"it is {size.Width:N0} × {size.Height:N0} pixels, more than {MaxPixels / 1_000_000} million: save it smaller (3,000 pixels across is plenty for every format)"));
        using var check = RasterDecoder.DecodeAtLeast(codec, 1, 1, out var result);
        if (!RasterDecoder.Usable(result)) return Unreadable(sitePath, file, RasterDecoder.Describe(result));
        var swaps = Orientation.SwapsSides(codec.EncodedOrigin);
        return new Picture(sitePath, file, format, swaps ? size.Height : size.Width, swaps ? size.Width : size.Height,
            RasterEncoder.HasTransparency(check), null);
    }

    private static Picture ReadSvg(string sitePath, string file)
    {
        var text = File.ReadAllText(file);
        if (text.Trim().Length == 0) return Unreadable(sitePath, file, "the file is empty");
        try
        {
            using var drawing = SvgDrawing.Load(SvgSanitizer.Sanitize(text).Text, SvgFonts.None);
            var bounds = drawing.Bounds;
            return new Picture(sitePath, file, PictureFormat.Svg, (int)Math.Ceiling(bounds.Width - 0.01), (int)Math.Ceiling(bounds.Height - 0.01), true, null);
        }
        catch (FormatException e)
        {
            return Unreadable(sitePath, file, e.Message);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // Svg.Skia throws what its parser met (an unknown unit, a broken path): that is a bad file, not a crash.
            return Unreadable(sitePath, file, $"it cannot be drawn ({e.Message})");
        }
    }

    /// <summary>A hint for the most common mistake: a text file (an HTML error page saved from a browser, a
    /// Git LFS pointer) saved under a picture's name.</summary>
    private static string? TextHint(string file)
    {
        Span<byte> head = stackalloc byte[256];
        int read;
        using (var stream = File.OpenRead(file)) read = stream.Read(head);
        if (read == 0) return null;
        foreach (var b in head[..read])
            if (b < 0x09 || b is > 0x0D and < 0x20) return null;
        return "it holds text, not a picture (perhaps a web page or a Git LFS pointer saved under a picture's name)";
    }

    private static Picture Unreadable(string sitePath, string file, string problem) =>
        new(sitePath, file, PictureFormat.Unknown, 0, 0, false, problem);
}
