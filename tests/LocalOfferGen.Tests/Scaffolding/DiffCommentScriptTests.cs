using System.Diagnostics;
using System.Text.Json;
using LocalOfferGen.Comparing.Reports;
using LocalOfferGen.Scaffolding;
using LocalOfferGen.Tests.OpenReferral;
using YamlDotNet.RepresentationModel;

namespace LocalOfferGen.Tests.Scaffolding;

/// <summary>The script the shipped workflow posts <c>localoffer diff</c>'s comment with, run against a fake <c>gh</c>:
/// the first push adds one comment, each later push edits that one, and nobody else's comment is touched.</summary>
public sealed class DiffCommentScriptTests : IDisposable
{
    private readonly TempFolder _temp = new();
    private readonly FakeGh _gh;
    private readonly string _script;

    public DiffCommentScriptTests()
    {
        _gh = new FakeGh(_temp["gh"]);
        // The script exactly as a new site gets it.
        _script = _temp["pr-diff-comment.sh"];
        File.WriteAllText(_script, RepositoryFiles.All().Single(f => f.Path == RepositoryFiles.DiffCommentScriptPath).Text);
    }

    public void Dispose() => _temp.Dispose();

    private sealed record Comment(long Id, string Login, string Body);

    private List<Comment> Comments() => JsonDocument.Parse(File.ReadAllText(_gh.CommentsFile)).RootElement.EnumerateArray()
        .Select(c => new Comment(c.GetProperty("id").GetInt64(), c.GetProperty("user").GetProperty("login").GetString()!, c.GetProperty("body").GetString()!))
        .ToList();

    private (int ExitCode, string Error) Post(string report)
    {
        var file = _temp["report.md"];
        File.WriteAllText(file, report);
        var start = new ProcessStartInfo("bash") { RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(_script);
        start.ArgumentList.Add(file);
        start.Environment["PATH"] = _gh.Bin + ":" + Environment.GetEnvironmentVariable("PATH");
        start.Environment["FAKE_GH"] = _gh.Folder;
        start.Environment["GITHUB_REPOSITORY"] = FakeGh.Repository;
        start.Environment["PR_NUMBER"] = FakeGh.PullRequest;
        start.Environment["RUN_URL"] = "https://github.com/council/local-offer/actions/runs/42";
        using var process = Process.Start(start)!;
        var error = process.StandardError.ReadToEndAsync();
        process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        return (process.ExitCode, error.Result);
    }

    private static string Report(string line) => $"{MarkdownDiffReport.Marker}\n### What this changes on the Local Offer\n\n{line}\n";

    [Fact]
    public void The_first_push_adds_one_comment_and_the_next_edits_it_never_adding_a_second()
    {
        // Someone quoting the marker at the top of a comment of their own, and another bot comment: neither is ours.
        File.WriteAllText(_gh.CommentsFile, JsonSerializer.Serialize(new object[]
        {
            new { id = 1, user = new { login = "an-editor" }, body = MarkdownDiffReport.Marker + "\nquoted" },
            new { id = 2, user = new { login = "github-actions[bot]" }, body = "Another bot comment" },
        }));

        Assert.Equal((0, ""), Post(Report("1 changed, 0 added, 0 removed.")));
        var ours = Assert.Single(Comments(), c => c.Body.StartsWith(MarkdownDiffReport.Marker, StringComparison.Ordinal) && c.Login == "github-actions[bot]");
        Assert.Contains("1 changed, 0 added, 0 removed.", ours.Body);
        Assert.Contains("[this run](https://github.com/council/local-offer/actions/runs/42)", ours.Body);

        Assert.Equal((0, ""), Post(Report("2 changed, 1 added, 0 removed.")));
        var comments = Comments();
        Assert.Equal(3, comments.Count);
        var edited = Assert.Single(comments, c => c.Body.StartsWith(MarkdownDiffReport.Marker, StringComparison.Ordinal) && c.Login == "github-actions[bot]");
        Assert.Equal(ours.Id, edited.Id);
        Assert.Contains("2 changed, 1 added, 0 removed.", edited.Body);
        Assert.DoesNotContain("1 changed", edited.Body);
        Assert.Equal(MarkdownDiffReport.Marker + "\nquoted", comments.Single(c => c.Id == 1).Body);

        var calls = _gh.Calls.Select(c => c.Split(' ')[0..3]).Select(p => string.Join(' ', p)).ToList();
        Assert.Equal(
            [
                "api --paginate repos/council/local-offer/issues/7/comments",
                "api --method POST",
                "api --paginate repos/council/local-offer/issues/7/comments",
                "api --method PATCH",
            ],
            calls);
        Assert.EndsWith($"repos/council/local-offer/issues/comments/{ours.Id} -F body=@", _gh.Calls[3][..(_gh.Calls[3].IndexOf('@') + 1)]);
    }

    [Fact]
    public void A_file_that_is_not_the_diff_report_is_not_posted()
    {
        var (exit, error) = Post("Build failed\n");
        Assert.Equal(2, exit);
        Assert.Contains("does not start with <!-- localoffer-diff -->", error);
        Assert.Empty(_gh.Calls);
    }

    [Fact]
    public void The_workflow_comments_on_pull_requests_with_the_diff_of_the_merge_commit_and_its_base()
    {
        var yaml = new YamlStream();
        yaml.Load(new StringReader(RepositoryFiles.All().Single(f => f.Path == RepositoryFiles.WorkflowPath).Text));
        var job = (YamlMappingNode)((YamlMappingNode)((YamlMappingNode)yaml.Documents.Single().RootNode)["jobs"])["changes"];
        Assert.Contains("github.event_name == 'pull_request'", ((YamlScalarNode)job["if"]).Value);
        Assert.Equal("write", ((YamlScalarNode)((YamlMappingNode)job["permissions"])["pull-requests"]).Value);
        var steps = ((YamlSequenceNode)job["steps"]).Cast<YamlMappingNode>().ToList();
        Assert.Equal("2", ((YamlScalarNode)((YamlMappingNode)steps[0]["with"])["fetch-depth"]).Value);
        var runs = steps.Where(s => s.Children.ContainsKey("run")).Select(s => ((YamlScalarNode)s["run"]).Value!).ToList();
        Assert.Equal(
            [
                "dotnet tool restore",
                "dotnet localoffer diff HEAD^1 HEAD --content content --format markdown --preview-url \"$PREVIEW_URL\" > pr-diff.md",
                $"bash {RepositoryFiles.DiffCommentScriptPath} pr-diff.md",
            ],
            runs);
    }
}
