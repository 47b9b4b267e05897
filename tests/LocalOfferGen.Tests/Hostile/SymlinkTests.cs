using LocalOfferGen.Building;
using LocalOfferGen.Diagnostics;
using LocalOfferGen.Output;

namespace LocalOfferGen.Tests.Hostile;

/// <summary>Issue 16, hole 1: a committed symbolic link must never publish a file from outside the content or
/// theme folder. Each case is a located error (LO0160) naming the link, the build publishes nothing, and the
/// secret text is in no output and no diagnostic. Git stores links as links, so they are made here.</summary>
public sealed class SymlinkTests
{
    private const string Secret = "ghp_SECRET_TOKEN_0123456789";

    private static BuildResult Build(HostileContent content) =>
        SiteBuilder.Build(new BuildOptions
        {
            ContentDirectory = content.Content,
            OutputDirectory = content.Output,
            Settings = new BuildSettings { Today = new(2026, 11, 27) },
        });

    /// <summary>A fake checkout beside the content: .git/config holding a token, as CI's checkout leaves it.</summary>
    private static string FakeGitFolder(HostileContent content)
    {
        var git = Path.Combine(content.Root, ".git");
        Directory.CreateDirectory(git);
        File.WriteAllText(Path.Combine(git, "config"), $"[http]\n\textraheader = AUTHORIZATION: basic {Secret}\n");
        return git;
    }

    private static void AddVideo(HostileContent content, string transcriptFile) =>
        content.Write("pages/video.md", $"""
            ---
            title: A video
            summary: A video with its transcript in a file.
            reviewed: 2026-11-16
            owner: Local Offer Team
            ---

            ```video
            url: https://www.youtube.com/watch?v=dQw4w9WgXcQ
            title: Our video
            transcript_file: {transcriptFile}
            ```

            """);

    private static void AssertRefused(HostileContent content, BuildResult result, string expectedLine)
    {
        Assert.False(result.Succeeded);
        Assert.False(Directory.Exists(content.Output), "nothing is published");
        var lines = content.Lines(result.Diagnostics);
        Assert.Contains(expectedLine, lines);
        Assert.DoesNotContain(lines, l => l.Contains(Secret) || l.Contains("root:x:0:0"));
    }

    [Fact]
    public void A_transcript_read_through_a_folder_link_to_the_git_folder_is_an_error_at_the_key()
    {
        using var content = HostileContent.Create();
        FakeGitFolder(content);
        Directory.CreateSymbolicLink(Path.Combine(content.Content, "transcripts"), "../.git");
        AddVideo(content, "transcripts/config");

        var result = Build(content);

        AssertRefused(content, result,
            "content/pages/video.md(11,18): error LO0160: 'transcripts/config' is reached through content/transcripts, a symbolic link that leads outside the content folder; nothing outside the content folder is read or published. Put the files themselves there instead of a link");
    }

    [Fact]
    public void A_transcript_read_through_a_link_to_the_root_folder_is_an_error()
    {
        using var content = HostileContent.Create();
        Directory.CreateSymbolicLink(Path.Combine(content.Content, "transcripts"), "/");
        AddVideo(content, "transcripts/etc/passwd");

        var result = Build(content);

        AssertRefused(content, result,
            "content/pages/video.md(11,18): error LO0160: 'transcripts/etc/passwd' is reached through content/transcripts, a symbolic link that leads outside the content folder; nothing outside the content folder is read or published. Put the files themselves there instead of a link");
    }

    [Fact]
    public void A_transcript_through_a_link_that_leaves_and_a_dot_dot_back_is_still_refused()
    {
        // "transcripts/../pages/about/index.md" reads as content/pages/about/index.md if ".." is taken from the text,
        // but the system takes it from the link's target (.git/..), which is outside the content folder.
        using var content = HostileContent.Create();
        FakeGitFolder(content);
        Directory.CreateSymbolicLink(Path.Combine(content.Content, "transcripts"), "../.git");
        AddVideo(content, "transcripts/../pages/about/index.md");
        var result = Build(content);
        AssertRefused(content, result,
            "content/pages/video.md(11,18): error LO0160: 'transcripts/../pages/about/index.md' is reached through content/transcripts, a symbolic link that leads outside the content folder; nothing outside the content folder is read or published. Put the files themselves there instead of a link");
    }

    [Fact]
    public void A_page_file_that_is_a_link_to_a_file_outside_is_an_error_at_the_link()
    {
        using var content = HostileContent.Create();
        var git = FakeGitFolder(content);
        File.CreateSymbolicLink(Path.Combine(content.Content, "pages", "secret.md"), Path.Combine(git, "config"));

        var result = Build(content);

        AssertRefused(content, result,
            "content/pages/secret.md: error LO0160: content/pages/secret.md is a symbolic link that leads outside the content folder; nothing outside the content folder is read or published. Put the file itself here instead of a link");
    }

