using LocalOfferGen.Diagnostics;

namespace LocalOfferGen.Tests.Audit;

public class TransparencyCheckTests
{
    [Fact]
    public void Placeholder_owners_eligibility_access_and_contacts_are_flagged()
    {
        using var site = AuditTestSite.With(
            AuditTestSite.Page("unowned", "Some words.", owner: "TBC"),
            ("services/planted-service.yml", """
                name: Planted service
                organisation: Nobody yet
                description: A service planted by a test.
                categories: [advice]
                age_range: { min: 0, max: 25 }
                eligibility: TBC
                how_to_access: n/a
                contact: { phone: "-" }
                reviewed: 2026-10-01
                """));
        var report = site.Audit();
        Assert.Single(report.In("about/unowned.md").Coded(DiagnosticCodes.NoOwner));
        var service = report.In("services/planted-service.yml");
        Assert.Single(service.Coded(DiagnosticCodes.NoEligibility));
        Assert.Single(service.Coded(DiagnosticCodes.NoHowToAccess));
        Assert.Single(service.Coded(DiagnosticCodes.NoContact));
        Assert.Equal(4, report.Summary.Transparency);
        Assert.DoesNotContain(report.Findings, f => f.Check == "transparency" && !f.Path.Contains("planted") && !f.Path.Contains("unowned"));
    }
}
