using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace LocalOfferGen.Audit.Reports;

/// <summary>The JSON report, schema <c>localoffer-audit/1</c> (documented in docs/audit.md and
/// docs/audit.schema.json). Keys are only ever added within a version, never renamed or removed.
/// The document is written as one object whose members are named in snake_case, in the order written here.</summary>
public static class JsonAuditReport
{
    public const string Schema = "localoffer-audit/1";

    private static readonly JsonSerializerOptions Options = new()
    {
        WriteIndented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
    };

    public static string Write(AuditReport report)
    {
        var s = report.Summary;
        var document = new
        {
            Schema,
            Site = new { Title = report.SiteTitle, report.Authority, report.BaseUrl },
            Today = Date(report.Today),
            report.Strict,
            Passed = !report.Failed,
            Summary = new
            {
                s.Errors, s.Warnings, s.Notices, s.MustTopics, s.MustTopicsCovered, s.ShouldTopics, s.ShouldTopicsCovered,
                s.Overdue, s.DueSoon, s.BrokenLinks, s.Accessibility, s.PlainEnglish, s.Transparency, s.EasyRead,
                report.ExternalLinks, report.ExternalLinksFetched, report.BuiltOutputChecked,
            },
            Checks = report.Checks.Select(c => new { c.Id, c.Title, Findings = report.FindingsOf(c.Id).Count() }),
            Findings = report.Findings.Select(f => new { f.Check, Severity = f.SeverityName, f.Code, File = f.Path, f.Line, f.Column, f.Message }),
            Coverage = report.Coverage.Select(row => new
            {
                row.Topic.Id,
                row.Topic.Title,
                Level = row.Topic.Level == Model.TopicLevel.Must ? "must" : "should",
                row.Topic.Reference,
                row.Group,
                Local = row.Topic.IsLocal,
                Covered = row.IsCovered,
                CoveredBy = row.CoveredBy.Select(source => new { source.Kind, source.Title, source.Url }),
            }),
            Review = report.Review.Select(item => new
            {
                item.Kind, item.Title, item.Url, File = item.Path, Reviewed = Date(item.Reviewed), ReviewBy = Date(item.ReviewBy),
                Status = Status(item.State), item.DaysOverdue,
            }),
            Readability = report.Readability.Select(page => new
            {
                page.Title, page.Url, File = page.Path, page.Scores.Words, page.Scores.Sentences, page.Scores.Syllables,
                ReadingEase = Math.Round(page.Scores.ReadingEase, 1), ReadingAge = Math.Round(page.Scores.ReadingAge, 1),
                Scored = page.IsScored,
            }),
        };
        return JsonSerializer.Serialize(document, Options) + "\n";
    }

    internal static string Status(ReviewState state) => state switch
    {
        ReviewState.Overdue => "overdue",
        ReviewState.DueSoon => "due-soon",
        _ => "up-to-date",
    };

    private static string Date(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
