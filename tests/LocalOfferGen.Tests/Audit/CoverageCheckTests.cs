using LocalOfferGen.Audit;
using LocalOfferGen.Diagnostics;

namespace LocalOfferGen.Tests.Audit;

public class CoverageCheckTests
{
    private const string TribunalWithoutTopic = "pages/advice-and-support/tribunal.md";

    [Fact]
    public void A_must_topic_nothing_covers_is_a_warning_and_an_error_under_strict()
    {
        using var site = AuditTestSite.With();
        RemoveTopic(site, TribunalWithoutTopic, "tribunal-appeals");
        RemoveTopic(site, "services/exampleshire-sendiass.yml", "tribunal-appeals");
        RemoveTopic(site, "journeys/appealing-to-the-tribunal.yml", "tribunal-appeals");

        var report = site.Audit();
        var finding = Assert.Single(report.Findings.Coded(DiagnosticCodes.MustTopicNotCovered));
        Assert.Equal(AuditSeverity.Warning, finding.Severity);
        Assert.Contains("'tribunal-appeals'", finding.Message);
        Assert.Contains("CoP 4.30", finding.Message);
        Assert.False(report.Coverage.Single(c => c.Topic.Id == "tribunal-appeals").IsCovered);
        Assert.False(report.Failed);

        var strict = site.Audit(strict: true);
        Assert.Equal(AuditSeverity.Error, Assert.Single(strict.Findings.Coded(DiagnosticCodes.MustTopicNotCovered)).Severity);
        Assert.True(strict.Failed);
    }

    [Fact]
    public void A_covered_topic_lists_the_pages_and_services_that_cover_it()
    {
        using var site = AuditTestSite.With();
        var row = site.Audit().Coverage.Single(c => c.Topic.Id == "tribunal-appeals");
        Assert.Contains(row.CoveredBy, c => c is { Kind: "page", Url: "/advice-and-support/tribunal/" });
        Assert.Contains(row.CoveredBy, c => c is { Kind: "service", Url: "/services/exampleshire-sendiass/" });
    }

    [Fact]
    public void You_said_we_did_counts_only_when_the_web_format_is_built()
    {
        using var site = AuditTestSite.With();
        var withoutWeb = site.Audit(formats: ["word"]);
        Assert.Contains(withoutWeb.Findings.Coded(DiagnosticCodes.MustTopicNotCovered), f => f.Message.Contains("'published-comments'"));

        var withWeb = site.Audit(formats: ["web"]);
        var row = withWeb.Coverage.Single(c => c.Topic.Id == "published-comments");
        Assert.Equal("/you-said-we-did/", Assert.Single(row.CoveredBy).Url);
        Assert.Empty(withWeb.Findings.Coded(DiagnosticCodes.MustTopicNotCovered));
    }

    [Fact]
    public void Offline_access_is_met_by_word_documents_only_when_they_are_built()
    {
        using var site = AuditTestSite.With();
        RemoveTopic(site, "pages/about/other-formats-and-offline.md", "offline-access");
        Assert.Contains(site.Audit(formats: ["web"]).Findings.Coded(DiagnosticCodes.MustTopicNotCovered), f => f.Message.Contains("'offline-access'"));
        var row = site.Audit(formats: ["web", "word"]).Coverage.Single(c => c.Topic.Id == "offline-access");
        Assert.Equal(("generator", "/documents/"), (Assert.Single(row.CoveredBy).Kind, row.CoveredBy[0].Url));
    }

    [Fact]
    public void A_local_topic_from_topics_yml_is_reported_with_its_level()
    {
        using var site = AuditTestSite.With(("topics.yml", "- id: local-autism-hub\n  title: The autism hub\n  level: should\n"));
        var finding = Assert.Single(site.Audit().Findings.Coded(DiagnosticCodes.ShouldTopicNotCovered));
        Assert.Equal("content/topics.yml", finding.Path);
        Assert.Contains("'local-autism-hub'", finding.Message);
    }

    private static void RemoveTopic(AuditTestSite site, string file, string topic)
    {
        var path = Path.Combine(site.Content, file);
        var text = File.ReadAllText(path);
        var changed = text.Replace($"[{topic}]", "[]").Replace($"{topic}, ", "").Replace($", {topic}", "");
        Assert.NotEqual(text, changed);
        File.WriteAllText(path, changed);
    }
}
