using LocalOfferGen.Diagnostics;
using LocalOfferGen.Journeys;

namespace LocalOfferGen.Tests.Journeys;

/// <summary>journeys/*.yml: a good file gives the model; each mistake is one located error and no site.</summary>
public class JourneyLoadingTests
{
    private const string Good = """
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
              - { page: /education/plans/, text: Read about plans }
          - heading: Ask us
            timing: within 6 weeks
            text: Write to us.
            links:
              - url: https://www.gov.uk/children-with-special-educational-needs
                text: SEND on GOV.UK
          - heading: Or ask the school to
            join: or
            text: The school can ask too.
          - heading: Ask us
            text: Again, a second step with the same heading.
        """;

    private static Diagnostic Single(TestContent content, string code)
    {
        var result = content.Load();
        var matches = result.Diagnostics.Where(d => d.Code == code).ToList();
        Assert.True(matches.Count == 1, $"expected one {code}, got:\n{string.Join("\n", result.Diagnostics)}");
        Assert.Null(result.Site);
        return matches[0];
    }

    private static void AssertAt(Diagnostic d, int line, int column)
    {
        Assert.EndsWith("journeys/help.yml", d.Path);
        Assert.Equal((line, column), (d.Line, d.Column));
        Assert.Equal(Severity.Error, d.Severity);
    }

    [Fact]
    public void A_good_journey_is_read_into_the_site_with_numbers_anchors_and_links()
    {
        using var content = new TestContent();
        content.Write("journeys/help.yml", Good);
        var result = content.Load();
        Assert.Empty(result.Diagnostics.Select(d => d.ToString()));
        var journey = Assert.Single(result.Site!.Journeys);
        Assert.Equal(("help", "/journeys/help/", "Asking for help", "The steps to get help."), (journey.Slug, journey.Url, journey.Title, journey.Summary));
        Assert.Equal(["ehc-assessment-request"], journey.Topics);
        Assert.Equal("SEND Team", journey.Owner);
        Assert.Equal(new DateOnly(2027, 9, 1), journey.ReviewBy);

        Assert.Equal([1, 1, 2, 2, 3], journey.Steps.Select(s => s.Number));
        Assert.Equal(["1", "and", "2", "or", "3"], journey.Steps.Select(s => s.Label));
        Assert.Equal([JourneyJoin.None, JourneyJoin.And, JourneyJoin.None, JourneyJoin.Or, JourneyJoin.None], journey.Steps.Select(s => s.Join));
        Assert.Equal(["talk-to-the-school", "get-advice", "ask-us", "or-ask-the-school-to", "ask-us-2"], journey.Steps.Select(s => s.Id));
        Assert.Equal("within 6 weeks", journey.Steps[2].Timing);
        Assert.Null(journey.Steps[0].Timing);
        Assert.Equal("Ask the **SENCO**.", journey.Steps[0].Text.Source.Trim());
        Assert.Empty(journey.Steps[3].Links);

        Assert.Equal(new JourneyLink("Education", "/education/", JourneyLinkKind.Page, "pages/education/index.md"), journey.Steps[0].Links[0]);
        Assert.Equal(new JourneyLink("Portage", "/services/portage/", JourneyLinkKind.Service, "services/portage.yml"), journey.Steps[1].Links[0]);
        Assert.Equal(new JourneyLink("Read about plans", "/education/plans/", JourneyLinkKind.Page, "pages/education/plans.md"), journey.Steps[1].Links[1]);
        Assert.Equal(new JourneyLink("SEND on GOV.UK", "https://www.gov.uk/children-with-special-educational-needs", JourneyLinkKind.External),
            journey.Steps[2].Links[0]);
        Assert.Equal(["/education/", "/services/portage/", "/education/plans/"], journey.LinkedUrls);
        Assert.Same(journey, result.Site.FindJourney("help"));
    }

