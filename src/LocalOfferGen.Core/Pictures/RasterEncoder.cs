using System.Runtime.InteropServices;
using SkiaSharp;

namespace LocalOfferGen.Pictures;

/// <summary>Encodes decoded pixels as PNG or JPEG. The rule: PNG when any pixel is see-through (JPEG has no
/// transparency) or the picture has at most <see cref="FewColours"/> colours (drawings, diagrams, icons, whose
/// sharp edges JPEG blurs), for drawn SVG, and when the caller asks for it (a PNG or GIF of drawing size, see
/// <see cref="Picture.DrawingPixels"/>); JPEG at quality <see cref="JpegQuality"/> for everything else
/// (photos, where PNG would be several times larger). The same pixels always give the same bytes.</summary>
internal static class RasterEncoder
{
    public const int JpegQuality = 85;
    public const int FewColours = 256;

    public static EncodedPicture Encode(SKBitmap bitmap, bool preferPng)
    {
        var png = preferPng || HasTransparency(bitmap) || CountColours(bitmap, FewColours + 1) <= FewColours;
        using var pixmap = bitmap.PeekPixels();
        using var data = png
            ? pixmap.Encode(new SKPngEncoderOptions(SKPngEncoderFilterFlags.AllFilters, 6))
            : pixmap.Encode(new SKJpegEncoderOptions(JpegQuality, SKJpegEncoderDownsample.Downsample420, SKJpegEncoderAlphaOption.Ignore));
        if (data is null) throw new InvalidOperationException("the picture could not be encoded");
        return new EncodedPicture(data.ToArray(), png ? "image/png" : "image/jpeg", bitmap.Width, bitmap.Height);
    }

    /// <summary>Whether any pixel's alpha is below 255 (RGBA or BGRA, 8 bits a channel: alpha is the top byte).</summary>
    public static bool HasTransparency(SKBitmap bitmap)
    {
        if (bitmap.AlphaType == SKAlphaType.Opaque) return false;
        foreach (var pixel in Pixels(bitmap))
            if (pixel >> 24 != 0xFF) return true;
        return false;
    }

    /// <summary>The number of distinct colours, counting no further than <paramref name="limit"/>.</summary>
    public static int CountColours(SKBitmap bitmap, int limit)
    {
        var seen = new HashSet<uint>();
        foreach (var pixel in Pixels(bitmap))
            if (seen.Add(pixel) && seen.Count >= limit) break;
        return seen.Count;
    }

    private static ReadOnlySpan<uint> Pixels(SKBitmap bitmap)
    {
        if (bitmap.BytesPerPixel != 4 || bitmap.RowBytes != bitmap.Width * 4)
            throw new InvalidOperationException("expected packed 8-bit RGBA pixels");
        return MemoryMarshal.Cast<byte, uint>(bitmap.GetPixelSpan());
    }
}
