using LocalOfferGen.Pictures;
using SkiaSharp;
using UglyToad.PdfPig;

namespace LocalOfferGen.Tests.Pictures;

/// <summary>The picture core: every format and variant decodes to the right size and colours, upright, in sRGB;
/// broken files say why; encodings are cached, never enlarged and PNG or JPEG by the documented rule.</summary>
public sealed class PictureTests
{
    private static readonly Lazy<PictureSet> Corpus = new(() => Read(PictureCorpus.Folder));
    private readonly PictureSet _pictures = Corpus.Value;

    private static PictureSet Read(string folder) =>
        PictureSet.Read(Directory.GetFiles(folder).Select(f => ("/images/" + Path.GetFileName(f), f)));

    private Picture Get(string name) => _pictures.Find("/images/" + name) ?? throw new InvalidOperationException($"no {name}");

    public static TheoryData<string> ReadableNames => new(PictureCorpus.Readable().Select(s => s.Name));

    [Theory]
    [MemberData(nameof(ReadableNames))]
    public void Every_format_and_variant_is_read_with_its_upright_size(string name)
    {
        var sample = PictureCorpus.Readable().Single(s => s.Name == name);
        var picture = Get(name);
        Assert.True(picture.IsReadable, picture.Problem);
        Assert.Equal((sample.Width, sample.Height), (picture.Width, picture.Height));
        Assert.Equal(sample.Vector ? PictureKind.Vector : PictureKind.Raster, picture.Kind);
    }

    [Theory]
    [InlineData("rgba16.png")]
    [InlineData("rgb48.png")]
    [InlineData("palette2.png")]
    [InlineData("interlaced.png")]
    [InlineData("photo.jpg")]
    [InlineData("progressive.jpg")]
    [InlineData("animation.gif")]
    [InlineData("photo.webp")]
    [InlineData("drawing.svg")]
    [InlineData("huge.jpg")]
    public void Colour_pictures_decode_to_their_colours(string name)
    {
        using var bitmap = Decode(Get(name).Raster(400, 400));
        AssertNear(PictureCorpus.Red, bitmap.GetPixel(bitmap.Width / 8, bitmap.Height / 8), name == "huge.jpg" ? 90 : 30);
        AssertNear(PictureCorpus.Blue, bitmap.GetPixel(bitmap.Width * 7 / 8, bitmap.Height / 8), name == "huge.jpg" ? 90 : 30);
    }

    [Fact]
    public void Greyscale_and_one_bit_pictures_keep_their_light_and_dark()
    {
        using var grey16 = Decode(Get("grey16.png").Raster(40, 30));
        AssertNear(new SKColor(0x20, 0x20, 0x20), grey16.GetPixel(2, 2), 2);
        AssertNear(new SKColor(0xE0, 0xE0, 0xE0), grey16.GetPixel(38, 2), 2);
        using var bw = Decode(Get("bw1.png").Raster(40, 30));
        AssertNear(SKColors.Black, bw.GetPixel(2, 2), 0);
        AssertNear(SKColors.White, bw.GetPixel(38, 2), 0);
        using var grey = Decode(Get("grey.jpg").Raster(40, 30));
        var left = grey.GetPixel(2, 15);
        Assert.Equal(left.Red, left.Green);
        Assert.True(left.Red < grey.GetPixel(38, 15).Red + 40);
    }

    [Theory]
    [InlineData("cmyk.jpg")]
    [InlineData("cmyk-no-icc.jpg")]
    public void A_CMYK_JPEG_comes_out_in_RGB_with_its_cyan_and_magenta(string name)
    {
        using var bitmap = Decode(Get(name).Raster(64, 48));
        var cyan = bitmap.GetPixel(8, 24);
        var magenta = bitmap.GetPixel(56, 24);
        Assert.True(cyan.Red < 80 && cyan.Green > 120 && cyan.Blue > 180, $"cyan decoded as {cyan}");
        Assert.True(magenta.Green < 80 && magenta.Red > 180 && magenta.Blue > 80, $"magenta decoded as {magenta}");
    }

