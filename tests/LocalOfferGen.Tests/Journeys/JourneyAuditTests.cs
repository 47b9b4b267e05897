using LocalOfferGen.Audit;
using LocalOfferGen.Diagnostics;
using LocalOfferGen.Tests.Audit;

namespace LocalOfferGen.Tests.Journeys;

/// <summary>The audit counts a journey's topics as a page's, and checks its review date as a page's.</summary>
public class JourneyAuditTests
{
    private const string Journey = """
        title: Asking for help
        summary: The steps to get help.
        reviewed: 2025-01-01
        owner: SEND Team
        topics: [carers-support]
        steps:
          - heading: Talk to us
            text: Ring the carers centre.
            links:
              - service: carers-centre
        """;

    [Fact]
    public void A_topic_only_a_journey_names_is_covered_by_that_journey()
    {
        // With the topic gone from every page and service of the sample, only the journey covers it.
        using var site = AuditTestSite.With(("journeys/help.yml", Journey));
        foreach (var file in Directory.EnumerateFiles(site.Content, "*.*", SearchOption.AllDirectories)
                     .Where(f => f.EndsWith(".md") || f.EndsWith(".yml")).Where(f => !f.EndsWith("help.yml")))
        {
            var text = File.ReadAllText(file);
            var changed = text.Replace("[carers-support]", "[]").Replace("carers-support, ", "").Replace(", carers-support", "");
            if (changed != text) File.WriteAllText(file, changed);
        }
        var report = site.Audit();
        var row = report.Coverage.Single(c => c.Topic.Id == "carers-support");
        Assert.Equal(("journey", "Asking for help", "/journeys/help/"), (Assert.Single(row.CoveredBy).Kind, row.CoveredBy[0].Title, row.CoveredBy[0].Url));
        Assert.DoesNotContain(report.Findings.Coded(DiagnosticCodes.MustTopicNotCovered), f => f.Message.Contains("'carers-support'"));

        File.Delete(Path.Combine(site.Content, "journeys", "help.yml"));
        Assert.Contains(site.Audit().Findings.Coded(DiagnosticCodes.MustTopicNotCovered), f => f.Message.Contains("'carers-support'"));
    }

    [Fact]
    public void The_sample_journeys_cover_their_topics()
    {
        using var site = AuditTestSite.With();
        var report = site.Audit();
        Assert.Contains(report.Coverage.Single(c => c.Topic.Id == "ehc-assessment-process").CoveredBy,
            c => c is { Kind: "journey", Url: "/journeys/ehc-needs-assessment/" });
        Assert.Contains(report.Coverage.Single(c => c.Topic.Id == "tribunal-appeals").CoveredBy,
            c => c is { Kind: "journey", Url: "/journeys/appealing-to-the-tribunal/" });
    }

    [Fact]
    public void A_journey_past_its_review_date_is_overdue_like_a_page()
    {
        using var site = AuditTestSite.With(("journeys/help.yml", Journey));
        var report = site.Audit();
        var overdue = Assert.Single(report.In("journeys/help.yml").Coded(DiagnosticCodes.ReviewOverdue));
        Assert.Contains("this step-by-step journey was due for review on 2026-01-01", overdue.Message);
        Assert.Contains(report.Review, r => r is { Kind: "journey", Url: "/journeys/help/", State: ReviewState.Overdue });
    }
}
