using LocalOfferGen.Diagnostics;
using LocalOfferGen.Tests.Word;
using SkiaSharp;
using UglyToad.PdfPig;

namespace LocalOfferGen.Tests.Print;

/// <summary>site.yml's logo on the leaflets' fronts and the easy-read PDFs, read back from the sample (shares the
/// sample build of <see cref="LeafletPdfTests"/>).</summary>
public partial class LeafletPdfTests
{
    private const string LogoAlt = "Exampleshire County Council logo";

    [Theory]
    [InlineData("your-local-offer", false)]
    [InlineData("short-breaks", false)]
    [InlineData("ehc-needs-assessment", false)]
    [InlineData("preparing-for-adulthood", true)]
    public void The_logo_is_on_the_front_band_right_of_the_title_inside_the_margins(string leaflet, bool trifold)
    {
        using var pdf = Open(leaflet);
        Assert.Contains(PdfReading.StructureTree(pdf), t => t.Type == "Figure" && t.Alt == LogoAlt);
        var (number, box) = Assert.Single(FigureBoxes(pdf), f => f.Box.Height > 15 * Mm && f.Box.Height < 17 * Mm);
        Assert.Equal(1, number);
        var page = pdf.GetPage(1);
        var trim = PdfReading.Box(page, "TrimBox");
        Assert.Equal(16 * Mm, box.Height, 0.5);
        // At the top of the front (the right-hand panel of a trifold's outside), against its right margin, in the band.
        Assert.True(box.Top <= trim[3] - 5 * Mm && box.Top >= trim[3] - 15 * Mm, $"the logo's top is at {box.Top:0}, trim top {trim[3]:0}");
        Assert.True(box.Right <= trim[2] - 5 * Mm + 0.5 && box.Right >= trim[2] - 15 * Mm, $"the logo's right is at {box.Right:0}, trim right {trim[2]:0}");
        if (trifold) Assert.True(box.Left > trim[0] + 197 * Mm, "the logo is on the front panel");
        // The title stays left of it.
        var title = page.GetWords().Where(w => w.BoundingBox.Bottom > box.Bottom - 1 && w.BoundingBox.Left > (trifold ? trim[0] + 197 * Mm : 0)).ToList();
        Assert.NotEmpty(title);
        Assert.All(title, w => Assert.True(w.BoundingBox.Right < box.Left, $"'{w.Text}' runs under the logo"));
    }

    [Fact]
    public void Every_easy_read_pdf_has_the_logo_above_its_title()
    {
        foreach (var file in Directory.GetFiles(sample.PathOf("print/easy-read"), "*.pdf", SearchOption.AllDirectories))
        {
            using var pdf = PdfDocument.Open(File.ReadAllBytes(file));
            var tags = PdfReading.StructureTree(pdf);
            Assert.Equal(LogoAlt, tags.First(t => t.Type == "Figure").Alt);
            var (number, box) = FigureBoxes(pdf).OrderByDescending(f => f.Box.Top).First(f => f.Page == 1);
            Assert.Equal(20 * Mm, box.Height, 0.5);
            var titleTop = pdf.GetPage(1).Letters.Where(l => l.PointSize > 20).Max(l => l.GlyphRectangle.Top);
            Assert.True(box.Bottom > titleTop, $"the logo in {file} is not above the title");
        }
    }
}

/// <summary>A logo that cannot be used, or a picture with too few pixels for its printed size, said at its line.</summary>
public sealed class PrintLogoErrorTests : IDisposable
{
    private readonly PlantedContent _content = new();

    public void Dispose() => _content.Dispose();

    private string Output => Path.Combine(_content.Root, "print-output");

    private static byte[] Png(int width, int height)
    {
        using var bitmap = new SKBitmap(width, height);
        bitmap.Erase(new SKColor(11, 61, 107));
        using var data = bitmap.Encode(SKEncodedImageFormat.Png, 100);
        return data.ToArray();
    }

    private void Logo(string value) =>
        File.WriteAllText(Path.Combine(_content.Content, "site.yml"),
            File.ReadAllText(Path.Combine(_content.Content, "site.yml")).Replace("logo: images/logo.svg", "logo: " + value));

    private int LogoLine() => Array.FindIndex(File.ReadAllLines(Path.Combine(_content.Content, "site.yml")), l => l.StartsWith("logo:", StringComparison.Ordinal)) + 1;

