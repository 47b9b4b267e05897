using LocalOfferGen.Diagnostics;

namespace LocalOfferGen.Tests.Print;

/// <summary>Leaflets that cannot be printed fail with a clear error naming the file and line.</summary>
public class PrintErrorTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("lo-print-bad-").FullName;

    private string Content => Path.Combine(_root, "content");

    public PrintErrorTests() => Copy(Repository.Content, Content);

    public void Dispose()
    {
        try { Directory.Delete(_root, recursive: true); } catch (IOException) { }
    }

    private static void Copy(string from, string to)
    {
        foreach (var directory in Directory.GetDirectories(from, "*", SearchOption.AllDirectories))
            Directory.CreateDirectory(directory.Replace(from, to));
        Directory.CreateDirectory(to);
        foreach (var file in Directory.GetFiles(from, "*", SearchOption.AllDirectories))
            File.Copy(file, file.Replace(from, to));
    }

    private void Edit(string leaflet, Func<string, string> change)
    {
        var file = Path.Combine(Content, "leaflets", leaflet + ".yml");
        File.WriteAllText(file, change(File.ReadAllText(file)));
    }

    private Diagnostic BuildExpectingError(string code)
    {
        var result = PrintedSample.Build(Path.Combine(_root, "output"), Content);
        Assert.False(result.Succeeded);
        var error = Assert.Single(result.Diagnostics, d => d.Code == code);
        Assert.Equal(Severity.Error, error.Severity);
        Assert.True(error.Line > 0, $"no line in {error}");
        return error;
    }

    [Fact]
    public void Text_that_does_not_fit_names_the_leaflet_the_section_and_the_missing_space()
    {
        var words = string.Join(' ', Enumerable.Repeat("Short breaks give families time to rest and children time to have fun.", 30));
        Edit("your-local-offer", yaml => yaml + $"  - heading: Far too much to say\n    text: |\n      {words}\n");
        var error = BuildExpectingError(DiagnosticCodes.LeafletOverflow);
        Assert.EndsWith("leaflets/your-local-offer.yml", error.Path);
        Assert.Contains("'Far too much to say'", error.Message);
        Assert.Matches(@"about \d+ mm more is needed", error.Message);
        Assert.Contains("fold: trifold", error.Message);
        var lines = File.ReadAllLines(Path.Combine(Content, "leaflets", "your-local-offer.yml"));
        Assert.Contains("Far too much to say", lines[error.Line - 1]);
    }

    [Fact]
    public void A_missing_page_reference_is_reported_at_its_line()
    {
        Edit("short-breaks", yaml => yaml.Replace("page: social-care/parent-carers", "page: social-care/no-such-page"));
        var error = BuildExpectingError(DiagnosticCodes.UnknownLeafletPage);
        Assert.EndsWith("leaflets/short-breaks.yml", error.Path);
        Assert.Contains("no-such-page", error.Message);
    }

    [Fact]
    public void An_unknown_size_is_reported_at_its_line()
    {
        Edit("short-breaks", yaml => yaml.Replace("size: a5", "size: a4"));
        var error = BuildExpectingError(DiagnosticCodes.InvalidValue);
        Assert.Contains("'size' must be a5 or dl", error.Message);
        Assert.Equal(3, error.Line);
    }

    [Fact]
    public void A_missing_image_is_reported_at_its_line()
    {
        Edit("short-breaks", yaml => yaml.Replace("  - heading: Specialist short breaks\n    text: |\n",
            "  - heading: Specialist short breaks\n    text: |\n      ![Willow House](../images/willow-house.png)\n\n"));
        var error = BuildExpectingError(DiagnosticCodes.MissingImage);
        Assert.EndsWith("leaflets/short-breaks.yml", error.Path);
        Assert.Contains("willow-house.png", error.Message);
    }

    [Fact]
    public void A_picture_in_a_leaflet_is_printed_as_a_figure_with_its_alt_text()
    {
        Edit("short-breaks", yaml => yaml.Replace("size: a5\n", "size: a5\npages: 4\n").Replace("  - heading: Specialist short breaks\n    text: |\n",
            "  - heading: Specialist short breaks\n    text: |\n      ![Children playing at a short breaks club](../images/short-breaks-activity.png)\n\n"));
        var output = Path.Combine(_root, "output");
        var result = PrintedSample.Build(output, Content);
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        using var pdf = UglyToad.PdfPig.PdfDocument.Open(File.ReadAllBytes(Path.Combine(output, "print", "short-breaks.pdf")));
        // The link names the PNG, but an SVG of the same name is beside it: that is what is printed, as vectors.
        Assert.Empty(pdf.GetPages().SelectMany(p => p.GetImages()));
        Assert.Contains(PdfReading.StructureTree(pdf), t => t.Type == "Figure" && t.Alt == "Children playing at a short breaks club");
    }

    [Fact]
    public void A_picture_whose_address_was_removed_as_unsafe_is_an_error_naming_the_section()
    {
        Edit("short-breaks", yaml => yaml.Replace("  - heading: Specialist short breaks\n    text: |\n",
            "  - heading: Specialist short breaks\n    text: |\n      ![A dot](javascript:alert(1))\n\n"));
        var error = BuildExpectingError(DiagnosticCodes.PrintPictureUnusable);
        Assert.Contains("'Specialist short breaks'", error.Message);
        Assert.Contains("removed as unsafe", error.Message);
    }

    [Fact]
    public void An_SVG_without_a_PNG_beside_it_is_printed_as_vectors()
    {
        File.WriteAllText(Path.Combine(Content, "images", "only-svg.svg"),
            "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"10\" height=\"10\"><title>Dot</title><circle cx=\"5\" cy=\"5\" r=\"4\"/></svg>");
        Edit("short-breaks", yaml => yaml.Replace("size: a5\n", "size: a5\npages: 4\n").Replace("  - heading: Specialist short breaks\n    text: |\n",
            "  - heading: Specialist short breaks\n    text: |\n      ![A dot](../images/only-svg.svg)\n\n"));
        var output = Path.Combine(_root, "output");
        var result = PrintedSample.Build(output, Content);
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        using var pdf = UglyToad.PdfPig.PdfDocument.Open(File.ReadAllBytes(Path.Combine(output, "print", "short-breaks.pdf")));
        Assert.Empty(pdf.GetPages().SelectMany(p => p.GetImages()));
        Assert.Contains(PdfReading.StructureTree(pdf), t => t.Type == "Figure" && t.Alt == "A dot");
    }

    [Theory]
    [InlineData("your-local-offer", "size: dl\n", "size: dl\npages: 4\n", DiagnosticCodes.LeafletPagesInvalid)]
    [InlineData("short-breaks", "size: a5\n", "size: a5\nfold: trifold\n", DiagnosticCodes.LeafletFoldInvalid)]
    [InlineData("short-breaks", "size: a5\n", "size: a5\nfold: zigzag\n", DiagnosticCodes.LeafletFoldInvalid)]
    [InlineData("short-breaks", "size: a5\n", "size: a5\npanels_mm: [100, 100, 97]\n", DiagnosticCodes.LeafletPanelsInvalid)]
    [InlineData("preparing-for-adulthood", "fold: trifold\n", "fold: trifold\npanels_mm: [100, 100, 100]\n", DiagnosticCodes.LeafletPanelsInvalid)]
    public void Pages_and_folds_a_size_cannot_have_are_errors(string leaflet, string from, string to, string code)
    {
        Edit(leaflet, yaml => yaml.Replace(from, to));
        var error = BuildExpectingError(code);
        var lines = File.ReadAllLines(Path.Combine(Content, "leaflets", leaflet + ".yml"));
        Assert.Equal(to.Split('\n')[1], lines[error.Line - 1]);
    }

    [Fact]
    public void An_a5_leaflet_may_have_more_pages()
    {
        Edit("short-breaks", yaml => yaml.Replace("size: a5\n", "size: a5\npages: 4\n"));
        var output = Path.Combine(_root, "output");
        var result = PrintedSample.Build(output, Content);
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        using var pdf = UglyToad.PdfPig.PdfDocument.Open(File.ReadAllBytes(Path.Combine(output, "print", "short-breaks.pdf")));
        Assert.Equal(4, pdf.NumberOfPages);
    }

    [Fact]
    public void A_word_too_wide_for_the_column_is_an_error_not_text_in_the_margin()
    {
        Edit("your-local-offer", yaml => yaml.Replace("Every council must publish one.", "Every council must publish one: Exampleshireconsolidatedspecialeducationalneedsservice."));
        var error = BuildExpectingError(DiagnosticCodes.WordTooWide);
        Assert.Contains("Exampleshireconsolidatedspecialeducationalneedsservice", error.Message);
        Assert.Contains("'What is the Local Offer?'", error.Message);
    }

    [Fact]
    public void Crop_marks_without_bleed_are_still_drawn_in_the_slug_and_a_leaflet_may_have_none()
    {
        Edit("short-breaks", yaml => yaml.Replace("size: a5\n", "size: a5\nbleed_mm: 0\n"));
        Edit("your-local-offer", yaml => yaml.Replace("size: dl\n", "size: dl\ncrop_marks: false\n"));
        var output = Path.Combine(_root, "output");
        var result = PrintedSample.Build(output, Content);
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        Assert.DoesNotContain(result.Diagnostics, d => d.Code.StartsWith("LO05", StringComparison.Ordinal));
        using (var pdf = UglyToad.PdfPig.PdfDocument.Open(File.ReadAllBytes(Path.Combine(output, "print", "short-breaks.pdf"))))
        {
            var page = pdf.GetPage(1);
            Assert.Equal((148 + 16) * PdfReading.PointsPerMm, page.Width, 1);
            Assert.Equal(PdfReading.Box(page, "TrimBox"), PdfReading.Box(page, "BleedBox"));
            Assert.Equal(8, page.Paths.Count(PdfReading.IsMark));
        }
        using (var pdf = UglyToad.PdfPig.PdfDocument.Open(File.ReadAllBytes(Path.Combine(output, "print", "your-local-offer.pdf"))))
        {
            // For office printing: no marks and no slug, the page is the trim plus bleed.
            var page = pdf.GetPage(1);
            Assert.Equal((99 + 6) * PdfReading.PointsPerMm, page.Width, 1);
            Assert.Equal(PdfReading.Box(page, "MediaBox"), PdfReading.Box(page, "BleedBox"));
            Assert.DoesNotContain(page.Paths, PdfReading.IsMark);
        }
    }

    [Fact]
    public void A_theme_print_colour_that_is_not_four_percentages_is_an_error_at_its_line()
    {
        var folder = Path.Combine(_root, "themes", "default", "print");
        Directory.CreateDirectory(folder);
        File.WriteAllText(Path.Combine(folder, "colours.txt"), "# council colours\nink: 0 0 0 100\nbrand: 99 63 0 149\n");
        var result = PrintedSample.Build(Path.Combine(_root, "output"), Content);
        Assert.False(result.Succeeded);
        var error = Assert.Single(result.Diagnostics, d => d.Code == DiagnosticCodes.PrintColourInvalid);
        Assert.Equal(3, error.Line);
        Assert.EndsWith("print/colours.txt", error.Path, StringComparison.Ordinal);
        Assert.Contains("'brand: 99 63 0 149'", error.Message);
    }

    [Fact]
    public void A_build_for_office_printing_writes_every_leaflet_without_marks_or_slug()
    {
        var output = Path.Combine(_root, "output");
        var result = PrintedSample.Build(output, Content, printMarks: false);
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        // The leaflets (the A4 books beside them, local-offer.pdf and services.pdf, have no bleed at all).
        foreach (var file in Directory.GetFiles(Path.Combine(output, "print"), "*.pdf").Where(f => Path.GetFileName(f) is not ("local-offer.pdf" or "services.pdf")))
        {
            using var pdf = UglyToad.PdfPig.PdfDocument.Open(File.ReadAllBytes(file));
            foreach (var page in pdf.GetPages())
            {
                Assert.Equal(PdfReading.Box(page, "MediaBox"), PdfReading.Box(page, "BleedBox"));
                Assert.DoesNotContain(page.Paths, PdfReading.IsMark);
            }
        }
    }
}