    [Fact]
    public void A_picture_with_an_ICC_profile_is_converted_to_sRGB()
    {
        // Stored as the Display P3 numbers (185, 71, 50); seen, and so in sRGB, (200, 60, 40).
        using (var codec = SKCodec.Create(Get("display-p3.png").SourcePath))
        using (var stored = new SKBitmap(new SKImageInfo(40, 30, SKColorType.Rgba8888, SKAlphaType.Premul)))
        {
            codec.GetPixels(stored.Info, stored.GetPixels());
            AssertNear(new SKColor(185, 71, 50), stored.GetPixel(20, 15), 3);
        }
        using var bitmap = Decode(Get("display-p3.png").Raster(40, 30));
        AssertNear(new SKColor(200, 60, 40), bitmap.GetPixel(20, 15), 3);
    }

    [Fact]
    public void A_phone_photo_with_EXIF_orientation_6_comes_out_upright()
    {
        var picture = Get("phone-exif6.jpg");
        Assert.Equal((30, 40), (picture.Width, picture.Height));
        var encoded = picture.Raster(300, 400);
        Assert.Equal((30, 40), (encoded.Width, encoded.Height));
        using var bitmap = Decode(encoded);
        Assert.Equal((30, 40), (bitmap.Width, bitmap.Height));
        // Stored sideways with its left half red; turned 90° clockwise, the red is on top.
        AssertNear(PictureCorpus.Red, bitmap.GetPixel(15, 5), 30);
        AssertNear(PictureCorpus.Blue, bitmap.GetPixel(15, 35), 30);
    }

    [Fact]
    public void The_first_frame_of_an_animated_GIF_is_the_picture()
    {
        using var bitmap = Decode(Get("animation.gif").Raster(40, 30));
        Assert.NotEqual(SKColors.Black, bitmap.GetPixel(5, 5));
    }

    [Fact]
    public void A_huge_photo_is_decoded_reduced_and_encoded_as_JPEG()
    {
        var encoded = Get("huge.jpg").Raster(600, 600);
        Assert.Equal((600, 400), (encoded.Width, encoded.Height));
        Assert.Equal("image/jpeg", encoded.MimeType);
        Assert.True(encoded.Bytes.Length < 200_000, $"{encoded.Bytes.Length} bytes");
    }

    [Fact]
    public void A_raster_picture_is_never_enlarged_but_an_SVG_fills_the_box()
    {
        var small = Get("photo.jpg").Raster(4000, 3000);
        Assert.Equal((40, 30), (small.Width, small.Height));
        var svg = Get("drawing.svg").Raster(800, 800);
        Assert.Equal((800, 600), (svg.Width, svg.Height));
        Assert.Equal("image/png", svg.MimeType);
    }

    [Theory]
    [InlineData("alpha.png", "image/png")]
    [InlineData("palette2.png", "image/png")]
    [InlineData("bw1.png", "image/png")]
    [InlineData("huge.jpg", "image/jpeg")]
    public void PNG_for_transparency_and_few_colours_JPEG_for_photos(string name, string mime)
    {
        Assert.Equal(mime, Get(name).Raster(500, 500).MimeType);
        Assert.Equal(name == "alpha.png", Get(name).HasAlpha);
    }

    [Fact]
    public void Encodings_are_made_once_per_size_and_shared_between_threads()
    {
        var picture = Get("huge.jpg");
        var encodings = new EncodedPicture[8];
        Parallel.For(0, encodings.Length, i => encodings[i] = picture.Raster(300, 300));
        Assert.All(encodings, e => Assert.Same(encodings[0], e));
        Assert.NotSame(encodings[0], picture.Raster(301, 301));
    }

