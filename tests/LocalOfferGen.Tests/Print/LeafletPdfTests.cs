using LocalOfferGen.Diagnostics;
using UglyToad.PdfPig;

namespace LocalOfferGen.Tests.Print;

/// <summary>Reads the sample's leaflets back as a print shop, a reader and a screen reader would.</summary>
[Collection(PrintedSampleCollection.Name)]
public partial class LeafletPdfTests(PrintedSample sample)
{
    private const double Mm = PdfReading.PointsPerMm;

    private PdfDocument Open(string leaflet) => PdfDocument.Open(File.ReadAllBytes(sample.PathOf($"print/{leaflet}.pdf")));

    [Fact]
    public void The_sample_builds_a_pdf_for_every_leaflet_and_easy_read_page()
    {
        Assert.True(sample.Result.Succeeded, string.Join("\n", sample.Result.Diagnostics));
        Assert.DoesNotContain(sample.Result.Diagnostics, d => d.Severity == Severity.Error);
        foreach (var leaflet in Directory.GetFiles(Path.Combine(Repository.Content, "leaflets"), "*.yml"))
            Assert.True(File.Exists(sample.PathOf($"print/{Path.GetFileNameWithoutExtension(leaflet)}.pdf")), leaflet);
        Assert.True(File.Exists(sample.PathOf("print/easy-read/preparing-for-adulthood.pdf")));
        Assert.True(File.Exists(sample.PathOf("print/easy-read/ehc-plans/asking-for-an-assessment.pdf")));
        Assert.True(File.Exists(sample.PathOf("print/index.html")));
    }

    [Theory]
    [InlineData("your-local-offer", 99, 210, 2)]
    [InlineData("short-breaks", 148, 210, 2)]
    [InlineData("ehc-needs-assessment", 148, 210, 4)]
    [InlineData("preparing-for-adulthood", 297, 210, 2)]
    public void Every_page_is_the_trim_size_plus_3_mm_bleed_plus_the_slug_with_its_boxes(string leaflet, double widthMm, double heightMm, int pages)
    {
        using var pdf = Open(leaflet);
        Assert.Equal(pages, pdf.NumberOfPages);
        foreach (var page in pdf.GetPages())
        {
            // The BleedBox is the trim plus 3 mm on every side; the MediaBox adds the 8 mm slug the marks are in.
            var media = PdfReading.Box(page, "MediaBox");
            var bleed = PdfReading.Box(page, "BleedBox");
            var trim = PdfReading.Box(page, "TrimBox");
            Assert.Equal((widthMm + 6 + 16) * Mm, media[2] - media[0], 1);
            Assert.Equal((heightMm + 6 + 16) * Mm, media[3] - media[1], 1);
            double[] expectedBleed = [8 * Mm, 8 * Mm, (widthMm + 14) * Mm, (heightMm + 14) * Mm];
            double[] expected = [11 * Mm, 11 * Mm, (widthMm + 11) * Mm, (heightMm + 11) * Mm];
            for (var i = 0; i < 4; i++) Assert.Equal(expectedBleed[i], bleed[i], 1);
            for (var i = 0; i < 4; i++) Assert.Equal(expected[i], trim[i], 1);
        }
    }

    [Theory]
    [InlineData("your-local-offer")]
    [InlineData("short-breaks")]
    [InlineData("ehc-needs-assessment")]
    [InlineData("preparing-for-adulthood")]
    public void All_text_is_at_least_12_pt_and_5_mm_inside_the_trim(string leaflet)
    {
        using var pdf = Open(leaflet);
        foreach (var page in pdf.GetPages())
        {
            var trim = PdfReading.Box(page, "TrimBox");
            foreach (var letter in page.Letters.Where(l => !string.IsNullOrWhiteSpace(l.Value)))
            {
                Assert.True(letter.PointSize >= 12 - 0.01, $"'{letter.Value}' is {letter.PointSize} pt");
                var box = letter.BoundingBox;
                Assert.True(box.Left >= trim[0] + 5 * Mm - 0.5 && box.Right <= trim[2] - 5 * Mm + 0.5, $"'{letter.Value}' at x {box.Left:0} crosses the side margin on page {page.Number}");
                Assert.True(box.Bottom >= trim[1] + 5 * Mm - 0.5 && box.Top <= trim[3] - 5 * Mm + 0.5, $"'{letter.Value}' at y {box.Bottom:0} crosses the top or bottom margin on page {page.Number}");
            }
        }
    }

