using System.Text.RegularExpressions;
using LocalOfferGen.Journeys;
using LocalOfferGen.Loading;
using LocalOfferGen.Markdown;
using Site = LocalOfferGen.Model.Site;
using UglyToad.PdfPig;
using Page = UglyToad.PdfPig.Content.Page;

namespace LocalOfferGen.Tests.Print;

/// <summary>Reads each journey's whole guide (print/journeys/&lt;slug&gt;.pdf) back as a reader and a screen reader
/// get it, against the journeys as the content defines them.</summary>
[Collection(PrintedSampleCollection.Name)]
public sealed class JourneyPdfTests(PrintedSample sample)
{
    private const double Mm = PdfReading.PointsPerMm;
    private const double MarginMm = 18, GutterMm = 17, FooterTopMm = 297 - 30;

    private static readonly Lazy<Site> Content = new(() => ContentLoader.Load(Repository.Content).Site!);

    public static TheoryData<string> Journeys => new(Content.Value.Journeys.Select(j => j.Slug));

    private static Journey JourneyOf(string slug) => Content.Value.FindJourney(slug)!;

    private PdfDocument Open(string slug) =>
        PdfDocument.Open(File.ReadAllBytes(sample.PathOf(JourneyUrls.ForPdf(slug).TrimStart('/'))));

    /// <summary>Text without any spaces, so words wrapped onto another line (an address broken after a slash) still match.</summary>
    private static string Squashed(string text) => Regex.Replace(text, @"\s+", "");

    private static string Absolute(string url) => url.StartsWith('/') ? "https://localoffer.example.gov.uk" + url : url;

    private static string Printed(string url) => Regex.Replace(Absolute(url), "^https?://", "");

    /// <summary>The words above the footer, in reading order.</summary>
    private static IEnumerable<UglyToad.PdfPig.Content.Word> BodyWords(Page page) =>
        page.GetWords().Where(w => w.BoundingBox.Bottom > page.Height - FooterTopMm * Mm);

    [Fact]
    public void The_sample_has_journeys_and_every_one_gets_its_guide()
    {
        Assert.True(sample.Result.Succeeded, string.Join("\n", sample.Result.Diagnostics));
        Assert.NotEmpty(Content.Value.Journeys);
        // The sample shows GOV.UK's "and"/"or" steps, so the tests below see them drawn.
        Assert.Contains(Content.Value.Journeys.SelectMany(j => j.Steps), s => s.Join != JourneyJoin.None);
        foreach (var journey in Content.Value.Journeys)
            Assert.True(File.Exists(sample.PathOf($"print/journeys/{journey.Slug}.pdf")), journey.Slug);
    }

    [Theory]
    [MemberData(nameof(Journeys))]
    public void The_guide_gives_the_title_summary_and_every_step_with_its_timing_text_and_link_addresses_in_order(string slug)
    {
        var journey = JourneyOf(slug);
        using var pdf = Open(slug);
        Assert.Equal(journey.Title, pdf.Information.Title);
        var text = Squashed(string.Join(" ", pdf.GetPages().SelectMany(BodyWords).Select(w => w.Text)));
        var expected = new List<string> { journey.Title, journey.Summary };
        // The words of the steps' text, read with the addresses printed after links left out.
        var words = new List<string> { journey.Summary };
        foreach (var step in journey.Steps)
        {
            expected.Add(step.Heading);
            if (step.Timing is { } timing) expected.Add("When: " + timing);
            var paragraphs = MarkdownWalker.All<Markdig.Syntax.ParagraphBlock>(step.Text.Document).Select(p => MarkdownWalker.PlainText(p)).ToList();
            expected.Add(paragraphs[0][..Math.Min(20, paragraphs[0].Length)]);
            words.AddRange(paragraphs);
            foreach (var link in step.Links) expected.AddRange([link.Text, $"({Printed(link.Url)})"]);
        }
        expected.Add(Printed(journey.Url));
        InOrder(text, expected);
        InOrder(Regex.Replace(text, @"\((localoffer\.example\.gov\.uk|www\.)[^()]*\)", ""), words);
    }

    private static void InOrder(string text, IEnumerable<string> phrases)
    {
        var at = 0;
        foreach (var phrase in phrases.Select(Squashed))
        {
            var found = text.IndexOf(phrase, at, StringComparison.Ordinal);
            Assert.True(found >= 0, $"'{phrase}' is missing or out of order after \"{text[Math.Max(0, at - 40)..at]}\"");
            at = found + phrase.Length;
        }
    }

    [Theory]
    [MemberData(nameof(Journeys))]
    public void Each_step_has_its_number_or_and_or_beside_its_heading_in_the_left_column(string slug)
    {
        var journey = JourneyOf(slug);
        using var pdf = Open(slug);
        var gutter = (MarginMm + GutterMm) * Mm;
        var labels = new List<string>();
        foreach (var page in pdf.GetPages())
        {
            var words = BodyWords(page).ToList();
            // The left column holds nothing but the labels: the title and the end of the guide start at the margin.
            var column = words.Where(w => w.BoundingBox.Left > (MarginMm + 3) * Mm && w.BoundingBox.Right < gutter
                && !words.Any(o => o.BoundingBox.Left < w.BoundingBox.Left && Math.Abs(o.BoundingBox.Centroid.Y - w.BoundingBox.Centroid.Y) < 3)).ToList();
            labels.AddRange(column.Select(w => w.Text));
            // Each label is level with its step's heading: the heading's first word is on the same line.
            foreach (var label in column)
                Assert.Contains(words, w => w.BoundingBox.Left > gutter && Math.Abs(w.BoundingBox.Centroid.Y - label.BoundingBox.Centroid.Y) < 4
                    && w.Letters[0].PointSize >= 19.9);
        }
        Assert.Equal(journey.Steps.Select(s => s.Label), labels);
    }

