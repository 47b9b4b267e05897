using System.Text.Json;
using LocalOfferGen.Comparing;
using LocalOfferGen.Comparing.Reports;
using LocalOfferGen.Diagnostics;
using LocalOfferGen.Tests.Changes;

namespace LocalOfferGen.Tests.Comparing;

/// <summary><c>localoffer diff</c>'s comparison of two commits' built output (the library, then the command).</summary>
public sealed class SiteComparerTests(CommitsFixture commits) : IClassFixture<CommitsFixture>
{
    private static readonly DateOnly Today = new(2026, 11, 27);

    private SiteComparer.Result Compare(string baseName, string headName) =>
        SiteComparer.Compare(commits.Content.Content, baseName, headName, Today);

    /// <summary>The home page is changed too, truly: it says "Search 2 services" now, not "Search 1 service". Every other
    /// page only has a new "Information correct at" date in its footer, and the leaflet kept only a new metadata date.</summary>
    [Fact]
    public void Lists_exactly_the_changed_page_the_added_service_and_the_removed_leaflet()
    {
        var result = Compare("before", "after");
        Assert.True(result.Diff is not null, string.Join("\n", result.Diagnostics));
        Assert.Equal(
            [
                new DiffItem(DiffItemKind.Page, DiffChange.Changed, "/", "Testshire Local Offer", "/"),
                new DiffItem(DiffItemKind.Page, DiffChange.Changed, "/education/plans/", "EHC plans", "/education/plans/"),
                new DiffItem(DiffItemKind.Service, DiffChange.Added, "speech-therapy", "Speech and language therapy", "/services/speech-therapy/"),
                new DiffItem(DiffItemKind.Leaflet, DiffChange.Removed, "plans", "EHC plans", "/print/plans.pdf"),
            ],
            result.Diff.Items);
        Assert.Empty(result.Diagnostics);
    }

    /// <summary>An item whose files the build does not write would hash the same on both sides, whatever changed:
    /// so each file compared must be one the compared formats write.</summary>
    [Fact]
    public void Every_file_compared_is_one_the_build_writes()
    {
        using var content = new TestContent();
        content.Write("easy-read/education/index.md", """
            ---
            title: School
            summary: Help at school.
            reviewed: 2026-09-01
            ---

            ## Help at school

            Your school can help you.
            """);
        content.Write("leaflets/plans.yml", "title: EHC plans\nsize: a5\nsections:\n  - page: education/plans\n");
        var build = content.Build([.. CommitBuilder.Formats]);
        Assert.True(build.Succeeded, string.Join("\n", build.Diagnostics));
        var items = ItemFiles.Of(build.Site!).ToList();
        Assert.Equal([DiffItemKind.Page, DiffItemKind.EasyReadPage, DiffItemKind.Service, DiffItemKind.Leaflet], items.Select(i => i.Kind).Distinct());
        Assert.All(items.SelectMany(i => i.Files), file => Assert.True(File.Exists(Path.Combine(content.Output, file)), file));
        Assert.Equal(["easy-read/education/index.html", "print/easy-read/education.pdf"], items.Single(i => i.Kind == DiffItemKind.EasyReadPage).Files);
    }

    [Fact]
    public void The_same_commit_on_both_sides_changes_nothing()
    {
        var result = Compare("after", "after");
        Assert.NotNull(result.Diff);
        Assert.True(result.Diff.IsEmpty, string.Join("\n", result.Diff.Items));
    }

    [Fact]
    public void The_markdown_comment_starts_with_its_marker_and_links_each_item_to_the_preview()
    {
        var diff = Compare("before", "after").Diff!;
        var markdown = MarkdownDiffReport.Write(diff, "https://preview.example/pr-7/");
        Assert.StartsWith(MarkdownDiffReport.Marker + "\n", markdown, StringComparison.Ordinal);
        Assert.Contains("| Page | EHC plans | [/education/plans/](https://preview.example/pr-7/education/plans/) |", markdown, StringComparison.Ordinal);
        Assert.Contains("| Service | Speech and language therapy | [/services/speech\\-therapy/](https://preview.example/pr-7/services/speech-therapy/) |".Replace("\\-", "-", StringComparison.Ordinal), markdown, StringComparison.Ordinal);
        // A removed leaflet is not on the preview any more: its old path, without a link.
        Assert.Contains("| Leaflet | EHC plans | `/print/plans.pdf` |", markdown, StringComparison.Ordinal);
        Assert.Contains("2 changed, 1 added, 1 removed", markdown, StringComparison.Ordinal);
        Assert.Equal(1, markdown.Split(MarkdownDiffReport.Marker).Length - 1);
    }

