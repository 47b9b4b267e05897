using System.Text;
using LocalOfferGen.Building;
using LocalOfferGen.Diagnostics;
using LocalOfferGen.Tests.Pictures;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Tokens;

namespace LocalOfferGen.Tests.Print;

/// <summary>Every picture of the corpus printed in an easy-read PDF and in a leaflet of its own, read back: raster
/// pictures embedded upright at no more than 300 ppi at their placed size, SVG as vectors (a form, no image), each a
/// tagged Figure with its alternative text.</summary>
public sealed class PrintPictureTests
{
    private static readonly Lazy<(TestContent Content, BuildResult Result)> Built = new(BuildCorpusSite);

    private static IReadOnlyList<PictureCorpus.Sample> Samples => PictureCorpus.Readable();

    private static string LeafletId(PictureCorpus.Sample sample) => "picture-" + sample.Name.Replace('.', '-');

    private static string Alt(PictureCorpus.Sample sample) => $"Picture {sample.Name}";

    private static (TestContent, BuildResult) BuildCorpusSite()
    {
        var content = new TestContent();
        AppDomain.CurrentDomain.ProcessExit += (_, _) => content.Dispose();
        PictureCorpus.CopyTo(Path.Combine(content.Content, "images"), broken: false);
        var rows = new StringBuilder();
        foreach (var sample in Samples)
        {
            rows.Append($"![{Alt(sample)}](../../images/{sample.Name}) This is {sample.Name}.\n\n");
            content.Write($"leaflets/{LeafletId(sample)}.yml", $"""
                title: {sample.Name}
                size: a5
                qr: /education/
                sections:
                  - heading: The picture
                    text: |
                      ![{Alt(sample)}](../images/{sample.Name})
                """);
        }
        content.Write("easy-read/education/index.md", $"""
            ---
            title: Pictures
            summary: Every kind of picture.
            reviewed: 2026-09-01
            ---

            ## Pictures

            {rows}
            """);
        var result = content.Build("print");
        return (content, result);
    }

    private static PdfDocument Open(string path) => PdfDocument.Open(Path.Combine(Built.Value.Content.Output, path));

    [Fact]
    public void The_corpus_site_prints()
    {
        var result = Built.Value.Result;
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
    }

    public static TheoryData<string> RasterNames => new(Samples.Where(s => !s.Vector).Select(s => s.Name));

    [Theory]
    [MemberData(nameof(RasterNames))]
    public void A_raster_picture_is_embedded_at_no_more_than_300_ppi_at_its_placed_size(string name)
    {
        var sample = Samples.Single(s => s.Name == name);
        using var pdf = Open($"print/{LeafletId(sample)}.pdf");
        var image = Assert.Single(pdf.GetPages().SelectMany(p => p.GetImages()));
        var placedInches = (Width: image.BoundingBox.Width / 72, Height: image.BoundingBox.Height / 72);
        Assert.True(image.WidthInSamples / placedInches.Width <= 300.01, $"{image.WidthInSamples} px across {placedInches.Width:0.00} in");
        Assert.True(image.HeightInSamples / placedInches.Height <= 300.01, $"{image.HeightInSamples} px down {placedInches.Height:0.00} in");
        // Upright: the placed picture and its pixels have the picture's own shape (an EXIF-6 photo is taller than wide).
        Assert.Equal(sample.Width > sample.Height, image.BoundingBox.Width > image.BoundingBox.Height);
        Assert.Equal(sample.Width > sample.Height, image.WidthInSamples > image.HeightInSamples);
        Assert.Equal((double)sample.Width / sample.Height, image.BoundingBox.Width / image.BoundingBox.Height, 0.05);
        Assert.Contains(PdfReading.StructureTree(pdf), t => t.Type == "Figure" && t.Alt == Alt(sample));
    }

    [Fact]
    public void Every_raster_picture_of_every_pdf_is_device_cmyk_and_nothing_is_painted_in_rgb()
    {
        var pdfs = Directory.GetFiles(Path.Combine(Built.Value.Content.Output, "print"), "*.pdf", SearchOption.AllDirectories);
        var images = 0;
        foreach (var file in pdfs)
        {
            using var pdf = PdfDocument.Open(File.ReadAllBytes(file));
            foreach (var image in pdf.GetPages().SelectMany(p => p.GetImages()))
            {
                images++;
                Assert.True(image.ColorSpaceDetails?.Type is UglyToad.PdfPig.Graphics.Colors.ColorSpace.DeviceCMYK, $"a picture in {file} is {image.ColorSpaceDetails?.Type}");
                // Transparency stays as a gray soft mask, which is no colour.
                if (image.ImageDictionary.TryGet(NameToken.Create("SMask"), pdf.Structure.TokenScanner, out StreamToken? mask))
                    Assert.Equal("DeviceGray", ((NameToken)mask.StreamDictionary.Data["ColorSpace"]).Data);
            }
            var expanded = Path.GetTempFileName();
            try
            {
                PdfReading.Require(PdfReading.Run("qpdf", "--qdf", "--object-streams=disable", file, expanded), "qpdf");
                var text = Encoding.Latin1.GetString(File.ReadAllBytes(expanded));
                Assert.DoesNotContain("/DeviceRGB", text);
                Assert.DoesNotContain("/ICCBased", text);
                Assert.DoesNotContain("/CalRGB", text);
            }
            finally
            {
                File.Delete(expanded);
            }
        }
        Assert.True(images >= 2 * RasterNames.Count, $"only {images} raster pictures in the corpus site's PDFs");
    }

