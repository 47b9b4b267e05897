using LocalOfferGen.Audit;
using LocalOfferGen.Diagnostics;

namespace LocalOfferGen.Tests.Audit;

public class EasyReadInAuditTests
{
    [Fact]
    public void Easy_read_rules_are_reported_by_the_audit_under_their_own_check()
    {
        using var site = AuditTestSite.With(("easy-read/about/index.md", """
            ---
            title: What is the Local Offer?
            reviewed: 2026-10-12
            ---

            ![A laptop computer showing a web page](../../images/easy-read/computer.png) The Local Offer is a website; it tells you about help.
            """));
        var report = site.Audit();
        var finding = Assert.Single(report.Findings.Coded(DiagnosticCodes.EasyReadSemicolon));
        Assert.Equal((AuditCheckIds.EasyRead, AuditSeverity.Warning, 6), (finding.Check, finding.Severity, finding.Line));
        Assert.Equal(1, report.Summary.EasyRead);
        Assert.Contains(report.Checks, c => c.Id == AuditCheckIds.EasyRead);
        Assert.Empty(AuditTestSite.Run(Repository.Content).FindingsOf(AuditCheckIds.EasyRead).Select(f => f.ToString()));
    }
}