    [Theory]
    [MemberData(nameof(Journeys))]
    public void Every_page_has_a_footer_with_the_council_the_date_the_address_and_its_page_number(string slug)
    {
        var journey = JourneyOf(slug);
        using var pdf = Open(slug);
        Assert.True(pdf.NumberOfPages >= 1);
        var date = journey.Reviewed.ToString("d MMMM yyyy", System.Globalization.CultureInfo.InvariantCulture);
        foreach (var page in pdf.GetPages())
        {
            var footer = string.Join(" ", page.GetWords().Where(w => w.BoundingBox.Top < page.Height - FooterTopMm * Mm).Select(w => w.Text));
            Assert.Contains("Exampleshire County Council", footer);
            Assert.Contains(date, footer);
            Assert.Contains($"Page {page.Number} of {pdf.NumberOfPages}", footer);
            Assert.Contains(Printed(journey.Url), footer);
            Assert.True(page.Letters.Min(l => l.GlyphRectangle.Bottom) >= 10 * Mm, $"text within 10 mm of the foot of page {page.Number}");
        }
    }

    [Theory]
    [MemberData(nameof(Journeys))]
    public void The_words_are_in_large_print(string slug)
    {
        using var pdf = Open(slug);
        foreach (var page in pdf.GetPages())
            foreach (var word in BodyWords(page))
                Assert.True(word.Letters.All(l => l.PointSize >= 14 - 0.01), $"'{word.Text}' on page {page.Number} is {word.Letters[0].PointSize} pt");
        // The steps' words are 16 pt, as easy-read documents are.
        Assert.Equal(16, pdf.GetPages().SelectMany(BodyWords).SelectMany(w => w.Letters).GroupBy(l => Math.Round(l.PointSize)).MaxBy(g => g.Count())!.Key);
    }

    [Theory]
    [MemberData(nameof(Journeys))]
    public void The_structure_tree_is_a_title_and_a_list_of_steps_each_with_its_label_and_heading(string slug)
    {
        var journey = JourneyOf(slug);
        using var pdf = Open(slug);
        var tags = PdfReading.StructureTree(pdf);
        Assert.Equal("Document", tags[0].Type);
        Assert.Single(tags, t => t.Type == "H1");
        Assert.Equal(journey.Steps.Count + 1, tags.Count(t => t.Type == "H2")); // every step, and "Read this guide online"
        var steps = tags.Where(t => t.Type == "L").Min(t => t.Depth);
        // One label per step: each step's number (or "and"/"or") is read with it.
        Assert.Equal(journey.Steps.Count, tags.Count(t => t.Type == "Lbl" && t.Depth == steps + 2));
        Assert.True(tags.Count(t => t.Type == "Link") >= journey.Steps.Sum(s => s.Links.Count) * 2);
        var figure = Assert.Single(tags, t => t.Type == "Figure");
        Assert.Equal($"QR code that opens {Absolute(journey.Url)}", figure.Alt);
        // Each link opens its full address, from its words and from the address printed after them.
        var opened = pdf.GetPages().SelectMany(p => p.GetAnnotations()).Select(a => a.Action).OfType<UglyToad.PdfPig.Actions.UriAction>()
            .Select(a => a.Uri).ToList();
        foreach (var link in journey.Steps.SelectMany(s => s.Links)) Assert.True(opened.Count(u => u == Absolute(link.Url)) >= 2, link.Url);
    }

    [Fact]
    public void The_qr_code_at_the_end_opens_the_journey_page()
    {
        var journey = Content.Value.Journeys[0];
        var folder = Directory.CreateTempSubdirectory("lo-journey-qr-").FullName;
        try
        {
            int pages;
            using (var pdf = Open(journey.Slug)) pages = pdf.NumberOfPages;
            var image = Path.Combine(folder, "page");
            PdfReading.Require(PdfReading.Run("pdftoppm", "-png", "-r", "150", "-f", $"{pages}", "-l", $"{pages}", "-singlefile",
                sample.PathOf($"print/journeys/{journey.Slug}.pdf"), image), "pdftoppm");
            var scan = PdfReading.Require(PdfReading.Run("zbarimg", "-q", "--raw", image + ".png"), "zbarimg");
            Assert.Contains(Absolute(journey.Url), scan.Output.Split('\n', StringSplitOptions.TrimEntries));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public void The_print_team_page_lists_every_guide()
    {
        var document = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(File.ReadAllText(sample.PathOf("print/index.html")));
        var links = document.QuerySelectorAll("#journeys ~ ul a[download]").Select(a => a.GetAttribute("href")).ToList();
        foreach (var journey in Content.Value.Journeys) Assert.Contains($"journeys/{journey.Slug}.pdf", links);
    }
}
