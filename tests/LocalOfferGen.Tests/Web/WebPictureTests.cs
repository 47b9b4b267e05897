using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using LocalOfferGen.Diagnostics;
using LocalOfferGen.Tests.Pictures;
using SkiaSharp;

namespace LocalOfferGen.Tests.Web;

/// <summary>The website's pictures, read back from built pages with AngleSharp: every img has its width and
/// height, a large photo has a srcset of smaller copies, pictures after the first load lazily, every published
/// picture is re-encoded (an SVG sanitised) and nothing else in content/images is published.</summary>
public sealed class WebPictureTests
{
    private static string Page(string body) =>
        "---\ntitle: Pictures\nsummary: Pictures of every kind.\nreviewed: 2026-09-01\nowner: SEND Team\n---\n\n" + body;

    /// <summary>A photo-like JPEG (random pixels, so more than 256 colours: the core keeps it a JPEG).</summary>
    private static byte[] NoisyJpeg(int width, int height, int seed = 1) => Noisy(width, height, SKEncodedImageFormat.Jpeg, seed);

    private static byte[] Noisy(int width, int height, SKEncodedImageFormat format, int seed)
    {
        using var bitmap = new SKBitmap(width, height);
        var random = new Random(seed);
        for (var y = 0; y < height; y++)
            for (var x = 0; x < width; x++)
                bitmap.SetPixel(x, y, new SKColor((byte)random.Next(256), (byte)random.Next(256), (byte)random.Next(256)));
        using var data = bitmap.Encode(format, 90);
        return data.ToArray();
    }

    private static IDocument Parse(string file) => new HtmlParser().ParseDocument(File.ReadAllText(file));

    private static IEnumerable<IElement> BodyImages(IDocument page) => page.QuerySelectorAll("main img");

