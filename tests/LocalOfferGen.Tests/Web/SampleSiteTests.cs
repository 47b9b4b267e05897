using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using LocalOfferGen.Diagnostics;

namespace LocalOfferGen.Tests.Web;

/// <summary>The whole sample, built: every page is well formed and accessible by construction, and every
/// internal link, anchor and image resolves.</summary>
public class SampleSiteTests(SampleBuild sample) : IClassFixture<SampleBuild>
{
    private static readonly HtmlParser Parser = new();

    private IEnumerable<(string File, IDocument Document)> Pages() =>
        sample.HtmlFiles.Where(f => !f.Contains($"{Path.DirectorySeparatorChar}audit{Path.DirectorySeparatorChar}"))
            .Select(f => (f, (IDocument)Parser.ParseDocument(File.ReadAllText(f))));

    [Fact]
    public void The_sample_builds_with_no_errors_or_warnings()
    {
        Assert.True(sample.Result.Succeeded, string.Join("\n", sample.Result.Diagnostics));
        Assert.Empty(sample.Result.Diagnostics.Where(d => d.Severity == Severity.Error).Select(d => d.ToString()));
        Assert.True(sample.Result.Site!.Pages.Count >= 30);
        Assert.True(sample.Result.Site.Services.Count >= 25);
    }

    [Fact]
    public void Every_internal_link_anchor_and_image_resolves()
    {
        var broken = new List<string>();
        // The What's on pages link to the events' calendar files, which the calendar part of the build writes; in a
        // build without any calendar file those links are the only ones not checked.
        var calendarsBuilt = Directory.EnumerateFiles(sample.Output, "*.ics", SearchOption.AllDirectories).Any();
        foreach (var (file, document) in Pages())
        {
            var references = document.QuerySelectorAll("a[href]").Select(e => e.GetAttribute("href")!)
                .Concat(document.QuerySelectorAll("img[src], script[src]").Select(e => e.GetAttribute("src")!))
                .Concat(document.QuerySelectorAll("link[href]").Where(l => l.GetAttribute("rel") != "canonical").Select(e => e.GetAttribute("href")!));
            foreach (var reference in references)
            {
                if (reference.Contains(':') || reference.StartsWith("//")) continue; // external, mailto:, tel:
                if (!calendarsBuilt && reference.EndsWith(".ics", StringComparison.Ordinal)) continue;
                if (!Resolves(file, reference, document)) broken.Add($"{Path.GetRelativePath(sample.Output, file)}: {reference}");
            }
        }
        Assert.Empty(broken);
    }

    private bool Resolves(string file, string reference, IDocument document)
    {
        var hash = reference.IndexOf('#');
        var path = hash < 0 ? reference : reference[..hash];
        var fragment = hash < 0 ? null : reference[(hash + 1)..];
        if (path.Length == 0) return fragment is null || fragment.Length == 0 || document.GetElementById(fragment) is not null || fragment == "print";
        if (Path.GetFileName(file) == "404.html") path = path.TrimStart('/'); // the 404 page links from the root
        var target = Path.GetFullPath(Path.Combine(Path.GetDirectoryName(file)!, Uri.UnescapeDataString(path)));
        if (Directory.Exists(target)) target = Path.Combine(target, "index.html");
        if (!File.Exists(target)) return false;
        if (string.IsNullOrEmpty(fragment) || !target.EndsWith(".html")) return true;
        return Parser.ParseDocument(File.ReadAllText(target)).GetElementById(fragment) is not null;
    }

