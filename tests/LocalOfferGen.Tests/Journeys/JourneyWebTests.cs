using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace LocalOfferGen.Tests.Journeys;

/// <summary>The website's journey pages, read back with AngleSharp: the step-by-step list, open without JavaScript,
/// and "Part of" with the right step, previous and next step on every page and service a journey links to.</summary>
public class JourneyWebTests(JourneyWebTests.Built built) : IClassFixture<JourneyWebTests.Built>
{
    public const string Journey = """
        title: Asking for help
        summary: The steps to get help.
        reviewed: 2026-09-01
        owner: SEND Team
        topics: [ehc-assessment-request]
        steps:
          - heading: Talk to the school
            text: Ask the **SENCO**.
            links:
              - /education/
          - heading: Get advice
            join: and
            text: Free advice.
            links:
              - service: portage
          - heading: Ask us
            timing: within 6 weeks
            text: Write to us. See [the plans page](/education/plans/).
            links:
              - /education/plans/
              - url: https://www.gov.uk/children-with-special-educational-needs
                text: SEND on GOV.UK
          - heading: Or ask the school to
            join: or
            text: The school can ask too.
            links:
              - /education/plans/
          - heading: Get the plan
            text: We send it.
            links:
              - /education/
        """;

    public sealed class Built : IDisposable
    {
        public Built()
        {
            Content = new TestContent();
            Content.Write("journeys/help.yml", Journey);
            Result = Content.Build("web");
        }

        public TestContent Content { get; }
        public LocalOfferGen.Building.BuildResult Result { get; }
        public string Output => Content.Output;
        public IDocument Page(string sitePath) =>
            new HtmlParser().ParseDocument(File.ReadAllText(Path.Combine(Output, sitePath.Trim('/'), sitePath.EndsWith('/') ? "index.html" : "")));
        public void Dispose() => Content.Dispose();
    }

    private IDocument JourneyPage() => built.Page("/journeys/help/");

    [Fact]
    public void The_journey_page_is_an_ordered_list_of_every_step_open_without_javascript()
    {
        Assert.True(built.Result.Succeeded, string.Join("\n", built.Result.Diagnostics));
        var page = JourneyPage();
        Assert.Equal("Asking for help", page.QuerySelector("h1")!.TextContent);
        var steps = page.QuerySelectorAll("[data-step-nav] ol#steps > li.step-nav-step");
        Assert.Equal(["talk-to-the-school", "get-advice", "ask-us", "or-ask-the-school-to", "get-the-plan"], steps.Select(s => s.Id));
        Assert.Equal(["Step 1: Talk to the school", "and Get advice", "Step 2: Ask us", "or Or ask the school to", "Step 3: Get the plan"],
            steps.Select(s => string.Join(" ", s.QuerySelector("h2")!.TextContent.Split((char[])[' ', '\n'], StringSplitOptions.RemoveEmptyEntries))));
        // Nothing is hidden in the HTML: without JavaScript every step's text and links show.
        Assert.Empty(page.QuerySelectorAll("[data-step-nav] [hidden]"));
        Assert.All(steps, s => Assert.NotNull(s.QuerySelector("[data-step-panel]")));
        Assert.Equal("When: within 6 weeks", steps[2].QuerySelector(".step-nav-timing")!.TextContent);
        Assert.Equal("SENCO", steps[0].QuerySelector(".prose strong")!.TextContent);
        Assert.Equal(["../../education/plans/", "https://www.gov.uk/children-with-special-educational-needs"],
            steps[2].QuerySelectorAll(".step-nav-links a").Select(a => a.GetAttribute("href")));
        Assert.Equal(["Portage"], steps[1].QuerySelectorAll(".step-nav-links a").Select(a => a.TextContent));
        // The panel ids that the show/hide buttons will control are unique.
        var ids = page.QuerySelectorAll("[id]").Select(e => e.Id).ToList();
        Assert.Equal(ids.Count, ids.Distinct().Count());
        Assert.Contains("../../assets/site.js", page.QuerySelectorAll("script[src]").Select(s => s.GetAttribute("src")));
    }

