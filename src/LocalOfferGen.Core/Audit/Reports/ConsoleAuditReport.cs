using LocalOfferGen.Wording;

namespace LocalOfferGen.Audit.Reports;

/// <summary>The console report: findings in MSBuild form (<c>path(line,col): warning LO3101: ...</c>), grouped
/// by check with a count, then the summary line.</summary>
public static class ConsoleAuditReport
{
    public static void Write(AuditReport report, TextWriter output)
    {
        output.WriteLine($"Audit of {report.SiteTitle} on {report.Today:yyyy-MM-dd}{(report.Strict ? " (strict)" : "")}");
        foreach (var (id, title) in report.Checks)
        {
            var findings = report.FindingsOf(id).ToList();
            output.WriteLine();
            output.WriteLine($"{title}: {Count(findings)}");
            foreach (var finding in findings) output.WriteLine($"  {finding}");
        }
        output.WriteLine();
        foreach (var note in AuditNotes.Of(report)) output.WriteLine(note);
        output.WriteLine($"Summary: {report.Summary}.");
        output.WriteLine(report.Failed
            ? report.Strict ? "The audit failed: --strict fails on any error or warning." : "The audit failed: fix the errors above."
            : report.Summary.Warnings > 0 ? "The audit passed, with warnings to act on." : "The audit passed.");
    }

    internal static string Count(IReadOnlyCollection<AuditFinding> findings) => findings.Count switch
    {
        0 => "no findings",
        var n => Counts.Of(n, "finding"),
    };
}