    [Fact]
    public void Every_section_is_present_in_order_then_the_contact_details()
    {
        using var pdf = Open("ehc-needs-assessment");
        var text = PdfReading.Text(pdf);
        string[] expected =
        [
            "EHC needs assessments",
            "What is an EHC needs assessment?",
            "Asking for an EHC needs assessment", "localoffer.example.gov.uk/ehc-plans/asking-for-an-assessment/",
            "What happens in an EHC needs assessment", "localoffer.example.gov.uk/ehc-plans/the-assessment/",
            "Asking for an EHC needs assessment", "Talk to your child's school or nursery", "within 20 weeks of your request", "Every step in full:", "localoffer.example.gov.uk/journeys/ehc-needs-assessment/",
            "Free help for you",
            "Contact us", "01234 567890", "localoffer@example.gov.uk", "County Hall, Example Street", "Monday to Friday, 9am to 5pm",
            "This leaflet is available in other formats: phone 01234 567890.",
            "localoffer.example.gov.uk/ehc-plans/",
        ];
        var at = 0;
        var flat = string.Join(" ", text.Split(' ', StringSplitOptions.RemoveEmptyEntries));
        foreach (var phrase in expected)
        {
            var found = flat.IndexOf(phrase, at, StringComparison.Ordinal);
            Assert.True(found >= 0, $"'{phrase}' is missing or out of order after position {at}");
            at = found + phrase.Length;
        }
    }

    [Fact]
    public void The_structure_tree_has_headings_in_order_lists_links_and_the_qr_code_with_alt_text()
    {
        using var pdf = Open("your-local-offer");
        var tags = PdfReading.StructureTree(pdf);
        Assert.Equal("Document", tags[0].Type);
        var headings = tags.Where(t => t.Type.StartsWith('H')).Select(t => t.Type).ToList();
        Assert.Equal(["H1", "H2", "H2", "H2", "H2", "H2"], headings);
        Assert.Contains(tags, t => t.Type == "P");
        Assert.Contains(tags, t => t.Type == "L");
        Assert.Equal(6, tags.Count(t => t.Type == "LI"));
        Assert.Contains(tags, t => t.Type == "Lbl");
        Assert.Contains(tags, t => t.Type == "LBody");
        Assert.Contains(tags, t => t.Type == "Link");
        // The logo on the front band and the QR code on the back.
        Assert.Equal(["Exampleshire County Council logo", "QR code that opens https://localoffer.example.gov.uk/"], tags.Where(t => t.Type == "Figure").Select(t => t.Alt));
    }

    [Fact]
    public void A_trifold_has_roll_fold_panels_of_100_100_and_97_mm_and_its_text_keeps_8_mm_from_each_fold()
    {
        using var pdf = Open("preparing-for-adulthood");
        // Inside, left to right: panels 2, 3 and 4 start at 0, 100 and 200 mm from the trim's left edge; the
        // outside mirrors them (flap 5 of 97 mm, back 6, front 1 from 197 mm).
        (int Page, double[] Folds)[] sides = [(1, [97, 197]), (2, [100, 200])];
        foreach (var (number, folds) in sides)
        {
            var page = pdf.GetPage(number);
            var trim = PdfReading.Box(page, "TrimBox");
            double[] edges = [0, .. folds, 297];
            var letters = page.Letters.Where(l => !string.IsNullOrWhiteSpace(l.Value)).ToList();
            for (var panel = 0; panel < 3; panel++)
            {
                var (left, right) = (trim[0] + edges[panel] * Mm, trim[0] + edges[panel + 1] * Mm);
                var inPanel = letters.Where(l => l.BoundingBox.Left >= left && l.BoundingBox.Left < right).ToList();
                Assert.NotEmpty(inPanel);
                Assert.Equal(left + 8 * Mm, inPanel.Min(l => l.StartBaseLine.X), 0.5);
                var overFold = inPanel.FirstOrDefault(l => l.BoundingBox.Right > right - 8 * Mm + 0.5);
                Assert.True(overFold is null, $"'{overFold?.Value}' on page {number} comes within 8 mm of the fold at {edges[panel + 1]} mm");
            }
        }
    }

    [Fact]
    public void A_trifold_reads_panel_by_panel_in_order_whatever_side_it_is_printed_on()
    {
        using var pdf = Open("preparing-for-adulthood");
        var tags = PdfReading.StructureTree(pdf);
        // Six panels, each a division, in reading order: the front's title first, the contact details last.
        Assert.Equal(6, tags.Count(t => t.Type == "Div"));
        Assert.Equal("H1", tags.First(t => t.Type.StartsWith('H')).Type);
        var figure = tags.FindIndex(t => t.Type == "Figure" && t.Alt!.StartsWith("QR code", StringComparison.Ordinal));
        Assert.True(figure > tags.FindLastIndex(t => t.Type == "H2") - 1, "the QR code comes after every section");
        // Printed sides: the outside holds the flap, the back and the front (title on the right-hand panel).
        var front = pdf.GetPage(1).GetWords().First(w => w.Text == "Getting");
        Assert.True(front.BoundingBox.Left > 198 * Mm, "the front cover is the right-hand panel of the outside");
        Assert.Contains("Contact us", string.Join(" ", pdf.GetPage(1).GetWords().Select(w => w.Text)));
    }

    [Fact]
    public void The_document_has_its_title_language_and_pdf_ua_metadata()
    {
        using var pdf = Open("short-breaks");
        Assert.Equal("Short breaks for disabled children", pdf.Information.Title);
        var catalog = pdf.Structure.Catalog.CatalogDictionary;
        Assert.Equal("en-GB", ((UglyToad.PdfPig.Tokens.StringToken)catalog.Data["Lang"]).Data);
        Assert.True(pdf.TryGetXmpMetadata(out var xmp));
        var xml = System.Text.Encoding.UTF8.GetString(xmp.GetXmlBytes().ToArray());
        Assert.Contains("<pdfuaid:part>1</pdfuaid:part>", xml);
        Assert.Contains("Short breaks for disabled children", xml);
        Assert.Contains("2026-11-16T00:00:00Z", xml);
    }

