using SkiaSharp;

namespace LocalOfferGen.Pictures;

/// <summary>Decodes a PNG, JPEG, GIF (its first frame) or WebP file with SkiaSharp into upright sRGB pixels, 8 bits a
/// channel, at the size asked for. Any bit depth, palette, greyscale or CMYK file and any ICC profile is converted to
/// sRGB while decoding. A large JPEG or WebP is decoded straight at a fraction of its size when that still covers the
/// size asked for (a 6000 × 4000 photo for a leaflet is decoded at an eighth), then reduced by halving and a final
/// bicubic step, so a downscaled picture is smooth, not aliased.</summary>
internal static class RasterDecoder
{
    private static readonly SKColorSpace Srgb = SKColorSpace.CreateSrgb();

    /// <summary>The file as an upright picture of exactly <paramref name="width"/> × <paramref name="height"/> pixels.</summary>
    public static SKBitmap Decode(string file, int width, int height)
    {
        using var codec = Open(file, out var problem) ?? throw new InvalidOperationException($"{file}: {problem}");
        var origin = codec.EncodedOrigin;
        var swaps = Orientation.SwapsSides(origin);
        var (storedWidth, storedHeight) = swaps ? (height, width) : (width, height);

        using var decoded = DecodeAtLeast(codec, storedWidth, storedHeight, out var result);
        if (!Usable(result)) throw new InvalidOperationException($"{file}: {Describe(result)}");
        var stored = Reduce(decoded, storedWidth, storedHeight);
        if (origin == SKEncodedOrigin.TopLeft) return stored;
        using (stored)
        {
            var upright = new SKBitmap(new SKImageInfo(width, height, SKColorType.Rgba8888, stored.AlphaType, Srgb));
            using var canvas = new SKCanvas(upright);
            canvas.Clear(SKColors.Transparent);
            canvas.SetMatrix(Orientation.ToUpright(origin, storedWidth, storedHeight));
            using var image = SKImage.FromBitmap(stored);
            canvas.DrawImage(image, 0, 0, new SKSamplingOptions(SKFilterMode.Nearest));
            canvas.Flush();
            return upright;
        }
    }

    /// <summary>A codec for the file, or null with the reason in words.</summary>
    public static SKCodec? Open(string file, out string? problem)
    {
        problem = null;
        var codec = SKCodec.Create(file, out var result);
        if (codec is not null) return codec;
        problem = new FileInfo(file).Length == 0 ? "the file is empty" : "it is not a PNG, JPEG, GIF, WebP or SVG file (whatever its name says)";
        return null;
    }

    /// <summary>Whether a decode result gives the whole picture. Skia fills what a cut-short file lacks; that is
    /// not the editor's picture, so it is refused.</summary>
    public static bool Usable(SKCodecResult result) => result == SKCodecResult.Success;

    public static string Describe(SKCodecResult result) => result switch
    {
        SKCodecResult.IncompleteInput => "the file is cut short (truncated): save or copy it again",
        SKCodecResult.ErrorInInput or SKCodecResult.InvalidInput => "the file is damaged: save or export it again",
        SKCodecResult.Unimplemented => "it uses a variant of its format that cannot be read: save it again as an ordinary PNG or JPEG",
        _ => "it is not a PNG, JPEG, GIF, WebP or SVG file (whatever its name says)",
    };

    /// <summary>Decodes into sRGB 8-bit pixels at the smallest size the codec can decode to directly that still
    /// covers <paramref name="width"/> × <paramref name="height"/> (JPEG and WebP decode at 1/8 to 7/8; others at full size).</summary>
    public static SKBitmap DecodeAtLeast(SKCodec codec, int width, int height, out SKCodecResult result)
    {
        var size = codec.Info.Size;
        for (var eighths = 1; eighths < 8; eighths++)
        {
            var scaled = codec.GetScaledDimensions(eighths / 8f);
            if (scaled.Width >= width && scaled.Height >= height && scaled.Width < size.Width) { size = scaled; break; }
        }
        var alpha = codec.Info.AlphaType == SKAlphaType.Opaque ? SKAlphaType.Opaque : SKAlphaType.Premul;
        var info = new SKImageInfo(size.Width, size.Height, SKColorType.Rgba8888, alpha, Srgb);
        var bitmap = new SKBitmap(info);
        result = codec.GetPixels(info, bitmap.GetPixels(), new SKCodecOptions(0));
        return bitmap;
    }

    /// <summary>The bitmap reduced to exactly the size asked for (a copy, even at the same size).</summary>
    private static SKBitmap Reduce(SKBitmap source, int width, int height)
    {
        var current = source.Copy();
        // Halve with a 2 × 2 average while that stays at or above the target: a single bicubic step from
        // far above would skip most pixels and alias.
        while (current.Width / 2 >= width && current.Height / 2 >= height && current.Width >= 2 && current.Height >= 2)
            current = Resized(current, current.Width / 2, current.Height / 2, new SKSamplingOptions(SKFilterMode.Linear));
        if (current.Width != width || current.Height != height)
            current = Resized(current, width, height, new SKSamplingOptions(SKCubicResampler.Mitchell));
        return current;
    }

    private static SKBitmap Resized(SKBitmap from, int width, int height, SKSamplingOptions sampling)
    {
        using (from)
        {
            var to = new SKBitmap(new SKImageInfo(width, height, SKColorType.Rgba8888, from.AlphaType, Srgb));
            if (!from.ScalePixels(to, sampling)) throw new InvalidOperationException("the picture could not be resized");
            return to;
        }
    }
}