    [Theory]
    [InlineData("images/no-such-logo.svg", null, "must be an SVG or PNG file under content/images")]
    [InlineData("images/logo.jpg", "jpeg", "must be an SVG or PNG file under content/images")]
    [InlineData("../site.yml", null, "must be an SVG or PNG file under content/images")]
    [InlineData("images/broken-logo.png", "broken", "cannot be used")]
    public void A_logo_that_is_missing_not_svg_or_png_or_unreadable_is_an_error_at_its_line(string value, string? file, string says)
    {
        if (file == "jpeg") File.WriteAllBytes(Path.Combine(_content.Content, "images", "logo.jpg"), Png(300, 300));
        if (file == "broken") File.WriteAllText(Path.Combine(_content.Content, "images", "broken-logo.png"), "<html>404</html>");
        Logo(value);
        var result = PrintedSample.Build(Output, _content.Content);
        Assert.False(result.Succeeded);
        var error = Assert.Single(result.Diagnostics, d => d.Code == DiagnosticCodes.LogoUnusable);
        Assert.Equal(Severity.Error, error.Severity);
        Assert.EndsWith("site.yml", error.Path);
        Assert.Equal(LogoLine(), error.Line);
        Assert.Contains(says, error.Message);
    }

    [Fact]
    public void A_logo_with_too_few_pixels_for_its_printed_height_stops_the_build_at_its_line()
    {
        File.WriteAllBytes(Path.Combine(_content.Content, "images", "small-logo.png"), Png(60, 60));
        Logo("images/small-logo.png");
        var result = PrintedSample.Build(Output, _content.Content);
        Assert.False(result.Succeeded);
        var error = Assert.Single(result.Diagnostics, d => d.Code == DiagnosticCodes.PictureResolutionTooLow);
        Assert.Equal(Severity.Error, error.Severity);
        Assert.EndsWith("site.yml", error.Path);
        Assert.Equal(LogoLine(), error.Line);
        Assert.Contains("76 pixels per inch", error.Message); // 60 pixels over 20 mm
        Assert.Contains("at least 237 × 237 pixels", error.Message);
        Assert.False(Directory.Exists(Path.Combine(Output, "print")) && Directory.GetFiles(Path.Combine(Output, "print"), "*.pdf", SearchOption.AllDirectories).Length > 0);
    }

    [Fact]
    public void A_png_logo_sharp_enough_prints_and_below_300_ppi_warns()
    {
        File.WriteAllBytes(Path.Combine(_content.Content, "images", "png-logo.png"), Png(200, 200));
        Logo("images/png-logo.png");
        var result = PrintedSample.Build(Output, _content.Content);
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        var warning = Assert.Single(result.Diagnostics, d => d.Code == DiagnosticCodes.PictureResolutionLow);
        Assert.Equal(LogoLine(), warning.Line);
        using var pdf = PdfDocument.Open(File.ReadAllBytes(Path.Combine(Output, "print", "short-breaks.pdf")));
        var image = Assert.Single(pdf.GetPage(1).GetImages());
        Assert.Equal(16 * PdfReading.PointsPerMm, image.Bounds.Height, 0.5);
    }

    [Fact]
    public void A_picture_below_300_ppi_at_its_placed_size_warns_at_its_section_and_is_never_placed_below_150()
    {
        File.WriteAllBytes(Path.Combine(_content.Content, "images", "club.png"), Png(400, 300));
        var leaflet = Path.Combine(_content.Content, "leaflets", "short-breaks.yml");
        File.WriteAllText(leaflet, File.ReadAllText(leaflet).Replace("size: a5\n", "size: a5\npages: 4\n").Replace("  - heading: Specialist short breaks\n    text: |\n",
            "  - heading: Specialist short breaks\n    text: |\n      ![Children at a club](../images/club.png)\n\n"));
        var result = PrintedSample.Build(Output, _content.Content);
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        var warning = Assert.Single(result.Diagnostics, d => d.Code == DiagnosticCodes.PictureResolutionLow);
        Assert.EndsWith("leaflets/short-breaks.yml", warning.Path);
        Assert.Contains("Specialist short breaks", File.ReadAllLines(leaflet)[warning.Line - 1]);
        Assert.Contains("'images/club.png' in 'Specialist short breaks' prints at 150 pixels per inch", warning.Message);
        using var pdf = PdfDocument.Open(File.ReadAllBytes(Path.Combine(Output, "print", "short-breaks.pdf")));
        var image = Assert.Single(pdf.GetPages().SelectMany(p => p.GetImages()), i => i.Bounds.Width > 40 * PdfReading.PointsPerMm);
        Assert.Equal(400 / 150.0 * 72, image.Bounds.Width, 0.5);
    }
}
