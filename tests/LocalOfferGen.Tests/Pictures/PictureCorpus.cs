using SkiaSharp;

namespace LocalOfferGen.Tests.Pictures;

/// <summary>Every picture format and variant editors bring, made in the test (SkiaSharp, or by hand where SkiaSharp
/// cannot write the variant), plus broken files. Most are split in two: the left half one colour, the right half
/// another, so a test can check what was decoded.</summary>
internal static class PictureCorpus
{
    public static readonly SKColor Red = new(220, 30, 30), Blue = new(30, 60, 200);

    /// <summary>A readable picture: its file name, bytes and the size it is seen at (after EXIF orientation).</summary>
    public sealed record Sample(string Name, byte[] Bytes, int Width, int Height, bool Vector = false);

    public static string FixturesFolder => Path.Combine(Repository.Root, "tests", "LocalOfferGen.Tests", "Pictures", "Fixtures");

    private static readonly Lazy<IReadOnlyList<Sample>> Samples = new(() => MakeReadable().ToList());

    /// <summary>The readable samples, made once per test run.</summary>
    public static IReadOnlyList<Sample> Readable() => Samples.Value;

    private static IEnumerable<Sample> MakeReadable()
    {
        yield return new("rgba16.png", Skia(40, 30, SKColorType.Rgba16161616, SKEncodedImageFormat.Png), 40, 30);
        yield return new("rgb48.png", PngWriter.Write(40, 30, PngWriter.Rgb, 16, (x, _) => Halves16(x, 40)), 40, 30);
        yield return new("grey16.png", PngWriter.Write(40, 30, PngWriter.Grey, 16, (x, _) => [x < 20 ? 0x2020 : 0xE0E0]), 40, 30);
        yield return new("bw1.png", PngWriter.Write(40, 30, PngWriter.Grey, 1, (x, _) => [x < 20 ? 0 : 1]), 40, 30);
        yield return new("palette2.png", PngWriter.Write(40, 30, PngWriter.Palette, 2, (x, _) => [x < 20 ? 1 : 2],
            palette: [255, 255, 255, Red.Red, Red.Green, Red.Blue, Blue.Red, Blue.Green, Blue.Blue, 0, 0, 0]), 40, 30);
        yield return new("interlaced.png", PngWriter.Write(40, 30, PngWriter.Rgb, 8, (x, _) => Halves8(x, 40), interlaced: true), 40, 30);
        yield return new("alpha.png", PngWriter.Write(40, 30, PngWriter.Rgba, 8, (x, _) => x < 20 ? [Red.Red, Red.Green, Red.Blue, 255] : [0, 0, 0, 0]), 40, 30);
        yield return new("display-p3.png", SkiaP3Png(40, 30), 40, 30);
        yield return new("photo.jpg", Skia(40, 30, SKColorType.Rgba8888, SKEncodedImageFormat.Jpeg), 40, 30);
        yield return new("grey.jpg", Skia(40, 30, SKColorType.Gray8, SKEncodedImageFormat.Jpeg), 40, 30);
        yield return new("cmyk.jpg", File.ReadAllBytes(Path.Combine(FixturesFolder, "cmyk.jpg")), 64, 48);
        yield return new("cmyk-no-icc.jpg", WithoutIcc(File.ReadAllBytes(Path.Combine(FixturesFolder, "cmyk.jpg"))), 64, 48);
        yield return new("progressive.jpg", File.ReadAllBytes(Path.Combine(FixturesFolder, "progressive.jpg")), 64, 48);
        yield return new("phone-exif6.jpg", PhonePhoto(), 30, 40);
        yield return new("animation.gif", Gif(), 40, 30);
        yield return new("photo.webp", Skia(40, 30, SKColorType.Rgba8888, SKEncodedImageFormat.Webp), 40, 30);
        yield return new("drawing.svg", System.Text.Encoding.UTF8.GetBytes(Svg), 200, 150, Vector: true);
        yield return new("huge.jpg", HugePhoto(), 6000, 4000);
    }

