using LocalOfferGen.Audit.Checks;
using LocalOfferGen.EasyRead.Linting;

namespace LocalOfferGen.Audit;

/// <summary>Every check of the audit, in the order reports list them. Checks that share an id (the
/// three kinds of link check) are reported together under that id.</summary>
public static class AuditChecks
{
    public static IReadOnlyList<IAuditCheck> All { get; } =
    [
        new CoverageCheck(),
        new UpToDateCheck(),
        new LinksCheck(),
        new ExternalLinksCheck(),
        new BuiltLinksCheck(),
        new AccessibilityCheck(),
        new PlainEnglishCheck(),
        new TransparencyCheck(),
        new DiagnosticsAuditCheck(AuditCheckIds.EasyRead, "Easy read", (site, diagnostics) => EasyReadLinter.Lint(site, diagnostics)),
    ];
}