    [Fact]
    public void The_same_file_gives_the_same_bytes()
    {
        var again = Read(PictureCorpus.Folder);
        foreach (var name in new[] { "huge.jpg", "phone-exif6.jpg", "drawing.svg", "rgb48.png" })
            Assert.Equal(Get(name).Raster(200, 200).Bytes, again.Find("/images/" + name)!.Raster(200, 200).Bytes);
        Assert.Equal(Get("drawing.svg").SvgAsPdf(), again.Find("/images/drawing.svg")!.SvgAsPdf());
    }

    [Fact]
    public void An_SVG_as_PDF_is_one_page_of_vectors_its_intrinsic_size()
    {
        using var pdf = PdfDocument.Open(Get("drawing.svg").SvgAsPdf());
        var page = Assert.Single(pdf.GetPages());
        Assert.Equal(200, page.Width, 0.5);
        Assert.Equal(150, page.Height, 0.5);
        Assert.Empty(page.GetImages());
        Assert.NotEmpty(page.Paths);
    }

    [Fact]
    public void SVG_text_is_drawn_in_the_fonts_given_and_only_those()
    {
        var folder = Directory.CreateTempSubdirectory("lo-svg-text-").FullName;
        try
        {
            var file = Path.Combine(folder, "label.svg");
            File.WriteAllText(file, """
                <svg xmlns="http://www.w3.org/2000/svg" width="120" height="40">
                  <text x="4" y="30" font-family="No Such Family, sans-serif" font-size="24">Hello</text>
                </svg>
                """);
            var picture = Read(folder).Find("/images/label.svg")!;
            var fonts = SvgFonts.FromFiles([TestFont()]);
            using (var pdf = PdfDocument.Open(picture.SvgAsPdf(fonts)))
                Assert.Equal("Hello", string.Concat(pdf.GetPage(1).Letters.Select(l => l.Value)));
            using (var pdf = PdfDocument.Open(picture.SvgAsPdf()))
                Assert.Empty(pdf.GetPage(1).Letters);
            using var drawn = Decode(picture.Raster(120, 40, fonts));
            Assert.Contains(Enumerable.Range(0, 120), x => drawn.GetPixel(x, 22).Alpha > 128);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    /// <summary>A font file: the theme's, else DejaVu Sans (which CI installs).</summary>
    internal static string TestFont()
    {
        var theme = Path.Combine(Repository.Root, "themes", "default", "fonts");
        var font = (Directory.Exists(theme) ? Directory.GetFiles(theme, "*-Regular.ttf").Order(StringComparer.Ordinal) : Enumerable.Empty<string>())
            .Append("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf").First();
        Assert.True(File.Exists(font), $"no font for the test at {font}");
        return font;
    }

    [Theory]
    [MemberData(nameof(BrokenNames))]
    public void A_broken_picture_says_what_is_wrong(string name, string says)
    {
        var picture = Get(name);
        Assert.False(picture.IsReadable);
        Assert.Contains(says, picture.Problem);
        Assert.Throws<InvalidOperationException>(() => picture.Raster(10, 10));
    }

    public static TheoryData<string, string> BrokenNames => new(PictureCorpus.Broken().Select(b => (b.Name, b.Says)));

    [Fact]
    public void Operations_for_SVG_refuse_a_raster_picture()
    {
        Assert.Throws<InvalidOperationException>(() => Get("photo.jpg").SvgAsPdf());
        Assert.Throws<InvalidOperationException>(() => Get("photo.jpg").SanitizedSvg());
    }

    private static SKBitmap Decode(EncodedPicture encoded) =>
        SKBitmap.Decode(encoded.Bytes) ?? throw new InvalidOperationException("the encoding does not decode");

    private static void AssertNear(SKColor expected, SKColor actual, int tolerance) =>
        Assert.True(Math.Abs(expected.Red - actual.Red) <= tolerance && Math.Abs(expected.Green - actual.Green) <= tolerance
            && Math.Abs(expected.Blue - actual.Blue) <= tolerance, $"expected about {expected}, got {actual}");
}