    /// <summary>Files named as pictures that no library can read, and the words their error must contain.</summary>
    public static IEnumerable<(string Name, byte[] Bytes, string Says)> Broken()
    {
        var png = Skia(40, 30, SKColorType.Rgba8888, SKEncodedImageFormat.Png);
        yield return ("truncated.png", png[..(png.Length / 2)], "cut short");
        yield return ("text.png", "<html><body>404 Not Found</body></html>\n"u8.ToArray(), "holds text");
        yield return ("empty.png", [], "empty");
        yield return ("broken.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\"><rect"u8.ToArray(), "not valid SVG");
    }

    /// <summary>Two rectangles and a circle, 200 × 150 CSS pixels, with text (drawn as vectors too).</summary>
    public const string Svg = """
        <svg xmlns="http://www.w3.org/2000/svg" width="200" height="150" viewBox="0 0 200 150">
          <title>Two blocks and a sun</title>
          <rect x="0" y="0" width="100" height="150" fill="#dc1e1e"/>
          <rect x="100" y="0" width="100" height="150" fill="#1e3cc8"/>
          <circle cx="100" cy="75" r="40" fill="#ffd21e" stroke="#1f2937" stroke-width="4"/>
        </svg>
        """;

    private static readonly Lazy<string> Written = new(() =>
    {
        var folder = Path.Combine(Path.GetTempPath(), "lo-picture-corpus-" + Environment.ProcessId);
        if (Directory.Exists(folder)) Directory.Delete(folder, recursive: true);
        WriteAll(folder, broken: true);
        AppDomain.CurrentDomain.ProcessExit += (_, _) => Directory.Delete(folder, recursive: true);
        return folder;
    });

    /// <summary>The whole corpus, broken files included, written once per test run (the huge photo takes a while).</summary>
    public static string Folder => Written.Value;

    /// <summary>Copies the corpus into a folder (e.g. a test site's content/images), with or without the broken files.</summary>
    public static void CopyTo(string folder, bool broken)
    {
        Directory.CreateDirectory(folder);
        var brokenNames = Broken().Select(b => b.Name).ToHashSet();
        foreach (var file in Directory.GetFiles(Folder))
            if (broken || !brokenNames.Contains(Path.GetFileName(file)))
                File.Copy(file, Path.Combine(folder, Path.GetFileName(file)), overwrite: true);
    }

    public static void WriteAll(string folder, bool broken)
    {
        Directory.CreateDirectory(folder);
        foreach (var sample in Readable()) File.WriteAllBytes(Path.Combine(folder, sample.Name), sample.Bytes);
        if (broken)
            foreach (var (name, bytes, _) in Broken()) File.WriteAllBytes(Path.Combine(folder, name), bytes);
    }

    private static int[] Halves8(int x, int width) => x < width / 2 ? [Red.Red, Red.Green, Red.Blue] : [Blue.Red, Blue.Green, Blue.Blue];

    private static int[] Halves16(int x, int width) => Halves8(x, width).Select(v => v * 257).ToArray();

    private static SKBitmap HalvesBitmap(int width, int height, SKColorType type, SKColorSpace? space = null)
    {
        var bitmap = new SKBitmap(new SKImageInfo(width, height, type, type == SKColorType.Gray8 ? SKAlphaType.Opaque : SKAlphaType.Premul, space));
        using var canvas = new SKCanvas(bitmap);
        using var red = new SKPaint { Color = Red };
        using var blue = new SKPaint { Color = Blue };
        canvas.DrawRect(0, 0, width / 2f, height, red);
        canvas.DrawRect(width / 2f, 0, width / 2f, height, blue);
        return bitmap;
    }

    private static byte[] Skia(int width, int height, SKColorType type, SKEncodedImageFormat format)
    {
        using var bitmap = HalvesBitmap(width, height, type);
        using var data = bitmap.Encode(format, 90);
        return data.ToArray();
    }

