using LocalOfferGen.Diagnostics;
using LocalOfferGen.Model;

namespace LocalOfferGen.Audit;

/// <summary>Brings another checker's diagnostics into the audit, such as the easy-read linter's, so its
/// findings are counted, reported and gated like the audit's own: one line in <see cref="AuditChecks.All"/>.</summary>
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
