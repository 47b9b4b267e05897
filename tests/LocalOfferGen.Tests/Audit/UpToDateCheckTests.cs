using LocalOfferGen.Audit;
using LocalOfferGen.Diagnostics;

namespace LocalOfferGen.Tests.Audit;

public class UpToDateCheckTests
{
    [Fact]
    public void Pages_past_their_review_date_are_overdue_and_those_close_to_it_due_soon()
    {
        using var site = AuditTestSite.With(
            AuditTestSite.Page("old", "Some words.", reviewed: "2025-06-01"),           // review by 2026-06-01: 179 days overdue
            AuditTestSite.Page("soon", "Some words.", reviewed: "2025-12-10"));         // review by 2026-12-10: due in 13 days

        var report = site.Audit();
        var overdue = Assert.Single(report.In("about/old.md").Coded(DiagnosticCodes.ReviewOverdue));
        Assert.Equal(AuditSeverity.Warning, overdue.Severity);
        Assert.Contains("2026-06-01, 179 days ago", overdue.Message);
        var soon = Assert.Single(report.In("about/soon.md").Coded(DiagnosticCodes.ReviewDueSoon));
        Assert.Equal(AuditSeverity.Notice, soon.Severity);
        Assert.Contains("in 13 days", soon.Message);
        Assert.Equal(1, report.Summary.Overdue);
        Assert.Equal(ReviewState.Overdue, report.Review.Single(r => r.Url == "/about/old/").State);
        Assert.Empty(report.In("about/index.md").Coded(DiagnosticCodes.ReviewOverdue));
    }

    [Fact]
    public void Review_by_overrides_reviewed_and_services_are_checked_too()
    {
        using var site = AuditTestSite.With();
        var report = site.Audit(today: new DateOnly(2028, 1, 1));
        Assert.Contains(report.In("services/portage-home-visiting.yml"), f => f.Code == DiagnosticCodes.ReviewOverdue);
        Assert.Contains(report.Review, r => r.Kind == "easy-read" && r.State == ReviewState.Overdue);
    }

    [Fact]
    public void You_said_we_did_older_than_twelve_months_is_flagged()
    {
        using var site = AuditTestSite.With();
        Assert.Empty(site.Audit().Findings.Coded(DiagnosticCodes.FeedbackOutOfDate)); // published 2026-06-30
        var late = site.Audit(today: new DateOnly(2027, 7, 1));
        var finding = Assert.Single(late.Findings.Coded(DiagnosticCodes.FeedbackOutOfDate));
        Assert.EndsWith("feedback/2025-to-2026.yml", finding.Path);
        Assert.Contains("reg 56", finding.Message);
    }
}