    /// <summary>A PNG whose pixels are Display P3, with its ICC profile: the sRGB colour (200, 60, 40) is stored as
    /// the P3 numbers (185, 71, 50), and must come back as (200, 60, 40) when decoded to sRGB.</summary>
    private static byte[] SkiaP3Png(int width, int height)
    {
        var p3 = SKColorSpace.CreateRgb(SKColorSpaceTransferFn.Srgb, SKColorSpaceXyz.DisplayP3);
        using var bitmap = new SKBitmap(new SKImageInfo(width, height, SKColorType.Rgba8888, SKAlphaType.Premul, p3));
        bitmap.Erase(new SKColor(200, 60, 40)); // an sRGB colour, converted to the bitmap's P3
        using var data = bitmap.Encode(SKEncodedImageFormat.Png, 100);
        return data.ToArray();
    }

    /// <summary>A phone photo taken upright: stored sideways (40 × 30) with EXIF orientation 6, "turn 90° clockwise",
    /// so it is seen 30 wide and 40 tall. Its stored left half is red: upright, the top half is red.</summary>
    public static byte[] PhonePhoto() => WithExifOrientation(Skia(40, 30, SKColorType.Rgba8888, SKEncodedImageFormat.Jpeg), 6);

    /// <summary>A 6000 × 4000 photo-like JPEG (noise over the two halves, so it is not few-coloured).</summary>
    private static byte[] HugePhoto()
    {
        using var bitmap = HalvesBitmap(6000, 4000, SKColorType.Rgba8888);
        using var tile = new SKBitmap(new SKImageInfo(64, 64, SKColorType.Rgba8888, SKAlphaType.Premul));
        var random = new Random(15);
        for (var y = 0; y < 64; y++)
            for (var x = 0; x < 64; x++)
                tile.SetPixel(x, y, new SKColor((byte)random.Next(256), (byte)random.Next(256), (byte)random.Next(256), 60));
        using var canvas = new SKCanvas(bitmap);
        using var noise = new SKPaint { Shader = SKShader.CreateBitmap(tile, SKShaderTileMode.Repeat, SKShaderTileMode.Repeat) };
        canvas.DrawRect(0, 0, 6000, 4000, noise);
        using var data = bitmap.Encode(SKEncodedImageFormat.Jpeg, 80);
        return data.ToArray();
    }

    private static byte[] Gif()
    {
        var first = new byte[40 * 30];
        var second = new byte[40 * 30];
        for (var i = 0; i < first.Length; i++)
        {
            first[i] = (byte)(i % 40 < 20 ? 1 : 2);
            second[i] = 3; // the second frame is all black: it must not be the one shown
        }
        return GifWriter.Write(40, 30, [(255, 255, 255), (Red.Red, Red.Green, Red.Blue), (Blue.Red, Blue.Green, Blue.Blue), (0, 0, 0)], first, second);
    }

    /// <summary>The JPEG with an EXIF APP1 segment holding only an orientation tag, right after its start marker.</summary>
    public static byte[] WithExifOrientation(byte[] jpeg, ushort orientation)
    {
        byte[] tiff =
        [
            (byte)'M', (byte)'M', 0, 42, 0, 0, 0, 8, // big-endian TIFF header, first directory at 8
            0, 1, // one entry
            0x01, 0x12, 0, 3, 0, 0, 0, 1, (byte)(orientation >> 8), (byte)orientation, 0, 0, // Orientation, SHORT, 1
            0, 0, 0, 0, // no next directory
        ];
        var payload = "Exif\0\0"u8.ToArray().Concat(tiff).ToArray();
        var length = payload.Length + 2;
        byte[] segment = [0xFF, 0xE1, (byte)(length >> 8), (byte)length, .. payload];
        return [.. jpeg[..2], .. segment, .. jpeg[2..]];
    }

    /// <summary>The JPEG without its APP2 (ICC profile) segments.</summary>
    private static byte[] WithoutIcc(byte[] jpeg)
    {
        var output = new List<byte>(jpeg[..2]);
        var at = 2;
        while (at + 4 <= jpeg.Length && jpeg[at] == 0xFF && jpeg[at + 1] != 0xDA)
        {
            var length = (jpeg[at + 2] << 8) | jpeg[at + 3];
            if (jpeg[at + 1] != 0xE2) output.AddRange(jpeg[at..(at + 2 + length)]);
            at += 2 + length;
        }
        output.AddRange(jpeg[at..]);
        return output.ToArray();
    }
}
