namespace LocalOfferGen.Audit.Reports;

/// <summary>GitHub Actions workflow commands (<c>::error file=…,line=…,col=…,title=LO3301::message</c>), which
/// GitHub shows on the changed lines of a pull request. The Markdown report goes to the job summary.</summary>
public static class GitHubAuditReport
{
    public static void WriteCommands(AuditReport report, TextWriter output)
    {
        WriteCommands(report.Findings, output);
        output.WriteLine($"Summary: {report.Summary}.");
    }

    public static void WriteCommands(IEnumerable<AuditFinding> findings, TextWriter output)
    {
        foreach (var f in findings)
        {
            var properties = $"file={Property(f.Path)}";
            if (f.Line > 0) properties += $",line={f.Line},col={Math.Max(f.Column, 1)}";
            properties += $",title={Property($"{f.Code} ({f.Check})")}";
            output.WriteLine($"::{f.SeverityName} {properties}::{Data(f.Message)}");
        }
    }

    /// <summary>Escaping of the message part, as the workflow command syntax requires.</summary>
    private static string Data(string text) => text.Replace("%", "%25").Replace("\r", "%0D").Replace("\n", "%0A");

    /// <summary>Escaping of a property value, which also may not hold ':' or ','.</summary>
    private static string Property(string text) => Data(text).Replace(":", "%3A").Replace(",", "%2C");
}