    [Fact]
    public void A_title_cannot_break_the_table_or_write_the_marker()
    {
        var diff = new SiteDiff("main", "aaaa", "HEAD", "bbbb",
            [new DiffItem(DiffItemKind.Page, DiffChange.Added, "/x/", "A | B <!-- localoffer-diff --> [c](d)", "/x/")]);
        var markdown = MarkdownDiffReport.Write(diff, null);
        Assert.Equal(1, markdown.Split(MarkdownDiffReport.Marker).Length - 1);
        Assert.Contains("| Page | A \\| B &lt;!\\-\\- localoffer\\-diff \\-\\-&gt; \\[c\\](d) | `/x/` |".Replace("\\-", "-", StringComparison.Ordinal), markdown, StringComparison.Ordinal);
    }

    [Fact]
    public void The_json_report_has_each_item_with_its_preview_address()
    {
        var json = JsonDocument.Parse(JsonDiffReport.Write(Compare("before", "after").Diff!, "https://preview.example/")).RootElement;
        Assert.Equal("localoffer-diff/1", json.GetProperty("schema").GetString());
        Assert.Equal(GitRepository.Git(commits.Content.Root, null, "rev-parse", "before").Trim(), json.GetProperty("base").GetProperty("commit").GetString());
        Assert.Equal(1, json.GetProperty("summary").GetProperty("added").GetInt32());
        var items = json.GetProperty("items").EnumerateArray().Select(i =>
            (i.GetProperty("change").GetString(), i.GetProperty("kind").GetString(), i.GetProperty("id").GetString(), i.GetProperty("url").GetString())).ToList();
        Assert.Equal(
            [
                ("changed", "page", "/", "https://preview.example/"),
                ("changed", "page", "/education/plans/", "https://preview.example/education/plans/"),
                ("added", "service", "speech-therapy", "https://preview.example/services/speech-therapy/"),
                ("removed", "leaflet", "plans", null),
            ],
            items);
    }

    [Fact]
    public void A_name_that_is_no_commit_is_LO1121_for_each_side()
    {
        var result = Compare("no-such-branch", "--output=x");
        Assert.Null(result.Diff);
        Assert.Equal([DiagnosticCodes.DiffUnknownRef, DiagnosticCodes.DiffUnknownRef], result.Diagnostics.Select(d => d.Code).ToArray());
        Assert.Contains(result.Diagnostics, d => d.Path == "no-such-branch");
    }

    [Fact]
    public void A_content_folder_outside_git_is_LO1120()
    {
        using var loose = new TestContent();
        var result = SiteComparer.Compare(loose.Content, "main", "HEAD", Today);
        Assert.Null(result.Diff);
        Assert.Equal(DiagnosticCodes.DiffNotARepository, Assert.Single(result.Diagnostics).Code);
    }

    [Fact]
    public void A_commit_whose_content_does_not_build_is_LO1124_after_its_own_errors()
    {
        commits.Content.Write("pages/broken.md", "no front matter here\n");
        GitRepository.Git(commits.Content.Root, null, "stash", "-u", "-q");
        try
        {
            // A commit on a branch of its own, so the other tests' tags stay as they were.
            GitRepository.Git(commits.Content.Root, null, "checkout", "-q", "-b", "broken", "after");
            GitRepository.Git(commits.Content.Root, null, "stash", "pop", "-q");
            GitRepository.CommitAll(commits.Content.Root, new DateOnly(2026, 11, 21), "Broken page");
            var result = Compare("after", "broken");
            Assert.Null(result.Diff);
            Assert.Contains(result.Diagnostics, d => d.Code == DiagnosticCodes.DiffCommitDoesNotBuild && d.Path == "broken");
            // The page's own error, located as in the commit, not in the temporary copy.
            Assert.Contains(result.Diagnostics, d => d.Code == DiagnosticCodes.FrontMatterMissing && d.Path == "content/pages/broken.md");
        }
        finally
        {
            GitRepository.Git(commits.Content.Root, null, "checkout", "-q", "main");
        }
    }
}