    [Fact]
    public void Every_page_and_service_a_sample_journey_uses_shows_part_of_with_its_steps_and_the_steps_either_side()
    {
        var site = sample.Result.Site!;
        Assert.Equal(3, site.Journeys.Count);
        foreach (var journey in site.Journeys)
            foreach (var url in journey.LinkedUrls)
            {
                var document = Parser.ParseDocument(sample.Read(url.TrimStart('/') + "index.html"));
                var box = Assert.Single(document.QuerySelectorAll("nav.step-nav-related"), b => b.GetAttribute("aria-label") == $"Part of: {journey.Title}");
                var steps = journey.Steps.Where(s => s.Links.Any(l => l.Url == url)).ToList();
                Assert.Equal(steps.Select(s => s.Heading), box.QuerySelectorAll(".step-nav-related-current a").Select(a => a.TextContent));
                Assert.All(box.QuerySelectorAll(".step-nav-related-current a"), a => Assert.EndsWith(
                    $"journeys/{journey.Slug}/#{steps.Single(s => s.Heading == a.TextContent).Id}", a.GetAttribute("href")));
                var first = journey.Steps.ToList().IndexOf(steps[0]);
                var last = journey.Steps.ToList().IndexOf(steps[^1]);
                Assert.Equal(first > 0 ? journey.Steps[first - 1].Heading : null, box.QuerySelector(".step-nav-related-previous a")?.TextContent);
                Assert.Equal(last + 1 < journey.Steps.Count ? journey.Steps[last + 1].Heading : null, box.QuerySelector(".step-nav-related-next a")?.TextContent);
            }
        // The EHC needs assessment page is step 2 and step 3 of the journey of the same name.
        var ehc = Parser.ParseDocument(sample.Read("ehc-plans/asking-for-an-assessment/index.html"));
        Assert.Contains("Part of Asking for an EHC needs assessment", ehc.QuerySelector("nav.step-nav-related h2")!.TextContent);
    }

    [Fact]
    public void Every_page_has_a_language_one_h1_a_description_landmarks_and_a_skip_link()
    {
        var titles = new Dictionary<string, string>();
        foreach (var (file, document) in Pages())
        {
            var name = Path.GetRelativePath(sample.Output, file);
            Assert.Equal("en-GB", document.DocumentElement.GetAttribute("lang"));
            Assert.True(document.QuerySelectorAll("h1").Length == 1, $"{name} must have exactly one h1");
            Assert.False(string.IsNullOrWhiteSpace(document.QuerySelector("meta[name=description]")?.GetAttribute("content")), $"{name} has no description");
            foreach (var landmark in new[] { "header", "nav", "main", "footer" })
                Assert.True(document.QuerySelector(landmark) is not null, $"{name} has no <{landmark}>");
            var firstLink = document.QuerySelector("body a");
            Assert.Equal("#main", firstLink?.GetAttribute("href"));
            Assert.True(titles.TryAdd(document.Title!, name), $"{name} has the same <title> as {titles.GetValueOrDefault(document.Title!)}");
        }
    }

    [Fact]
    public void Headings_never_skip_a_level_going_down()
    {
        foreach (var (file, document) in Pages())
        {
            var previous = 1;
            foreach (var heading in document.QuerySelectorAll("main h1, main h2, main h3, main h4, main h5, main h6"))
            {
                var level = heading.LocalName[1] - '0';
                Assert.True(level <= previous + 1, $"{Path.GetRelativePath(sample.Output, file)}: <{heading.LocalName}> \"{heading.TextContent}\" follows an h{previous}");
                previous = level;
            }
        }
    }

    [Fact]
    public void No_page_has_inline_script_or_style_that_the_content_security_policy_would_block()
    {
        foreach (var (file, document) in Pages())
        {
            var name = Path.GetRelativePath(sample.Output, file);
            Assert.Contains("default-src 'self'", document.QuerySelector("meta[http-equiv=Content-Security-Policy]")?.GetAttribute("content") ?? "");
            Assert.All(document.QuerySelectorAll("script"), s => Assert.True(s.HasAttribute("src"), $"{name} has an inline script"));
            Assert.Empty(document.QuerySelectorAll("[style], style"));
            Assert.Empty(document.All.SelectMany(e => e.Attributes).Where(a => a.Name.StartsWith("on")).Select(a => $"{name}: {a.Name}"));
        }
    }