    [Fact]
    public void The_print_and_word_links_are_left_out_when_those_formats_are_not_built()
    {
        Assert.Empty(JourneyPage().QuerySelectorAll(".journey-print"));
    }

    [Fact]
    public void The_list_of_journeys_the_home_page_the_sitemap_and_the_search_index_lead_to_the_journey()
    {
        var index = built.Page("/journeys/");
        Assert.Equal("Step by step guides", index.QuerySelector("h1")!.TextContent);
        Assert.Equal(["../journeys/help/"], index.QuerySelectorAll("main .card a").Select(a => a.GetAttribute("href")));
        Assert.Contains("journeys/", built.Page("/").QuerySelectorAll("main .card a").Select(a => a.GetAttribute("href")));
        var sitemap = File.ReadAllText(Path.Combine(built.Output, "sitemap.xml"));
        Assert.Contains("<loc>https://localoffer.test.example/journeys/help/</loc>", sitemap);
        Assert.Contains("<loc>https://localoffer.test.example/journeys/</loc>", sitemap);
        var search = File.ReadAllText(Path.Combine(built.Output, "search-index.json"));
        Assert.Contains("\"title\":\"Asking for help\",\"url\":\"../journeys/help/\",\"kind\":\"Step by step\"", search);
    }

    [Theory]
    // Each page or service a journey links to, with the steps that link to it and the steps before and after them.
    [InlineData("/education/", "Step 1: Talk to the school|Step 3: Get the plan", "", "")]
    [InlineData("/services/portage/", "Step 1 (and): Get advice", "Talk to the school", "Ask us")]
    [InlineData("/education/plans/", "Step 2: Ask us|Step 2 (or): Or ask the school to", "Get advice", "Get the plan")]
    public void Every_page_a_journey_uses_shows_part_of_with_its_steps_and_the_steps_either_side(string url, string steps, string previous, string next)
    {
        var page = built.Page(url);
        var box = Assert.Single(page.QuerySelectorAll("nav.step-nav-related"));
        Assert.Equal("Part of: Asking for help", box.GetAttribute("aria-label"));
        var heading = box.QuerySelector("h2 a")!;
        Assert.Equal("Asking for help", heading.TextContent);
        var journey = JourneyPage();
        Assert.Equal("/journeys/help/", Resolve(url, heading.GetAttribute("href")!));
        Assert.Equal(steps.Split('|'), box.QuerySelectorAll(".step-nav-related-current").Select(li => li.TextContent.Trim()));
        // Every step link leads to that step's anchor on the journey page.
        foreach (var link in box.QuerySelectorAll("a[href*='#']"))
        {
            var (path, id) = (Resolve(url, link.GetAttribute("href")!).Split('#')[0], link.GetAttribute("href")!.Split('#')[1]);
            Assert.Equal("/journeys/help/", path);
            Assert.Equal(link.TextContent, journey.GetElementById(id)!.QuerySelector("[data-step-heading]")!.TextContent);
        }
        Assert.Equal(previous, box.QuerySelector(".step-nav-related-previous a")?.TextContent ?? "");
        Assert.Equal(next, box.QuerySelector(".step-nav-related-next a")?.TextContent ?? "");
        if (previous != "") Assert.Equal("prev", box.QuerySelector(".step-nav-related-previous a")!.GetAttribute("rel"));
    }

    [Fact]
    public void A_page_no_journey_uses_shows_no_part_of()
    {
        Assert.Empty(built.Page("/").QuerySelectorAll(".step-nav-related"));
        Assert.Empty(built.Page("/services/").QuerySelectorAll(".step-nav-related"));
    }

    /// <summary>The site path a relative link on the page at <paramref name="pageUrl"/> leads to, with its # part.</summary>
    private static string Resolve(string pageUrl, string href)
    {
        var target = new Uri(new Uri("https://site.test" + pageUrl), href);
        return target.AbsolutePath + target.Fragment;
    }
}
