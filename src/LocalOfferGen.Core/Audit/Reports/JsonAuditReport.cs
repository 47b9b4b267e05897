using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace LocalOfferGen.Audit.Reports;

/// <summary>The JSON report, schema <c>localoffer-audit/1</c> (documented in docs/audit.md and
/// docs/audit.schema.json). Keys are only ever added within a version, never renamed or removed.</summary>
public static class JsonAuditReport
{
    public const string Schema = "localoffer-audit/1";

    public static string Write(AuditReport report)
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            json.WriteStartObject();
            json.WriteString("schema", Schema);
            json.WriteStartObject("site");
            json.WriteString("title", report.SiteTitle);
            json.WriteString("authority", report.Authority);
            json.WriteString("base_url", report.BaseUrl);
            json.WriteEndObject();
            json.WriteString("today", Date(report.Today));
            json.WriteBoolean("strict", report.Strict);
            json.WriteBoolean("passed", !report.Failed);
            WriteSummary(json, report);
            WriteChecks(json, report);
            WriteFindings(json, report);
            WriteCoverage(json, report);
            WriteReview(json, report);
            WriteReadability(json, report);
            json.WriteEndObject();
        }
        return Encoding.UTF8.GetString(stream.ToArray()) + "\n";
    }

    private static void WriteSummary(Utf8JsonWriter json, AuditReport report)
    {
        var s = report.Summary;
        json.WriteStartObject("summary");
        json.WriteNumber("errors", s.Errors);
        json.WriteNumber("warnings", s.Warnings);
        json.WriteNumber("notices", s.Notices);
        json.WriteNumber("must_topics", s.MustTopics);
        json.WriteNumber("must_topics_covered", s.MustTopicsCovered);
        json.WriteNumber("should_topics", s.ShouldTopics);
        json.WriteNumber("should_topics_covered", s.ShouldTopicsCovered);
        json.WriteNumber("overdue", s.Overdue);
        json.WriteNumber("due_soon", s.DueSoon);
        json.WriteNumber("broken_links", s.BrokenLinks);
        json.WriteNumber("accessibility", s.Accessibility);
        json.WriteNumber("plain_english", s.PlainEnglish);
        json.WriteNumber("transparency", s.Transparency);
        json.WriteNumber("easy_read", s.EasyRead);
        json.WriteNumber("external_links", report.ExternalLinks);
        json.WriteBoolean("external_links_fetched", report.ExternalLinksFetched);
        json.WriteBoolean("built_output_checked", report.BuiltOutputChecked);
        json.WriteEndObject();
    }

    private static void WriteChecks(Utf8JsonWriter json, AuditReport report)
    {
        json.WriteStartArray("checks");
        foreach (var (id, title) in report.Checks)
        {
            json.WriteStartObject();
            json.WriteString("id", id);
            json.WriteString("title", title);
            json.WriteNumber("findings", report.FindingsOf(id).Count());
            json.WriteEndObject();
        }
        json.WriteEndArray();
    }

    private static void WriteFindings(Utf8JsonWriter json, AuditReport report)
    {
        json.WriteStartArray("findings");
        foreach (var f in report.Findings)
        {
            json.WriteStartObject();
            json.WriteString("check", f.Check);
            json.WriteString("severity", f.SeverityName);
            json.WriteString("code", f.Code);
            json.WriteString("file", f.Path);
            json.WriteNumber("line", f.Line);
            json.WriteNumber("column", f.Column);
            json.WriteString("message", f.Message);
            json.WriteEndObject();
        }
        json.WriteEndArray();
    }

    private static void WriteCoverage(Utf8JsonWriter json, AuditReport report)
    {
        json.WriteStartArray("coverage");
        foreach (var row in report.Coverage)
        {
            json.WriteStartObject();
            json.WriteString("id", row.Topic.Id);
            json.WriteString("title", row.Topic.Title);
            json.WriteString("level", row.Topic.Level == Model.TopicLevel.Must ? "must" : "should");
            json.WriteString("reference", row.Topic.Reference);
            json.WriteString("group", row.Group);
            json.WriteBoolean("local", row.Topic.IsLocal);
            json.WriteBoolean("covered", row.IsCovered);
            json.WriteStartArray("covered_by");
            foreach (var source in row.CoveredBy)
            {
                json.WriteStartObject();
                json.WriteString("kind", source.Kind);
                json.WriteString("title", source.Title);
                json.WriteString("url", source.Url);
                json.WriteEndObject();
            }
            json.WriteEndArray();
            json.WriteEndObject();
        }
        json.WriteEndArray();
    }

    private static void WriteReview(Utf8JsonWriter json, AuditReport report)
    {
        json.WriteStartArray("review");
        foreach (var item in report.Review)
        {
            json.WriteStartObject();
            json.WriteString("kind", item.Kind);
            json.WriteString("title", item.Title);
            json.WriteString("url", item.Url);
            json.WriteString("file", item.Path);
            json.WriteString("reviewed", Date(item.Reviewed));
            json.WriteString("review_by", Date(item.ReviewBy));
            json.WriteString("status", Status(item.State));
            json.WriteNumber("days_overdue", item.DaysOverdue);
            json.WriteEndObject();
        }
        json.WriteEndArray();
    }

    private static void WriteReadability(Utf8JsonWriter json, AuditReport report)
    {
        json.WriteStartArray("readability");
        foreach (var page in report.Readability)
        {
            json.WriteStartObject();
            json.WriteString("title", page.Title);
            json.WriteString("url", page.Url);
            json.WriteString("file", page.Path);
            json.WriteNumber("words", page.Scores.Words);
            json.WriteNumber("sentences", page.Scores.Sentences);
            json.WriteNumber("syllables", page.Scores.Syllables);
            json.WriteNumber("reading_ease", Math.Round(page.Scores.ReadingEase, 1));
            json.WriteNumber("reading_age", Math.Round(page.Scores.ReadingAge, 1));
            json.WriteBoolean("scored", page.IsScored);
            json.WriteEndObject();
        }
        json.WriteEndArray();
    }

    internal static string Status(ReviewState state) => state switch
    {
        ReviewState.Overdue => "overdue",
        ReviewState.DueSoon => "due-soon",
        _ => "up-to-date",
    };

    private static string Date(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
