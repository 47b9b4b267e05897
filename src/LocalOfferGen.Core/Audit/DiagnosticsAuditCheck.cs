using LocalOfferGen.Diagnostics;
using LocalOfferGen.Model;

namespace LocalOfferGen.Audit;

/// <summary>Brings another checker's diagnostics into the audit, such as the easy-read linter's, so its
/// findings are counted, reported and gated like the audit's own. Add one line to <see cref="AuditChecks.All"/>:
/// <code>new DiagnosticsAuditCheck(AuditCheckIds.EasyRead, "Easy read", (site, diagnostics) => EasyReadLinter.Check(site, diagnostics))</code></summary>
public sealed class DiagnosticsAuditCheck(string id, string title, Action<Site, DiagnosticBag> check) : IAuditCheck
{
    public string Id { get; } = id;
    public string Title { get; } = title;

    public void Run(AuditContext context, AuditFindings findings)
    {
        var diagnostics = new DiagnosticBag();
        check(context.Site, diagnostics);
        findings.AddRange(diagnostics.ToSortedList());
    }
}
