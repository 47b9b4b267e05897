using LocalOfferGen.Building;
using LocalOfferGen.Cli;
using LocalOfferGen.Diagnostics;
using LocalOfferGen.Output;

namespace LocalOfferGen.Tests.Hostile;

/// <summary>The output folder is the generator's alone: a build refuses any --output that would replace, move or
/// feed back a folder that is not one of its own outputs, and touches nothing when it does.</summary>
public sealed class OutputFolderTests
{
    private static BuildResult Build(HostileContent content, string output, string? themes = null) =>
        SiteBuilder.Build(new BuildOptions
        {
            ContentDirectory = content.Content,
            OutputDirectory = output,
            Formats = ["web"],
            Settings = new BuildSettings { Today = new(2026, 11, 27), ThemesDirectory = themes },
        });

    /// <summary>Every file and folder under the test's root, with the bytes of each file.</summary>
    private static Dictionary<string, string> Tree(string root) =>
        Directory.EnumerateFileSystemEntries(root, "*", SearchOption.AllDirectories)
            .ToDictionary(e => Path.GetRelativePath(root, e),
                e => File.Exists(e) ? Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(File.ReadAllBytes(e))) : "folder");

    private static void AssertRefused(BuildResult result, string code, string message)
    {
        Assert.False(result.Succeeded);
        Assert.True(result.OutputRefused);
        var error = Assert.Single(result.Diagnostics, d => d.Severity == Severity.Error);
        Assert.Equal(code, error.Code);
        Assert.Contains(message, error.Message);
        Assert.DoesNotContain("internal error", error.Message);
    }

    [Theory]
    [InlineData("content", DiagnosticCodes.OutputHoldsSources, "--output is the content folder")]
    [InlineData("content/..", DiagnosticCodes.OutputHoldsSources, "--output is the project folder")]
    [InlineData("content/../..", DiagnosticCodes.OutputHoldsSources, "--output holds the content folder")]
    [InlineData("content/images/out", DiagnosticCodes.OutputInsideSources, "--output lies inside the content folder")]
    [InlineData("content/pages", DiagnosticCodes.OutputInsideSources, "--output lies inside the content folder")]
    [InlineData("themes", DiagnosticCodes.OutputHoldsSources, "--output is the theme folder")]
    [InlineData("themes/mine/assets/out", DiagnosticCodes.OutputInsideSources, "--output lies inside the theme folder")]
    public void An_output_that_is_holds_or_lies_inside_what_the_build_reads_is_refused_and_nothing_moves(string relative, string code, string message)
    {
        using var content = HostileContent.Create();
        Directory.CreateDirectory(Path.Combine(content.Root, "themes", "mine", "assets"));
        File.WriteAllText(Path.Combine(content.Root, "themes", "mine", "assets", "site.css"), "body { color: black }");
        var before = Tree(content.Root);
        var parentBefore = Directory.EnumerateFileSystemEntries(Path.GetDirectoryName(content.Root)!).Count(e => Path.GetFileName(e).StartsWith('.'));
        AssertRefused(Build(content, Path.Combine(content.Root, relative)), code, message);
        Assert.Equal(before, Tree(content.Root));
        Assert.Equal(parentBefore, Directory.EnumerateFileSystemEntries(Path.GetDirectoryName(content.Root)!).Count(e => Path.GetFileName(e).StartsWith('.')));
    }

    [Fact]
    public void The_root_of_the_file_system_is_refused_plainly()
    {
        using var content = HostileContent.Create();
        AssertRefused(Build(content, Path.GetPathRoot(content.Root)!), DiagnosticCodes.OutputHoldsSources, "--output is the root of the file system");
    }

    [Fact]
    public void A_git_work_tree_holding_the_content_is_refused()
    {
        using var content = HostileContent.Create();
        var project = Path.Combine(content.Root, "repo");
        Directory.CreateDirectory(Path.Combine(project, ".git"));
        Directory.CreateDirectory(Path.Combine(project, "site"));
        Directory.Move(content.Content, Path.Combine(project, "site", "content"));
        var result = SiteBuilder.Build(new BuildOptions
        {
            ContentDirectory = Path.Combine(project, "site", "content"),
            OutputDirectory = project,
            Formats = ["web"],
            Settings = new BuildSettings { Today = new(2026, 11, 27) },
        });
        AssertRefused(result, DiagnosticCodes.OutputHoldsSources, "--output is the git work tree");
        Assert.True(Directory.Exists(Path.Combine(project, ".git")));
    }

    [Fact]
    public void A_folder_of_the_users_own_with_a_git_folder_is_refused_and_kept_exactly()
    {
        using var content = HostileContent.Create();
        var mine = Path.Combine(content.Root, "my-project");
        Directory.CreateDirectory(Path.Combine(mine, ".git", "objects"));
        File.WriteAllText(Path.Combine(mine, ".git", "HEAD"), "ref: refs/heads/main\n");
        File.WriteAllText(Path.Combine(mine, "notes.txt"), "my own notes");
        var before = Tree(content.Root);
        for (var build = 0; build < 2; build++)
        {
            AssertRefused(Build(content, mine), DiagnosticCodes.OutputNotOurs, "was not made by 'localoffer build'");
            Assert.Equal(before, Tree(content.Root));
        }
        Assert.False(Directory.Exists(Path.Combine(content.Root, ".my-project.previous")));
    }

    [Fact]
    public void A_file_and_a_symbolic_link_are_refused()
    {
        using var content = HostileContent.Create();
        var file = Path.Combine(content.Root, "site.txt");
        File.WriteAllText(file, "a file");
        AssertRefused(Build(content, file), DiagnosticCodes.OutputNotAFolder, "is a file");
        Assert.Equal("a file", File.ReadAllText(file));

        var real = Path.Combine(content.Root, "elsewhere");
        Directory.CreateDirectory(real);
        var link = Path.Combine(content.Root, "linked");
        try { Directory.CreateSymbolicLink(link, real); }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException) { Assert.Skip("this system does not allow symbolic links"); }
        AssertRefused(Build(content, link), DiagnosticCodes.OutputNotAFolder, "is a symbolic link");
        Assert.Empty(Directory.EnumerateFileSystemEntries(real));
    }

    [Fact]
    public void An_empty_folder_is_used_and_marked_and_its_own_output_is_replaced_next_time()
    {
        using var content = HostileContent.Create();
        Directory.CreateDirectory(content.Output);
        var first = Build(content, content.Output);
        Assert.True(first.Succeeded, string.Join('\n', first.Diagnostics));
        Assert.Equal(OutputMarker.Text, File.ReadAllText(Path.Combine(content.Output, OutputMarker.FileName)));
        Assert.DoesNotContain(OutputMarker.FileName, first.FilesWritten.Keys);
        File.WriteAllText(Path.Combine(content.Output, "stale.html"), "from an editor");
        Assert.True(Build(content, content.Output).Succeeded);
        Assert.False(File.Exists(Path.Combine(content.Output, "stale.html")));
        Assert.True(OutputMarker.IsIn(content.Output));
    }

    [Fact]
    public void The_command_line_refuses_with_exit_code_2_and_the_error_names_the_folder()
    {
        using var content = HostileContent.Create();
        var before = Tree(content.Root);
        var run = Localoffer.Invoke(content.Root, "build", "--content", "content", "--output", "content", "--today", "2026-11-27");
        Assert.Equal(CommandLine.UsageError, run.ExitCode);
        Assert.Contains("content: error LO0903: --output is the content folder", run.Error);
        Assert.DoesNotContain("internal error", run.Error + run.Out);
        Assert.Equal(before, Tree(content.Root));

        run = Localoffer.Invoke(content.Root, "build", "--content", "content", "--output", "/", "--today", "2026-11-27");
        Assert.Equal(CommandLine.UsageError, run.ExitCode);
        Assert.Contains("/: error LO0903: --output is the root of the file system", run.Error);
    }
}
