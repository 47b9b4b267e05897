namespace LocalOfferGen.Tests.Cli;

public class BuildCommandTests
{
    [Fact]
    public void Help_explains_each_option()
    {
        var run = Localoffer.Invoke(Repository.Root, "build", "--help");
        Assert.Equal(0, run.ExitCode);
        foreach (var option in new[] { "--content", "--output", "--formats", "--strict", "--today", "--print-marks" })
            Assert.Contains(option, run.Out);
    }

    [Fact]
    public void A_usage_error_exits_2()
    {
        var run = Localoffer.Invoke(Repository.Root, "build", "--no-such-option");
        Assert.Equal(2, run.ExitCode);
        Assert.Contains("--no-such-option", run.Error);
    }

    [Fact]
    public void An_unknown_format_exits_2()
    {
        var run = Localoffer.Invoke(Repository.Root, "build", "--formats", "web,pdf", "--output", Path.Combine(Path.GetTempPath(), "lo-unused"));
        Assert.Equal(2, run.ExitCode);
        Assert.Contains("unknown format 'pdf'", run.Error);
    }

    [Fact]
    public void Content_errors_exit_1_with_msbuild_form_lines_and_a_summary()
    {
        using var content = new TestContent();
        content.Write("pages/x.md", "---\ntitle: X\nsummary: S.\nreviewed: soon\nowner: Me\n---\nBody\n");
        var run = Localoffer.Invoke(content.Root, "build", "--formats", "web");
        Assert.Equal(1, run.ExitCode);
        Assert.Contains("content/pages/x.md(4,11): error LO0102: 'reviewed' must be a date like 2026-09-14, not \"soon\"", run.Error);
        Assert.Contains("Build failed: 1 error,", run.Out);
        Assert.False(Directory.Exists(content.Output));
    }

    [Fact]
    public void A_good_build_exits_0_and_summarises()
    {
        using var content = new TestContent();
        var run = Localoffer.Invoke(content.Root, "build", "--formats", "web");
        Assert.Equal(0, run.ExitCode);
        Assert.Matches(@"Built 3 pages and 1 service: \d+ files written to output/, 0 warnings, 0 errors", run.Out);
        Assert.True(File.Exists(Path.Combine(content.Output, "index.html")));
    }
}