    [Fact]
    public void The_site_knows_every_journey_step_that_links_to_a_page_with_the_steps_either_side()
    {
        using var content = new TestContent();
        content.Write("journeys/help.yml", Good);
        var site = content.Load().Site!;
        var place = Assert.Single(site.JourneysThrough("/services/portage/"));
        Assert.Equal("Get advice", place.Step.Heading);
        Assert.Equal("Talk to the school", place.Previous!.Heading);
        Assert.Equal("Ask us", place.Next!.Heading);
        Assert.Null(Assert.Single(site.JourneysThrough("/education/")).Previous);
        Assert.Empty(site.JourneysThrough("/"));
        Assert.Empty(site.JourneysThrough("https://www.gov.uk/children-with-special-educational-needs"));
    }

    [Fact]
    public void Pages_and_text_may_link_to_a_journey_and_its_list()
    {
        using var content = new TestContent();
        content.Write("journeys/help.yml", Good);
        content.Write("pages/x.md", "---\ntitle: X\nsummary: S.\nreviewed: 2026-01-01\nowner: Me\n---\nSee [the steps](/journeys/help/) and [all journeys](/journeys/).\n");
        var result = content.Load();
        Assert.Empty(result.Diagnostics.Select(d => d.ToString()));
    }

    [Fact]
    public void A_link_to_an_unknown_page_is_located_with_a_did_you_mean()
    {
        using var content = new TestContent();
        content.Write("journeys/help.yml", Good.Replace("- /education/\n", "- /educaton/\n"));
        var d = Single(content, DiagnosticCodes.JourneyUnknownPage);
        AssertAt(d, 10, 9);
        Assert.Contains("there is no published page at /educaton/: did you mean /education/?", d.Message);
    }

    [Fact]
    public void A_page_moved_to_another_section_is_suggested_by_its_name()
    {
        using var content = new TestContent();
        content.Write("journeys/help.yml", Good.Replace("{ page: /education/plans/,", "{ page: /support/ehc/plans/,"));
        var d = Single(content, DiagnosticCodes.JourneyUnknownPage);
        AssertAt(d, 16, 17);
        Assert.Contains("did you mean /education/plans/?", d.Message);
    }

    [Fact]
    public void A_link_to_an_unknown_service_is_located_with_a_did_you_mean()
    {
        using var content = new TestContent();
        content.Write("journeys/help.yml", Good.Replace("service: portage", "service: portag"));
        var d = Single(content, DiagnosticCodes.JourneyUnknownService);
        AssertAt(d, 15, 18);
        Assert.Contains("there is no service with the id 'portag': did you mean 'portage'?", d.Message);
    }

    [Fact]
    public void Every_bad_link_of_a_file_is_reported_in_one_run()
    {
        using var content = new TestContent();
        content.Write("journeys/help.yml", Good.Replace("- /education/\n", "- /nowhere-at-all/\n").Replace("service: portage", "service: nobody-here")
            .Replace("url: https://www.gov.uk/children-with-special-educational-needs", "url: www.gov.uk"));
        var result = content.Load();
        Assert.Null(result.Site);
        Assert.Equal([DiagnosticCodes.JourneyUnknownPage, DiagnosticCodes.JourneyUnknownService, DiagnosticCodes.JourneyLinkInvalid],
            result.Diagnostics.Where(d => d.Severity == Severity.Error).Select(d => d.Code));
        Assert.Contains("write the address of one of the site's pages", result.Diagnostics[0].Message);
    }

    [Fact]
    public void An_external_link_needs_text_and_a_page_link_may_not_be_a_website()
    {
        using var content = new TestContent();
        content.Write("journeys/help.yml", Good.Replace("        text: SEND on GOV.UK\n", "").Replace("- /education/\n", "- https://example.org/\n"));
        var errors = content.Load().Diagnostics.Where(d => d.Code == DiagnosticCodes.JourneyLinkInvalid).ToList();
        Assert.Equal(2, errors.Count);
        Assert.Contains("'https://example.org/' is another website: write it as '- { url: https://example.org/, text: what it is }'", errors[0].Message);
        Assert.Contains("has no 'text'", errors[1].Message);
    }

