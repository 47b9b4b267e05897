using System.Text.Json;
using Json.Schema;
using LocalOfferGen.Audit;
using LocalOfferGen.Audit.Reports;
using LocalOfferGen.Diagnostics;

namespace LocalOfferGen.Tests.Audit;

public sealed class PlantedAuditFixture : IDisposable
{
    public PlantedAuditFixture()
    {
        Site = AuditTestSite.With(
            AuditTestSite.Page("problems", """
                ## Start

                ![](/images/home-family.png) Read [more, 100% free](/ehc-plans/#missing).

                #### Too deep
                """, owner: "TBC", reviewed: "2025-01-01"),
            AuditTestSite.Page("late", "Some words.", reviewed: "2025-09-01"));
        Report = Site.Audit(strict: false);
    }

    public AuditTestSite Site { get; }
    public AuditReport Report { get; }

    public void Dispose() => Site.Dispose();
}

public class ReportTests(PlantedAuditFixture fixture) : IClassFixture<PlantedAuditFixture>
{
    private AuditReport Report => fixture.Report;

    /// <summary>The planted page's path as findings show it (the content folder as the loader was given it).</summary>
    private string File(string name) => fixture.Site.Content.Replace('\\', '/') + $"/pages/about/{name}.md";

    [Fact]
    public void The_json_report_matches_its_documented_schema()
    {
        var schema = JsonSchema.FromText(System.IO.File.ReadAllText(Path.Combine(Repository.Root, "docs", "audit.schema.json")));
        foreach (var report in new[] { Report, AuditTestSite.Run(Repository.Content) })
        {
            using var json = JsonDocument.Parse(JsonAuditReport.Write(report));
            var result = schema.Evaluate(json.RootElement, new EvaluationOptions { OutputFormat = OutputFormat.List });
            Assert.True(result.IsValid, string.Join("\n", (result.Details ?? []).Where(d => d.Errors is not null)
                .SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation}: {e.Value}"))));
        }
    }

    [Fact]
    public void The_json_report_holds_every_finding_with_its_place_and_is_stable()
    {
        var text = JsonAuditReport.Write(Report);
        Assert.Equal(text, JsonAuditReport.Write(Report));
        using var json = JsonDocument.Parse(text);
        var root = json.RootElement;
        Assert.Equal("localoffer-audit/1", root.GetProperty("schema").GetString());
        Assert.Equal("2026-11-27", root.GetProperty("today").GetString());
        Assert.False(root.GetProperty("passed").GetBoolean()); // the missing anchor is an error
        var findings = root.GetProperty("findings").EnumerateArray().ToList();
        Assert.Equal(Report.Findings.Count, findings.Count);
        var anchor = findings.Single(f => f.GetProperty("code").GetString() == DiagnosticCodes.MissingAnchor);
        Assert.Equal(("links", "error", File("problems"), 11),
            (anchor.GetProperty("check").GetString(), anchor.GetProperty("severity").GetString(), anchor.GetProperty("file").GetString(),
             anchor.GetProperty("line").GetInt32()));
        Assert.Equal(2, root.GetProperty("summary").GetProperty("overdue").GetInt32());
        Assert.Equal(Report.Coverage.Count, root.GetProperty("coverage").GetArrayLength());
    }

    [Fact]
    public void GitHub_commands_point_at_the_line_and_escape_the_message()
    {
        var output = new StringWriter();
        GitHubAuditReport.WriteCommands(Report, output);
        var lines = output.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Contains(lines, l => l.StartsWith($"::error file={File("problems")},line=11,col=", StringComparison.Ordinal)
                                    && l.Contains(",title=LO3301 (links)::"));
        Assert.Contains(lines, l => l.StartsWith($"::warning file={File("late")},line=1,col=1,title=LO3201 (up-to-date)::", StringComparison.Ordinal));
        Assert.StartsWith("Summary: coverage", lines[^1]);
        Assert.Equal(Report.Findings.Count + 1, lines.Length);

        var escaped = new StringWriter();
        GitHubAuditReport.WriteCommands(Report with { Findings = [new AuditFinding("links", AuditSeverity.Error, "LO3301", "a,b:c.md", 3, 4, "100% sure\nreally")] }, escaped);
        Assert.StartsWith("::error file=a%2Cb%3Ac.md,line=3,col=4,title=LO3301 (links)::100%25 sure\\nreally\n", escaped.ToString().ReplaceLineEndings("\n"));
    }

    [Fact]
    public void The_console_report_groups_findings_by_check_with_counts_and_ends_with_a_summary()
    {
        var output = new StringWriter();
        ConsoleAuditReport.Write(Report, output);
        var text = output.ToString();
        Assert.Contains("Up to date: 2 findings", text);
        Assert.Contains($"  {File("late")}(1,1): warning LO3201: this page was due for review on 2026-09-01, 87 days ago", text);
        Assert.Contains("Transparency: 1 finding", text);
        Assert.Contains("Summary: coverage 37 of 37 must-topics, 2 overdue (0 due soon), 1 broken link, 2 accessibility", text);
        Assert.EndsWith("The audit failed: fix the errors above." + Environment.NewLine, text);
        Assert.True(text.IndexOf("Statutory coverage:", StringComparison.Ordinal) < text.IndexOf("Up to date:", StringComparison.Ordinal));
    }

    [Fact]
    public void The_markdown_report_has_the_summary_the_overdue_table_most_overdue_first_and_the_findings()
    {
        var markdown = MarkdownAuditReport.Write(Report);
        Assert.StartsWith("# Local Offer audit: Exampleshire SEND Local Offer", markdown);
        Assert.Contains("| Statutory coverage | 37 of 37 must-topics and 1 of 1 should-topics covered |", markdown);
        var first = markdown.IndexOf($"(`{File("problems")}`) | 2026-01-01 | **330 days overdue**", StringComparison.Ordinal);
        var second = markdown.IndexOf($"(`{File("late")}`) | 2026-09-01 | **87 days overdue**", StringComparison.Ordinal);
        Assert.True(first > 0 && first < second);
        Assert.Contains($"- `{File("problems")}:11` error LO3301:", markdown);
        Assert.Contains("### Links (1 finding)", markdown);
    }

    [Fact]
    public void Strict_fails_on_warnings_but_never_on_notices()
    {
        var strict = Report with { Strict = true };
        Assert.True(strict.Failed);
        Assert.False((strict with { Findings = Report.Findings.Where(f => f.Severity == AuditSeverity.Notice).ToList() }).Failed);
        Assert.True((strict with { Findings = Report.Findings.Where(f => f.Severity == AuditSeverity.Warning).ToList() }).Failed);
        Assert.False((Report with { Findings = Report.Findings.Where(f => f.Severity == AuditSeverity.Warning).ToList() }).Failed);
    }
}