    [Fact]
    public void A_huge_photo_goes_in_reduced_to_300_ppi_at_its_placed_size()
    {
        using var pdf = Open("print/picture-huge-jpg.pdf");
        var image = Assert.Single(pdf.GetPages().SelectMany(p => p.GetImages()));
        Assert.True(image.WidthInSamples < 6000 / 3, $"{image.WidthInSamples} px");
        Assert.Equal(300, image.WidthInSamples / (image.BoundingBox.Width / 72), 2.0);
    }

    [Fact]
    public void A_phone_photo_with_EXIF_orientation_6_is_upright_on_the_page()
    {
        using var pdf = Open("print/picture-phone-exif6-jpg.pdf");
        var image = Assert.Single(pdf.GetPages().SelectMany(p => p.GetImages()));
        // The image matrix places it taller than wide, and its pixels are stored upright (no rotation in the matrix).
        Assert.True(image.BoundingBox.Height > image.BoundingBox.Width, $"placed {image.BoundingBox.Width} × {image.BoundingBox.Height}");
        Assert.True(image.HeightInSamples > image.WidthInSamples, $"{image.WidthInSamples} × {image.HeightInSamples} pixels");
        Assert.Equal(0, image.BoundingBox.Rotation, 0.01);
    }

    [Fact]
    public void An_SVG_is_drawn_as_vectors_in_a_form_tagged_as_a_figure()
    {
        using var pdf = Open("print/picture-drawing-svg.pdf");
        var page = pdf.GetPage(1);
        Assert.Empty(page.GetImages());
        Assert.NotEmpty(FormXObjects(pdf, page));
        Assert.Contains(PdfReading.StructureTree(pdf), t => t.Type == "Figure" && t.Alt == "Picture drawing.svg");
    }

    [Fact]
    public void The_easy_read_PDF_holds_every_picture_each_a_figure_with_its_alt()
    {
        using var pdf = Open("print/easy-read/education.pdf");
        var images = pdf.GetPages().SelectMany(p => p.GetImages()).ToList();
        Assert.Equal(Samples.Count(s => !s.Vector), images.Count);
        Assert.All(images, i => Assert.True(i.WidthInSamples / (i.BoundingBox.Width / 72) <= 300.01));
        Assert.NotEmpty(pdf.GetPages().SelectMany(p => FormXObjects(pdf, p)));
        var figures = PdfReading.StructureTree(pdf).Where(t => t.Type == "Figure").Select(t => t.Alt).ToList();
        foreach (var sample in Samples) Assert.Contains(Alt(sample), figures);
    }

    private static List<DictionaryToken> FormXObjects(PdfDocument pdf, Page page)
    {
        var resources = Resolve(pdf, page.Dictionary.Data["Resources"]) as DictionaryToken;
        if (resources is null || !resources.Data.TryGetValue("XObject", out var xobjects)) return [];
        return ((DictionaryToken)Resolve(pdf, xobjects)).Data.Values
            .Select(v => pdf.Structure.GetObject(((IndirectReferenceToken)v).Data).Data)
            .OfType<StreamToken>()
            .Select(s => s.StreamDictionary)
            .Where(d => d.Data.TryGetValue("Subtype", out var t) && t is NameToken { Data: "Form" })
            .ToList();
    }

    private static IToken Resolve(PdfDocument pdf, IToken token) =>
        token is IndirectReferenceToken reference ? pdf.Structure.GetObject(reference.Data).Data : token;

    [Fact]
    public void Broken_pictures_in_a_leaflet_and_an_easy_read_page_are_located_errors_and_nothing_is_printed()
    {
        using var content = new TestContent();
        PictureCorpus.CopyTo(Path.Combine(content.Content, "images"), broken: true);
        content.Write("leaflets/broken.yml", """
            title: Broken
            size: a5
            qr: /education/
            sections:
              - heading: The picture
                text: |
                  ![A truncated picture](../images/truncated.png)
            """);
        content.Write("easy-read/education/index.md", """
            ---
            title: Pictures
            summary: Broken pictures.
            reviewed: 2026-09-01
            ---

            ## Pictures

            ![Text named as a picture](../../images/text.png) This is not a picture.
            """);
        var result = content.Build("print");
        Assert.False(result.Succeeded);
        var errors = result.Diagnostics.Where(d => d.Code == DiagnosticCodes.PictureUnreadable).ToList();
        var leaflet = Assert.Single(errors, e => e.Path.EndsWith("leaflets/broken.yml"));
        // A link in a YAML block (text: |) is reported at the key's line: the value's own line numbers are not kept.
        Assert.Equal(7, leaflet.Line);
        Assert.Contains("content/images/truncated.png", leaflet.Message);
        Assert.Contains("cut short", leaflet.Message);
        var easyRead = Assert.Single(errors, e => e.Path.EndsWith("easy-read/education/index.md"));
        Assert.Equal(9, easyRead.Line);
        Assert.Contains("content/images/text.png", easyRead.Message);
        Assert.False(Directory.Exists(Path.Combine(content.Output, "print")));
    }
}
