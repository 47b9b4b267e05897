using System.Diagnostics;
using System.Text.Json;

namespace LocalOfferGen.Tests.Audit;

/// <summary>The real <c>localoffer audit</c>, run as an editor or a CI job would.</summary>
public class AuditCommandTests
{
    [Fact]
    public void Warnings_exit_0_and_fail_only_with_strict()
    {
        using var site = AuditTestSite.With(AuditTestSite.Page("late", "Some words.", reviewed: "2025-01-01"));
        var run = Localoffer.Invoke(site.Root, "audit", "--today", "2026-11-27");
        Assert.Equal(0, run.ExitCode);
        Assert.Contains("content/pages/about/late.md(1,1): warning LO3201: this page was due for review on 2026-01-01, 330 days ago", run.Out);
        Assert.Contains("Summary: coverage 37 of 37 must-topics, 1 overdue", run.Out);
        Assert.Contains("The audit passed, with warnings to act on.", run.Out);

        var strict = Localoffer.Invoke(site.Root, "audit", "--today", "2026-11-27", "--strict");
        Assert.Equal(1, strict.ExitCode);
        Assert.Contains("The audit failed: --strict fails on any error or warning.", strict.Out);
    }

    [Fact]
    public void Errors_exit_1()
    {
        using var site = AuditTestSite.With(AuditTestSite.Page("broken", "See [the part](/ehc-plans/#nowhere)."));
        var run = Localoffer.Invoke(site.Root, "audit", "--today", "2026-11-27");
        Assert.Equal(1, run.ExitCode);
        Assert.Contains("content/pages/about/broken.md(9,5): error LO3301:", run.Out);
    }

    [Fact]
    public void Json_goes_to_standard_output()
    {
        var run = Localoffer.Invoke(Repository.Root, "audit", "--today", "2026-11-27", "--format", "json", "--output", "no-such-output");
        Assert.Equal(0, run.ExitCode);
        using var json = JsonDocument.Parse(run.Out);
        Assert.Equal("localoffer-audit/1", json.RootElement.GetProperty("schema").GetString());
        Assert.False(json.RootElement.GetProperty("summary").GetProperty("built_output_checked").GetBoolean());
    }

    [Fact]
    public void GitHub_format_writes_workflow_commands_and_adds_the_markdown_report_to_the_job_summary()
    {
        using var site = AuditTestSite.With(AuditTestSite.Page("late", "Some words.", reviewed: "2025-01-01"));
        var summary = Path.Combine(site.Root, "summary.md");
        File.WriteAllText(summary, "Earlier step\n");
        var run = Invoke(site.Root, new() { ["GITHUB_STEP_SUMMARY"] = summary }, "audit", "--today", "2026-11-27", "--format", "github");
        Assert.Equal(0, run.ExitCode);
        Assert.Contains("::warning file=content/pages/about/late.md,line=1,col=1,title=LO3201 (up-to-date)::this page was due", run.Out);
        var markdown = File.ReadAllText(summary);
        Assert.StartsWith("Earlier step\n# Local Offer audit: Exampleshire SEND Local Offer", markdown);
    }

    [Fact]
    public void Content_errors_are_workflow_commands_too_in_github_format()
    {
        using var site = AuditTestSite.With(AuditTestSite.Page("bad", "Text.", reviewed: "soon"));
        var run = Localoffer.Invoke(site.Root, "audit", "--format", "github");
        Assert.Equal(1, run.ExitCode);
        Assert.Contains("::error file=content/pages/about/bad.md,line=4,col=11,title=LO0102 (content)::'reviewed' must be a date", run.Out);
    }

    [Fact]
    public void An_unknown_format_is_a_usage_error()
    {
        var run = Localoffer.Invoke(Repository.Root, "audit", "--format", "pdf");
        Assert.Equal(2, run.ExitCode);
    }

    private static Localoffer.Run Invoke(string workingDirectory, Dictionary<string, string> environment, params string[] args)
    {
        var start = new ProcessStartInfo("dotnet") { WorkingDirectory = workingDirectory, RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "localoffer.dll"));
        foreach (var arg in args) start.ArgumentList.Add(arg);
        foreach (var (name, value) in environment) start.Environment[name] = value;
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        process.WaitForExit();
        return new Localoffer.Run(process.ExitCode, output.Result, error.Result);
    }
}