    [Fact]
    public void A_link_with_two_targets_is_refused()
    {
        using var content = new TestContent();
        content.Write("journeys/help.yml", Good.Replace("service: portage", "{ service: portage, page: /education/ }"));
        var d = Single(content, DiagnosticCodes.JourneyLinkInvalid);
        AssertAt(d, 15, 9);
        Assert.Contains("this link has 'page' and 'service': give one of them", d.Message);
    }

    [Fact]
    public void Missing_keys_are_each_reported()
    {
        using var content = new TestContent();
        content.Write("journeys/help.yml", "title: Help\nsteps:\n  - heading: One\n  - text: Two\n");
        var result = content.Load();
        Assert.Null(result.Site);
        var missing = result.Diagnostics.Where(d => d.Code == DiagnosticCodes.MissingKey).Select(d => (d.Line, d.Message)).ToList();
        Assert.Equal([(1, "'owner' is required"), (1, "'reviewed' is required"), (1, "'summary' is required"),
            (3, "'text' is required"), (4, "'heading' is required")], missing);
    }

    [Fact]
    public void A_journey_without_steps_is_refused()
    {
        using var content = new TestContent();
        content.Write("journeys/help.yml", "title: Help\nsummary: S.\nreviewed: 2026-01-01\nowner: Me\nsteps: []\n");
        AssertAt(Single(content, DiagnosticCodes.JourneyWithoutSteps), 5, 8);
    }

    [Fact]
    public void A_join_that_is_not_and_or_or_is_refused()
    {
        using var content = new TestContent();
        content.Write("journeys/help.yml", Good.Replace("join: and", "join: also"));
        var d = Single(content, DiagnosticCodes.JourneyJoinInvalid);
        AssertAt(d, 12, 11);
        Assert.Contains("'join' must be 'and' (done as well as the step before) or 'or' (done instead of the step before), not \"also\"", d.Message);
    }

    [Fact]
    public void The_first_step_cannot_join_a_step_before_it()
    {
        using var content = new TestContent();
        content.Write("journeys/help.yml", Good.Replace("  - heading: Talk to the school\n", "  - heading: Talk to the school\n    join: or\n"));
        var d = Single(content, DiagnosticCodes.JourneyJoinInvalid);
        AssertAt(d, 8, 11);
        Assert.Contains("the first step cannot have 'join: or'", d.Message);
    }

    [Fact]
    public void A_journey_and_a_page_with_one_address_are_refused()
    {
        using var content = new TestContent();
        content.Write("journeys/help.yml", Good);
        content.Write("pages/journeys/help.md", "---\ntitle: X\nsummary: S.\nreviewed: 2026-01-01\nowner: Me\n---\nBody\n");
        var result = content.Load();
        Assert.Null(result.Site);
        Assert.Contains(result.Diagnostics, d => d.Code == DiagnosticCodes.DuplicateUrl && d.Message.Contains("/journeys/help/"));
    }

    [Fact]
    public void The_sample_has_three_journeys_whose_links_all_lead_somewhere()
    {
        var result = LocalOfferGen.Loading.ContentLoader.Load(Path.Combine(Repository.Root, "content"));
        Assert.Empty(result.Diagnostics.Where(d => d.Severity == Severity.Error).Select(d => d.ToString()));
        var site = result.Site!;
        Assert.Equal(["appealing-to-the-tribunal", "ehc-needs-assessment", "moving-to-secondary-school"], site.Journeys.Select(j => j.Slug).Order());
        var ehc = site.FindJourney("ehc-needs-assessment")!;
        Assert.Equal("Asking for an EHC needs assessment", ehc.Title);
        Assert.Contains(ehc.Steps, s => s.Timing == "within 6 weeks of your request");
        Assert.Contains(ehc.Steps, s => s.Timing == "within 20 weeks of your request");
        Assert.Contains(site.FindJourney("moving-to-secondary-school")!.Steps, s => s.Timing == "by 15 February in Year 6");
        foreach (var url in site.Journeys.SelectMany(j => j.LinkedUrls))
            Assert.True(site.FindPage(url) is not null || site.Services.Any(s => s.Url == url), url);
    }
}
