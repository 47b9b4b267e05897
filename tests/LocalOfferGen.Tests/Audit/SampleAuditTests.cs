using LocalOfferGen.Audit;
using LocalOfferGen.Model;

namespace LocalOfferGen.Tests.Audit;

public sealed class SampleAuditFixture
{
    public AuditReport Report { get; } = AuditTestSite.Run(Repository.Content);
}

/// <summary>The sample Local Offer is what a council starts from, so it must pass its own audit.</summary>
public class SampleAuditTests(SampleAuditFixture fixture) : IClassFixture<SampleAuditFixture>
{
    private AuditReport Report => fixture.Report;

    [Fact]
    public void The_sample_covers_every_must_topic()
    {
        var uncovered = Report.Coverage.Where(c => c.Topic.Level == TopicLevel.Must && !c.IsCovered).Select(c => c.Topic.Id);
        Assert.Empty(uncovered);
        Assert.Equal(Report.Coverage.Count(c => c.Topic.Level == TopicLevel.Must), Report.Summary.MustTopicsCovered);
        Assert.True(Report.Summary.MustTopics >= 30);
    }

    [Fact]
    public void The_sample_has_no_audit_errors_and_passes()
    {
        Assert.Empty(Report.Findings.Where(f => f.Severity == AuditSeverity.Error).Select(f => f.ToString()));
        Assert.False(Report.Failed);
    }

    [Fact]
    public void The_sample_is_up_to_date_accessible_and_transparent()
    {
        Assert.Empty(Report.Findings.Where(f => f.Check is AuditCheckIds.UpToDate or AuditCheckIds.Accessibility or AuditCheckIds.Transparency
            or AuditCheckIds.Coverage).Select(f => f.ToString()));
        Assert.Equal(0, Report.Summary.Overdue);
    }

    [Fact]
    public void Every_sample_page_is_scored_and_readable()
    {
        Assert.Equal(47, Report.Readability.Count);
        foreach (var page in Report.Readability.Where(p => p.IsScored))
        {
            Assert.InRange(page.Scores.ReadingEase, 50, 100);
            Assert.InRange(page.Scores.ReadingAge, 5, 14);
        }
    }
}
