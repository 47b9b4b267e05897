using LocalOfferGen.Diagnostics;
using LocalOfferGen.Wording;

namespace LocalOfferGen.Audit.Reports;

/// <summary>What the audit did not check this time, in words every report prints, so nobody reads
/// "0 broken links" as more than it is.</summary>
public static class AuditNotes
{
    public static IEnumerable<string> Of(AuditReport report)
    {
        if (!report.ExternalLinksFetched && report.ExternalLinks > 0)
            yield return (report.ExternalLinks == 1 ? "The 1 link to another website was" : $"The {report.ExternalLinks} links to other websites were") + " checked for form only; run with --check-external to fetch them.";
        if (report.ExternalLinksFetched)
        {
            var problems = report.Findings.Count(f => f.Code is DiagnosticCodes.ExternalLinkBroken or DiagnosticCodes.ExternalLinkUnreachable);
            yield return report.ExternalLinks == 1
                ? $"The 1 link to another website was fetched: {(problems == 0 ? "it answered" : "it did not answer OK (listed under Links)")}."
                : $"The {report.ExternalLinks} links to other websites were fetched: {(problems == 0 ? "every one answered" : $"{problems} did not answer OK (listed under Links)")}.";
        }
        if (!report.BuiltOutputChecked)
            yield return "Links into /documents/, /print/ and /openreferral/ were not checked: there was no built output to check them against.";
    }
}