    [Fact]
    public void Every_information_page_shows_review_date_owner_feedback_and_contact_details()
    {
        var site = sample.Result.Site!;
        foreach (var page in site.Pages.Where(p => !p.IsHome))
        {
            var document = Parser.ParseDocument(sample.Read(page.Url.TrimStart('/') + "index.html"));
            var text = document.Body!.TextContent;
            Assert.Contains($"Last reviewed", text);
            Assert.Contains(page.Owner, text);
            Assert.Contains("01234\u00A0567890", document.QuerySelector("footer")!.TextContent); // kept on one line
            Assert.NotNull(document.QuerySelector("a[href='https://www.example.gov.uk/local-offer-feedback']"));
            if (site.EasyReadFor(page) is { } easyRead)
                Assert.Contains(document.QuerySelectorAll("a"), a => a.TextContent == "Easy read version of this page");
        }
    }

    [Fact]
    public void The_directory_has_a_card_per_service_and_filter_pages_that_work_without_javascript()
    {
        var site = sample.Result.Site!;
        var directory = Parser.ParseDocument(sample.Read("services/index.html"));
        Assert.Equal(site.Services.Count, directory.QuerySelectorAll("[data-service-list] > li").Length);
        var earlyYears = Parser.ParseDocument(sample.Read("services/age/early-years/index.html"));
        var expected = site.Services.Count(s => s.AgeRange.Min <= 5);
        Assert.Equal(expected, earlyYears.QuerySelectorAll("[data-service-list] > li").Length);
        Assert.Equal($"{expected} services", earlyYears.QuerySelector("#result-count")!.TextContent);
        Assert.Contains(directory.QuerySelectorAll(".tag-outside"), t => t.TextContent.Contains("Outside our area"));
        foreach (var category in new[] { "health", "education", "social-care", "advice", "leisure", "travel", "adulthood" })
            Assert.True(File.Exists(Path.Combine(sample.Output, "services", "category", category, "index.html")));
    }

    [Fact]
    public void The_search_index_covers_pages_easy_read_services_and_news()
    {
        using var json = System.Text.Json.JsonDocument.Parse(sample.Read("search-index.json"));
        var kinds = json.RootElement.EnumerateArray().Select(e => e.GetProperty("kind").GetString()).ToHashSet();
        Assert.Superset(new HashSet<string?> { "Page", "Easy read", "Service", "News" }, kinds);
        var search = Parser.ParseDocument(sample.Read("search/index.html"));
        Assert.NotNull(search.QuerySelector("[data-search-fallback] a[href='../education/']"));
        Assert.Equal("polite", search.QuerySelector("[data-search-status]")!.GetAttribute("aria-live"));
    }

    [Fact]
    public void Site_files_are_written()
    {
        foreach (var file in new[] { "sitemap.xml", "robots.txt", "404.html", "feed.xml", "a-z/index.html", "glossary/index.html",
                     "news/index.html", "you-said-we-did/index.html", "accessibility/index.html", "easy-read/index.html" })
            Assert.True(File.Exists(Path.Combine(sample.Output, file)), file);
        var feed = System.Xml.Linq.XDocument.Parse(sample.Read("feed.xml"));
        // Every news post, then every event still to come on the build's date.
        var upcoming = sample.Result.Site!.Events.Count(e => e.IsUpcoming(new DateOnly(2026, 11, 27)));
        Assert.Equal(sample.Result.Site!.News.Count + upcoming, feed.Root!.Elements().Count(e => e.Name.LocalName == "entry"));
        var sitemap = System.Xml.Linq.XDocument.Parse(sample.Read("sitemap.xml"));
        Assert.Contains(sitemap.Descendants().Where(e => e.Name.LocalName == "loc"), l => l.Value == "https://localoffer.example.gov.uk/services/portage-home-visiting/");
    }

    [Fact]
    public void The_first_use_of_a_glossary_term_links_to_its_meaning()
    {
        var document = Parser.ParseDocument(sample.Read("education/post-16/index.html"));
        var term = document.QuerySelectorAll("main a.glossary-term").First(a => a.TextContent == "EHC plan");
        Assert.EndsWith("glossary/#ehc-plan", term.GetAttribute("href"));
        Assert.False(string.IsNullOrEmpty(term.GetAttribute("title")));
        Assert.Single(document.QuerySelectorAll("main a.glossary-term"), a => a.GetAttribute("href")!.EndsWith("#ehc-plan"));
    }
}