    [Fact]
    public void Pdfinfo_says_tagged_and_qpdf_finds_no_errors()
    {
        foreach (var file in Directory.GetFiles(sample.PathOf("print"), "*.pdf", SearchOption.AllDirectories))
        {
            var info = PdfReading.Require(PdfReading.Run("pdfinfo", file), "pdfinfo");
            Assert.Contains("Tagged:          yes", info.Output);
            var check = PdfReading.Require(PdfReading.Run("qpdf", "--check", file), "qpdf");
            Assert.True(check.Code == 0, $"{file}: {check.Output}");
            Assert.DoesNotContain("WARNING", check.Output);
        }
    }

    [Theory]
    [InlineData("your-local-offer", "https://localoffer.example.gov.uk/")]
    [InlineData("short-breaks", "https://localoffer.example.gov.uk/social-care/short-breaks/")]
    [InlineData("preparing-for-adulthood", "https://localoffer.example.gov.uk/preparing-for-adulthood/")]
    public void The_qr_code_scans_to_the_intended_address(string leaflet, string url)
    {
        var folder = Directory.CreateTempSubdirectory("lo-qr-").FullName;
        try
        {
            // The QR code is on the back (page 2) of flat leaflets and on the outside (page 1) of a trifold.
            var page = leaflet == "preparing-for-adulthood" ? "1" : "2";
            var image = Path.Combine(folder, "page");
            PdfReading.Require(PdfReading.Run("pdftoppm", "-png", "-r", "150", "-f", page, "-l", page, "-singlefile",
                sample.PathOf($"print/{leaflet}.pdf"), image), "pdftoppm");
            var scan = PdfReading.Require(PdfReading.Run("zbarimg", "-q", "--raw", image + ".png"), "zbarimg");
            Assert.Contains(url, scan.Output.Split('\n', StringSplitOptions.TrimEntries));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public void The_same_content_gives_byte_identical_pdfs()
    {
        var again = Path.Combine(Path.GetTempPath(), "lo-print-again-" + Guid.NewGuid().ToString("N"));
        try
        {
            Assert.True(PrintedSample.Build(again).Succeeded);
            foreach (var file in Directory.GetFiles(sample.PathOf("print"), "*", SearchOption.AllDirectories))
            {
                var relative = Path.GetRelativePath(sample.Output, file);
                Assert.True(File.ReadAllBytes(file).AsSpan().SequenceEqual(File.ReadAllBytes(Path.Combine(again, relative))), $"{relative} differs");
            }
        }
        finally
        {
            Directory.Delete(again, recursive: true);
        }
    }

    [Fact]
    public void Easy_read_pdfs_put_pictures_beside_words_of_at_least_16_pt()
    {
        using var pdf = PdfDocument.Open(File.ReadAllBytes(sample.PathOf("print/easy-read/preparing-for-adulthood.pdf")));
        var page = pdf.GetPage(1);
        Assert.Equal(210 * Mm, page.Width, 1);
        Assert.Equal(297 * Mm, page.Height, 1);
        // The pictures are the sample's SVGs, drawn as vectors: a label inside a picture ("Council") is the picture's
        // own small text, so only the letters right of the picture column are the page's words.
        var pictureColumnRight = (20 + 32) * Mm;
        Assert.All(pdf.GetPages().SelectMany(p => p.Letters).Where(l => !string.IsNullOrWhiteSpace(l.Value) && l.Location.X > pictureColumnRight),
            l => Assert.True(l.PointSize >= 16 - 0.01, $"'{l.Value}' is {l.PointSize} pt"));
        Assert.Empty(page.GetImages());
        var firstWords = page.GetWords().First(w => w.Text == "Getting" && w.Letters[0].PointSize < 20); // a row's words, not the title
        Assert.True(firstWords.BoundingBox.Left > pictureColumnRight, "the words sit to the right of the picture");
        var tags = PdfReading.StructureTree(pdf);
        Assert.Contains(tags, t => t.Type == "Figure" && t.Alt == "A young person smiling and waving");
        Assert.Contains("Call us on 01234 567890", PdfReading.Text(pdf));
    }

    [Fact]
    public void The_print_team_page_lists_every_leaflet_with_its_size_and_a_download_link()
    {
        var html = File.ReadAllText(sample.PathOf("print/index.html"));
        var document = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(html);
        var links = document.QuerySelectorAll("a[download]").Select(a => a.GetAttribute("href")).ToList();
        Assert.Contains("your-local-offer.pdf", links);
        Assert.Contains("easy-read/ehc-plans/asking-for-an-assessment.pdf", links);
        var text = document.Body!.TextContent;
        Assert.Contains("DL trifold", text);
        Assert.Contains("A5 (148 × 210 mm), 2 pages", text);
        Assert.Equal("en-GB", document.DocumentElement.GetAttribute("lang"));
    }
}