    [Fact]
    public void Every_picture_of_the_corpus_has_its_size_and_all_but_the_first_load_lazily()
    {
        using var content = new TestContent();
        PictureCorpus.CopyTo(Path.Combine(content.Content, "images", "corpus"), broken: false);
        var samples = PictureCorpus.Readable();
        content.Write("pages/education/pictures.md", Page(string.Join("\n\n", samples.Select(s => $"![Sample {s.Name}](/images/corpus/{s.Name})")) + "\n"));
        var result = content.Build("web");
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));

        var page = Parse(Path.Combine(content.Output, "education", "pictures", "index.html"));
        var images = BodyImages(page).ToList();
        Assert.Equal(samples.Count, images.Count);
        foreach (var (sample, img) in samples.Zip(images))
        {
            Assert.Equal($"Sample {sample.Name}", img.GetAttribute("alt"));
            var width = int.Parse(img.GetAttribute("width")!);
            var height = int.Parse(img.GetAttribute("height")!);
            // Upright: the phone photo's attributes are taller than wide, as it is seen.
            Assert.Equal((double)sample.Width / sample.Height, (double)width / height, 1);
            var src = img.GetAttribute("src")!;
            var file = Path.GetFullPath(Path.Combine(content.Output, "education", "pictures", src));
            Assert.True(File.Exists(file), $"{sample.Name}: {src} was not published");
            if (sample.Vector)
            {
                Assert.EndsWith(".svg", src);
                continue;
            }
            Assert.True(src.EndsWith(".png", StringComparison.Ordinal) || src.EndsWith(".jpg", StringComparison.Ordinal), src);
            using var bitmap = SKBitmap.Decode(file);
            Assert.Equal((width, height), (bitmap.Width, bitmap.Height));
        }
        Assert.Null(images[0].GetAttribute("loading"));
        Assert.All(images.Skip(1), img => Assert.Equal("lazy", img.GetAttribute("loading")));
        Assert.All(images.Skip(1), img => Assert.Equal("async", img.GetAttribute("decoding")));
        // A WebP and a GIF are published as PNG or JPEG, under the name of what they now are.
        Assert.DoesNotContain(images, img => img.GetAttribute("src")!.EndsWith(".webp", StringComparison.Ordinal) || img.GetAttribute("src")!.EndsWith(".gif", StringComparison.Ordinal));
        Assert.False(File.Exists(Path.Combine(content.Output, "images", "corpus", "photo.webp")));
    }

    [Fact]
    public void A_6000_by_4000_photo_gets_a_srcset_of_smaller_copies_and_a_reasonably_sized_src()
    {
        using var content = new TestContent();
        var huge = PictureCorpus.Readable().Single(s => s.Name == "huge.jpg");
        content.WriteBytes("images/huge.jpg", huge.Bytes);
        content.Write("pages/education/photo.md", Page("Some words.\n\n![A large photo](/images/huge.jpg)\n"));
        Assert.True(content.Build("web").Succeeded);

        var img = Assert.Single(BodyImages(Parse(Path.Combine(content.Output, "education", "photo", "index.html"))));
        Assert.Equal("../../images/huge.jpg", img.GetAttribute("src"));
        Assert.Equal(("1280", "853"), (img.GetAttribute("width"), img.GetAttribute("height")));
        Assert.Equal("(min-width: 42em) 40em, 100vw", img.GetAttribute("sizes"));
        var srcset = img.GetAttribute("srcset")!.Split(", ").Select(c => c.Split(' ')).ToList();
        Assert.Equal(["320w", "640w", "960w", "1280w", "1920w"], srcset.Select(c => c[1]));
        Assert.Equal("../../images/huge-640w.jpg", srcset[1][0]);
        foreach (var candidate in srcset)
        {
            using var bitmap = SKBitmap.Decode(Path.GetFullPath(Path.Combine(content.Output, "education", "photo", candidate[0])));
            Assert.Equal(int.Parse(candidate[1][..^1]), bitmap.Width);
        }
        // A phone picks the 640-pixel copy: a fraction of the original's bytes.
        Assert.True(new FileInfo(Path.Combine(content.Output, "images", "huge-640w.jpg")).Length * 20 < huge.Bytes.Length);
        Assert.True(new FileInfo(Path.Combine(content.Output, "images", "huge.jpg")).Length < huge.Bytes.Length / 4);
    }

    [Fact]
    public void Published_pictures_are_re_encoded_without_their_metadata()
    {
        using var content = new TestContent();
        var photo = PictureCorpus.WithExifOrientation(NoisyJpeg(40, 30), 6); // a phone photo: EXIF orientation 6
        content.WriteBytes("images/phone.jpg", photo);
        content.Write("pages/education/photo.md", Page("![A phone photo](/images/phone.jpg)\n"));
        Assert.True(content.Build("web").Succeeded);

        var published = File.ReadAllBytes(Path.Combine(content.Output, "images", "phone.jpg"));
        Assert.NotEqual(photo, published);
        Assert.DoesNotContain("Exif", System.Text.Encoding.ASCII.GetString(published));
        using var codec = SKCodec.Create(new MemoryStream(published));
        Assert.Equal(SKEncodedOrigin.TopLeft, codec.EncodedOrigin);
        Assert.Equal((30, 40), (codec.Info.Width, codec.Info.Height)); // upright in its pixels
        foreach (var image in Directory.GetFiles(Path.Combine(content.Content, "images"), "*", SearchOption.AllDirectories))
        {
            var output = Path.Combine(content.Output, Path.GetRelativePath(content.Content, image));
            if (File.Exists(output)) Assert.NotEqual(File.ReadAllBytes(image), File.ReadAllBytes(output));
        }
    }

    [Fact]
    public void An_SVG_is_published_sanitised_and_other_files_in_images_are_left_out_with_a_warning()
    {
        using var content = new TestContent();
        content.Write("images/drawing.svg", PictureCorpus.Svg
            .Replace("<title>", "<script>alert(1)</script><foreignObject><p>x</p></foreignObject><title>")
            .Replace("<rect x=\"0\"", "<rect onload=\"alert(2)\" x=\"0\""));
        content.Write("images/page.html", "<script>alert(3)</script>");
        content.Write("images/tool.js", "alert(4)");
        content.Write("pages/education/drawing.md", Page("![Two blocks and a sun](/images/drawing.svg)\n"));
        var result = content.Build("web");
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));

        var svg = File.ReadAllText(Path.Combine(content.Output, "images", "drawing.svg"));
        Assert.DoesNotContain("script", svg, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("onload", svg, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("foreignObject", svg, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("<rect", svg);
        var img = Assert.Single(BodyImages(Parse(Path.Combine(content.Output, "education", "drawing", "index.html"))));
        Assert.Equal(("200", "150"), (img.GetAttribute("width"), img.GetAttribute("height")));
        Assert.Null(img.GetAttribute("srcset"));

        Assert.False(File.Exists(Path.Combine(content.Output, "images", "page.html")));
        Assert.False(File.Exists(Path.Combine(content.Output, "images", "tool.js")));
        var warnings = result.Diagnostics.Where(d => d.Code == DiagnosticCodes.ImageFolderFileNotPublished).ToList();
        Assert.Equal(2, warnings.Count);
        Assert.All(warnings, w => Assert.Equal(Severity.Warning, w.Severity));
        Assert.Contains(warnings, w => w.Path.Replace('\\', '/').EndsWith("images/page.html", StringComparison.Ordinal));
    }

    [Fact]
    public void A_WebP_is_published_as_PNG_or_JPEG_without_taking_another_pictures_name()
    {
        using var content = new TestContent();
        var webp = Noisy(40, 30, SKEncodedImageFormat.Webp, 2); // a photo: becomes a JPEG
        var jpeg = NoisyJpeg(40, 30);
        content.WriteBytes("images/photo.webp", webp);
        content.WriteBytes("images/photo.jpg", jpeg);
        content.Write("pages/education/photos.md", Page("![The WebP](/images/photo.webp)\n\n![The JPEG](/images/photo.jpg)\n"));
        Assert.True(content.Build("web").Succeeded);
        var images = BodyImages(Parse(Path.Combine(content.Output, "education", "photos", "index.html"))).ToList();
        Assert.Equal(2, images.Count);
        var webpSrc = images[0].GetAttribute("src")!;
        Assert.Equal("../../images/photo.jpg", images[1].GetAttribute("src"));
        Assert.NotEqual(images[1].GetAttribute("src"), webpSrc);
        // photo.jpg keeps its name; the WebP, now a JPEG too, gets the next free one.
        Assert.Equal("../../images/photo-2.jpg", webpSrc);
    }

    [Fact]
    public void Easy_read_pictures_have_their_size_and_all_but_the_first_load_lazily()
    {
        using var content = new TestContent();
        var huge = PictureCorpus.Readable().Single(s => s.Name == "huge.jpg");
        content.WriteBytes("images/huge.jpg", huge.Bytes);
        content.WriteBytes("images/phone.jpg", PictureCorpus.PhonePhoto());
        content.Write("easy-read/education/plans.md",
            "---\ntitle: EHC plans\nsummary: About plans.\nreviewed: 2026-09-01\n---\n\n![A photo](/images/huge.jpg) A plan helps you.\n\n![A phone photo](/images/phone.jpg) Ask us.\n");
        var result = content.Build("web", "easy-read");
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        var images = Parse(Path.Combine(content.Output, "easy-read", "education", "plans", "index.html")).QuerySelectorAll(".easy-picture img").ToList();
        Assert.Equal(2, images.Count);
        Assert.All(images, img => Assert.NotNull(img.GetAttribute("width")));
        Assert.Equal(("30", "40"), (images[1].GetAttribute("width"), images[1].GetAttribute("height")));
        Assert.NotNull(images[0].GetAttribute("srcset"));
        Assert.Null(images[0].GetAttribute("loading"));
        Assert.Equal("lazy", images[1].GetAttribute("loading"));
    }

    [Fact]
    public void Every_img_of_the_sample_site_has_width_and_height()
    {
        using var sample = new SampleBuild();
        Assert.True(sample.Result.Succeeded, string.Join("\n", sample.Result.Diagnostics));
        var pages = sample.HtmlFiles.ToList();
        var images = pages.SelectMany(p => Parse(p).QuerySelectorAll("img").Select(img => (Page: p, Img: img))).ToList();
        Assert.NotEmpty(images);
        Assert.All(images, i => Assert.True(i.Img.HasAttribute("width") && i.Img.HasAttribute("height"), $"{i.Page}: {i.Img.OuterHtml}"));
    }
}
