using LocalOfferGen.Comparing.Reports;
using LocalOfferGen.Tests.Comparing;

namespace LocalOfferGen.Tests.Cli;

/// <summary>The real <c>localoffer diff</c> program, run in a repository as the workflow runs it.</summary>
public sealed class DiffCommandTests(CommitsFixture commits) : IClassFixture<CommitsFixture>
{
    [Fact]
    public void Diff_writes_the_pull_request_comment_and_exits_0()
    {
        var run = Localoffer.Invoke(commits.Content.Root, "diff", "before", "after", "--format", "markdown",
            "--preview-url", "https://preview.example/pr-7", "--today", "2026-11-27");

        Assert.True(run.ExitCode == 0, run.Error);
        Assert.StartsWith(MarkdownDiffReport.Marker + "\n", run.Out, StringComparison.Ordinal);
        Assert.Contains("[/education/plans/](https://preview.example/pr-7/education/plans/)", run.Out);
        Assert.Contains("| Leaflet | EHC plans | `/print/plans.pdf` |", run.Out);
        // Nothing but the report goes to standard output, so it can be redirected into the comment as it is.
        Assert.DoesNotContain("Built ", run.Out);
    }

    [Fact]
    public void A_name_that_is_no_commit_is_reported_in_the_diagnostic_form_and_exits_1()
    {
        var run = Localoffer.Invoke(commits.Content.Root, "diff", "main~5", "HEAD");

        Assert.Equal(1, run.ExitCode);
        Assert.StartsWith("main~5: error LO1121: no commit of this name", run.Error, StringComparison.Ordinal);
        Assert.Equal("", run.Out);
    }

    [Fact]
    public void A_preview_address_that_is_not_http_is_a_usage_error()
    {
        var run = Localoffer.Invoke(commits.Content.Root, "diff", "before", "--preview-url", "javascript:alert(1)");
        Assert.Equal(2, run.ExitCode);
        Assert.Contains("--preview-url must be an http or https address", run.Error);
    }
}