    [Fact]
    public void The_images_folder_itself_a_link_to_the_root_is_an_error_and_nothing_under_it_is_listed()
    {
        using var content = HostileContent.Create();
        Directory.Delete(Path.Combine(content.Content, "images"), recursive: true);
        Directory.CreateSymbolicLink(Path.Combine(content.Content, "images"), "/");

        var result = Build(content);

        Assert.False(result.Succeeded);
        Assert.Contains("content/images: error LO0160: content/images is a symbolic link that leads outside the content folder; nothing outside the content folder is read or published. Put the file itself here instead of a link",
            content.Lines(result.Diagnostics));
        Assert.False(Directory.Exists(content.Output));
    }

    [Fact]
    public void Site_yml_as_a_link_to_a_file_outside_is_an_error()
    {
        using var content = HostileContent.Create();
        var git = FakeGitFolder(content);
        File.Delete(Path.Combine(content.Content, "site.yml"));
        File.CreateSymbolicLink(Path.Combine(content.Content, "site.yml"), Path.Combine(git, "config"));

        var result = Build(content);

        AssertRefused(content, result,
            "content/site.yml: error LO0160: content/site.yml is a symbolic link that leads outside the content folder; nothing outside the content folder is read or published. Put the file itself here instead of a link");
    }

    [Fact]
    public void A_theme_asset_that_is_a_link_to_a_file_outside_is_an_error()
    {
        using var content = HostileContent.Create();
        var git = FakeGitFolder(content);
        var assets = Path.Combine(content.Root, "themes", "default", "assets");
        Directory.CreateDirectory(assets);
        File.CreateSymbolicLink(Path.Combine(assets, "config.txt"), Path.Combine(git, "config"));

        var result = Build(content);

        AssertRefused(content, result,
            "themes/default/assets/config.txt: error LO0160: themes/default/assets/config.txt is a symbolic link that leads outside the theme folder; nothing outside the theme folder is read or published. Put the file itself here instead of a link"
                .Replace("themes/", Shown(content) + "themes/"));
    }

    [Fact]
    public void A_theme_asset_folder_that_is_a_link_to_a_folder_outside_is_an_error()
    {
        using var content = HostileContent.Create();
        FakeGitFolder(content);
        var assets = Path.Combine(content.Root, "themes", "default", "assets");
        Directory.CreateDirectory(assets);
        Directory.CreateSymbolicLink(Path.Combine(assets, "git"), "../../../.git");

        var result = Build(content);

        AssertRefused(content, result,
            "themes/default/assets/git: error LO0160: themes/default/assets/git is a symbolic link that leads outside the theme folder; nothing outside the theme folder is read or published. Put the file itself here instead of a link"
                .Replace("themes/", Shown(content) + "themes/"));
    }

    [Fact]
    public void A_theme_font_folder_link_outside_stops_a_print_only_build_before_any_format_reads_it()
    {
        using var content = HostileContent.Create();
        FakeGitFolder(content);
        var theme = Path.Combine(content.Root, "themes", "default");
        Directory.CreateDirectory(theme);
        Directory.CreateSymbolicLink(Path.Combine(theme, "fonts"), "../../.git");

        var result = SiteBuilder.Build(new BuildOptions
        {
            ContentDirectory = content.Content,
            OutputDirectory = content.Output,
            Formats = ["print"],
            Settings = new BuildSettings { Today = new(2026, 11, 27) },
        });

        AssertRefused(content, result,
            "themes/default/fonts: error LO0160: themes/default/fonts is a symbolic link that leads outside the theme folder; nothing outside the theme folder is read or published. Put the file itself here instead of a link"
                .Replace("themes/", Shown(content) + "themes/"));
    }

    [Fact]
    public void Links_that_stay_inside_the_content_and_theme_folders_are_followed()
    {
        using var content = HostileContent.Create();
        Directory.CreateDirectory(Path.Combine(content.Content, "words"));
        File.WriteAllText(Path.Combine(content.Content, "words", "video.md"), "Everything the video says.\n");
        Directory.CreateSymbolicLink(Path.Combine(content.Content, "transcripts"), "words");
        AddVideo(content, "transcripts/video.md");
        var assets = Path.Combine(content.Root, "themes", "default", "assets");
        Directory.CreateDirectory(assets);
        File.WriteAllText(Path.Combine(assets, "own.css"), "body { color: black; }\n");
        File.CreateSymbolicLink(Path.Combine(assets, "alias.css"), "own.css");

        var result = Build(content);

        Assert.True(result.Succeeded, string.Join('\n', result.Diagnostics));
        Assert.Contains("Everything the video says.", File.ReadAllText(Path.Combine(content.Output, "video", "index.html")));
        Assert.Equal("body { color: black; }\n", File.ReadAllText(Path.Combine(content.Output, "assets", "alias.css")));
    }

    /// <summary>Theme paths are shown from the current folder, as the user would type them.</summary>
    private static string Shown(HostileContent content) =>
        Path.GetRelativePath(Environment.CurrentDirectory, content.Root).Replace('\\', '/') + "/";
}
