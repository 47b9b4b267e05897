using System.Globalization;
using System.Text;
using LocalOfferGen.Model;
using LocalOfferGen.Wording;

namespace LocalOfferGen.Audit.Reports;

/// <summary>The Markdown report: for a pull request's job summary ($GITHUB_STEP_SUMMARY), an issue or an email.</summary>
public static class MarkdownAuditReport
{
    public static string Write(AuditReport report)
    {
        var s = report.Summary;
        var md = new StringBuilder();
        md.AppendLine($"# Local Offer audit: {Cell(report.SiteTitle)}");
        md.AppendLine();
        md.AppendLine($"{Cell(report.Authority)}, audited on {report.Today:yyyy-MM-dd}{(report.Strict ? " (strict)" : "")}. " +
                      $"**{report.Result}**: {Plural(s.Errors, "error")}, {Plural(s.Warnings, "warning")}, {Plural(s.Notices, "notice")}.");
        md.AppendLine();
        md.AppendLine("| Check | Result |");
        md.AppendLine("|---|---|");
        md.AppendLine($"| Statutory coverage | {s.MustTopicsCovered} of {s.MustTopics} must-topics and {s.ShouldTopicsCovered} of {s.ShouldTopics} should-topics covered |");
        md.AppendLine($"| Up to date | {s.Overdue} overdue, {s.DueSoon} due for review soon |");
        md.AppendLine($"| Links | {Plural(s.BrokenLinks, "problem")} |");
        md.AppendLine($"| Accessibility of content | {Plural(s.Accessibility, "problem")} |");
        md.AppendLine($"| Plain English | {Plural(s.PlainEnglish, "problem")} |");
        md.AppendLine($"| Transparency | {Plural(s.Transparency, "problem")} |");
        if (report.Checks.Any(c => c.Id == AuditCheckIds.EasyRead))
            md.AppendLine($"| Easy read | {Plural(s.EasyRead, "problem")} |");
        foreach (var note in AuditNotes.Of(report))
        {
            md.AppendLine();
            md.AppendLine($"> {note}");
        }

        var uncovered = report.Coverage.Where(c => !c.IsCovered).ToList();
        md.AppendLine();
        md.AppendLine("## Statutory topics not covered");
        md.AppendLine();
        if (uncovered.Count == 0) md.AppendLine("Every topic is covered by at least one published page, service or generated page.");
        else
        {
            md.AppendLine("| Topic | Level | Reference |");
            md.AppendLine("|---|---|---|");
            foreach (var row in uncovered)
                md.AppendLine($"| {Cell(row.Topic.Title)} (`{row.Topic.Id}`) | {(row.Topic.Level == TopicLevel.Must ? "must" : "should")} | {Cell(row.Topic.Reference)} |");
        }

        var late = report.Review.Where(r => r.State != ReviewState.UpToDate).OrderByDescending(r => r.DaysOverdue).ToList();
        md.AppendLine();
        md.AppendLine("## Overdue and due for review");
        md.AppendLine();
        if (late.Count == 0) md.AppendLine("Nothing is overdue or due for review soon.");
        else
        {
            md.AppendLine("| Page or service | Review by | Status |");
            md.AppendLine("|---|---|---|");
            foreach (var item in late)
                md.AppendLine($"| {Cell(item.Title)} (`{item.Path}`) | {item.ReviewBy:yyyy-MM-dd} | " +
                              $"{(item.State == ReviewState.Overdue ? $"**{Counts.Of(item.DaysOverdue, "day")} overdue**" : $"due in {Counts.Of(item.DaysLeft, "day")}")} |");
        }

        md.AppendLine();
        md.AppendLine("## Findings");
        foreach (var (id, title) in report.Checks)
        {
            var findings = report.FindingsOf(id).ToList();
            md.AppendLine();
            md.AppendLine($"### {title} ({ConsoleAuditReport.Count(findings)})");
            if (findings.Count == 0) continue;
            md.AppendLine();
            foreach (var f in findings)
                md.AppendLine($"- `{f.Path}{(f.Line > 0 ? $":{f.Line}" : "")}` {f.SeverityName} {f.Code}: {Cell(f.Message)}");
        }
        return md.ToString();
    }

    private static string Plural(int n, string word) => n == 1 ? $"1 {word}" : $"{n.ToString(CultureInfo.InvariantCulture)} {word}s";

    /// <summary>Text safe inside a table cell or list item: no pipes or line breaks, and no raw HTML.</summary>
    private static string Cell(string text) =>
        text.Replace("|", "\\|").Replace("<", "&lt;").Replace("\r", " ").Replace("\n", " ");
}
