using System.IO.Compression;
using System.Xml.Linq;
using DocumentFormat.OpenXml.Packaging;
using LocalOfferGen.Tests.Pictures;
using SkiaSharp;
using A = DocumentFormat.OpenXml.Drawing;
using Wp = DocumentFormat.OpenXml.Drawing.Wordprocessing;

namespace LocalOfferGen.Tests.Word;

/// <summary>Every picture format of the corpus in a page's Word document, read back: the picture part is there, an
/// SVG is embedded as Word does it (svgBlip with a PNG fallback), a phone photo is upright, a large photo is
/// resized to about 220 ppi at its shown size.</summary>
public sealed class WordPictureTests
{
    private const double EmuPerInch = 914400;

    /// <summary>The sample without its logo, so the only pictures in a page's document are the page's own.</summary>
    private static PlantedContent WithoutLogo()
    {
        var content = new PlantedContent();
        var site = Path.Combine(content.Content, "site.yml");
        File.WriteAllText(site, File.ReadAllText(site).Replace("logo: images/logo.svg\n", ""));
        return content;
    }

    private static string Page(string body) =>
        "---\ntitle: Pictures\nsummary: Pictures of every kind.\nreviewed: 2026-10-01\nowner: Local Offer Team\n---\n\n" + body;

    [Fact]
    public void Every_readable_picture_of_the_corpus_is_embedded()
    {
        using var content = WithoutLogo();
        PictureCorpus.CopyTo(Path.Combine(content.Content, "images", "corpus"), broken: false);
        var samples = PictureCorpus.Readable();
        content.Write("pages/about/pictures.md", Page(string.Join("\n\n", samples.Select(s => $"![Sample {s.Name}](/images/corpus/{s.Name})")) + "\n"));
        var result = content.Build(largePrint: true);
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));

        foreach (var path in new[] { "documents/about/pictures.docx", "documents/large-print/about/pictures.docx" })
        {
            using var doc = new DocxReader(content.PathOf(path));
            Assert.Equal(samples.Select(s => $"Sample {s.Name}"), doc.PictureDescriptions);
            var blips = doc.Body.Descendants<A.Blip>().ToList();
            Assert.Equal(samples.Count, blips.Count);
            foreach (var (sample, blip) in samples.Zip(blips))
            {
                var part = (ImagePart)doc.Main.GetPartById(blip.Embed!.Value!);
                Assert.True(part.ContentType is "image/png" or "image/jpeg", $"{sample.Name}: {part.ContentType}");
                using var stream = part.GetStream();
                using var bitmap = SKBitmap.Decode(stream);
                Assert.NotNull(bitmap);
                // Upright: the embedded pixels have the picture's seen shape, as does the extent.
                var extent = ExtentOf(blip);
                Assert.Equal((double)sample.Width / sample.Height, (double)bitmap.Width / bitmap.Height, 1);
                Assert.Equal((double)extent.Cx / extent.Cy, (double)bitmap.Width / bitmap.Height, 1);
            }
            Assert.Empty(new DocumentFormat.OpenXml.Validation.OpenXmlValidator(DocumentFormat.OpenXml.FileFormatVersions.Microsoft365)
                .Validate(doc.Document, TestContext.Current.CancellationToken));
        }
    }

    [Fact]
    public void An_SVG_is_embedded_as_SVG_with_a_PNG_fallback_and_no_script()
    {
        using var content = WithoutLogo();
        File.WriteAllText(Path.Combine(content.Content, "images", "drawing.svg"),
            PictureCorpus.Svg.Replace("<title>", "<script>alert(1)</script><title>").Replace("<rect x=\"0\"", "<rect onclick=\"alert(2)\" x=\"0\""));
        content.Write("pages/about/picture.md", Page("![Two blocks and a sun](/images/drawing.svg)\n"));
        var result = content.Build();
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));

        using var doc = new DocxReader(content.PathOf("documents/about/picture.docx"));
        var blip = Assert.Single(doc.Body.Descendants<A.Blip>());
        var fallback = (ImagePart)doc.Main.GetPartById(blip.Embed!.Value!);
        Assert.Equal("image/png", fallback.ContentType);
        var extension = Assert.Single(blip.Descendants<A.BlipExtension>());
        Assert.Equal("{96DAC541-7B7A-43D3-8B79-37D633B846F1}", extension.Uri!.Value);
        var svgBlip = Assert.Single(extension.Elements<DocumentFormat.OpenXml.Office2019.Drawing.SVG.SVGBlip>());
        var svgPart = doc.Main.GetPartById(svgBlip.Embed!.Value!);
        Assert.Equal("image/svg+xml", svgPart.ContentType);
        using var reader = new StreamReader(svgPart.GetStream());
        var svg = XDocument.Parse(reader.ReadToEnd());
        Assert.Equal("svg", svg.Root!.Name.LocalName);
        Assert.Empty(svg.Descendants().Where(e => e.Name.LocalName == "script"));
        Assert.Empty(svg.Descendants().Attributes().Where(a => a.Name.LocalName.StartsWith("on", StringComparison.Ordinal)));

        // The SVG is 200 × 150 CSS pixels: shown at that size (96 to the inch), its fallback drawn at 220 ppi.
        var extent = ExtentOf(blip);
        Assert.Equal(200 * 9525L, extent.Cx);
        Assert.Equal(150 * 9525L, extent.Cy);
        using var stream = fallback.GetStream();
        using var bitmap = SKBitmap.Decode(stream);
        Assert.InRange(bitmap.Width, 455, 460);
        Assert.Equal(PictureCorpus.Red, bitmap.GetPixel(10, bitmap.Height / 2));

        // The package names the SVG type once, as Word's own files do.
        using var zip = ZipFile.OpenRead(content.PathOf("documents/about/picture.docx"));
        using var types = new StreamReader(zip.GetEntry("[Content_Types].xml")!.Open());
        Assert.Contains("<Default Extension=\"svg\" ContentType=\"image/svg+xml\"/>", types.ReadToEnd());
    }

    [Fact]
    public void A_phone_photo_with_EXIF_orientation_6_is_upright()
    {
        using var content = WithoutLogo();
        File.WriteAllBytes(Path.Combine(content.Content, "images", "phone.jpg"), PictureCorpus.PhonePhoto());
        content.Write("pages/about/picture.md", Page("![A phone photo](/images/phone.jpg)\n"));
        Assert.True(content.Build().Succeeded);

        using var doc = new DocxReader(content.PathOf("documents/about/picture.docx"));
        var blip = Assert.Single(doc.Body.Descendants<A.Blip>());
        var extent = ExtentOf(blip);
        Assert.True(extent.Cy > extent.Cx, $"extent {extent.Cx} × {extent.Cy} is not taller than wide");
        Assert.Equal(30 * 9525L, extent.Cx);
        Assert.Equal(40 * 9525L, extent.Cy);
        using var stream = ((ImagePart)doc.Main.GetPartById(blip.Embed!.Value!)).GetStream();
        using var bitmap = SKBitmap.Decode(stream);
        Assert.Equal((30, 40), (bitmap.Width, bitmap.Height));
        // Stored sideways with its left half red: upright, the top is red and the bottom blue.
        AssertNear(PictureCorpus.Red, bitmap.GetPixel(15, 5));
        AssertNear(PictureCorpus.Blue, bitmap.GetPixel(15, 35));
    }

    [Fact]
    public void A_6000_by_4000_photo_is_embedded_at_no_more_than_220_ppi_at_its_extent()
    {
        using var content = WithoutLogo();
        var huge = PictureCorpus.Readable().Single(s => s.Name == "huge.jpg");
        File.WriteAllBytes(Path.Combine(content.Content, "images", "huge.jpg"), huge.Bytes);
        content.Write("pages/about/picture.md", Page("![A large photo](/images/huge.jpg)\n"));
        content.Write("easy-read/about/picture.md", "---\ntitle: Pictures\nsummary: A picture.\nreviewed: 2026-10-01\n---\n\n![A large photo](/images/huge.jpg) This is a photo.\n");
        var result = content.Build();
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));

        foreach (var path in new[] { "documents/about/picture.docx", "documents/easy-read/about/picture.docx" })
        {
            using var doc = new DocxReader(content.PathOf(path));
            var blip = Assert.Single(doc.Body.Descendants<A.Blip>());
            var extent = ExtentOf(blip);
            var part = (ImagePart)doc.Main.GetPartById(blip.Embed!.Value!);
            Assert.True(part.ContentType is "image/jpeg" or "image/png", part.ContentType);
            using var stream = part.GetStream();
            using var bitmap = SKBitmap.Decode(stream);
            var ppi = bitmap.Width / (extent.Cx / EmuPerInch);
            Assert.InRange(ppi, 200, 221);
            Assert.True(bitmap.Width < 1500, $"{path}: {bitmap.Width} pixels across");
            Assert.True(part.GetStream().Length < huge.Bytes.Length / 4, $"{path}: {part.GetStream().Length} bytes");
        }
    }

    [Fact]
    public void A_picture_used_at_two_sizes_is_stored_once_for_each_size()
    {
        using var content = WithoutLogo();
        File.Copy(Path.Combine(content.Content, "images", "home-family.png"), Path.Combine(content.Content, "images", "only-png.png"));
        content.Write("pages/about/picture.md", Page("![A family](/images/only-png.png)\n\nAgain: ![A family](/images/only-png.png)\n"));
        Assert.True(content.Build().Succeeded);
        using var doc = new DocxReader(content.PathOf("documents/about/picture.docx"));
        Assert.Equal(2, doc.Body.Descendants<A.Blip>().Count());
        Assert.Single(doc.Main.ImageParts);
    }

    [Fact]
    public void A_PNG_with_an_SVG_of_the_same_name_beside_it_is_embedded_as_the_SVG()
    {
        using var content = WithoutLogo();
        content.Write("pages/about/picture.md", Page("![A family in a park](/images/home-family.png)\n"));
        Assert.True(content.Build().Succeeded);
        using var doc = new DocxReader(content.PathOf("documents/about/picture.docx"));
        var blip = Assert.Single(doc.Body.Descendants<A.Blip>());
        var svgBlip = Assert.Single(blip.Descendants<DocumentFormat.OpenXml.Office2019.Drawing.SVG.SVGBlip>());
        Assert.Equal("image/svg+xml", doc.Main.GetPartById(svgBlip.Embed!.Value!).ContentType);
        Assert.Equal("image/png", doc.Main.GetPartById(blip.Embed!.Value!).ContentType);
    }

    private static (long Cx, long Cy) ExtentOf(A.Blip blip)
    {
        var extent = blip.Ancestors<Wp.Inline>().Single().Extent!;
        return (extent.Cx!.Value, extent.Cy!.Value);
    }

    private static void AssertNear(SKColor expected, SKColor actual)
    {
        Assert.True(Math.Abs(expected.Red - actual.Red) < 40 && Math.Abs(expected.Green - actual.Green) < 40 && Math.Abs(expected.Blue - actual.Blue) < 40,
            $"expected about {expected}, got {actual}");
    }
}
