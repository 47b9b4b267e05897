using LocalOfferGen.Diagnostics;
using LocalOfferGen.Loading;

namespace LocalOfferGen.Tests.Hostile;

/// <summary>Symbolic links (which git can commit) that lead out of the content folder are errors and are not
/// followed; links that stay inside are ordinary files. Git stores links as links, so these are made here
/// rather than in Inputs/. More cases, with whole builds, are in <see cref="SymlinkTests"/>.</summary>
public sealed class PathTests
{
    [Fact]
    public void Symbolic_links_leading_outside_the_content_folder_are_errors_and_not_followed()
    {
        using var content = HostileContent.Create();
        var outside = Path.Combine(content.Root, "outside");
        Directory.CreateDirectory(outside);
        File.WriteAllText(Path.Combine(outside, "secret.md"), "---\ntitle: Secret\nsummary: S\nreviewed: 2026-10-01\nowner: Team\n---\n\nPrivate.\n");
        File.CreateSymbolicLink(Path.Combine(content.Content, "pages", "secret.md"), Path.Combine(outside, "secret.md"));
        Directory.CreateSymbolicLink(Path.Combine(content.Content, "pages", "elsewhere"), outside);
        File.CreateSymbolicLink(Path.Combine(content.Content, "images", "passwd.png"), "/etc/passwd");
        // A link that stays inside the content folder is an ordinary file.
        File.CreateSymbolicLink(Path.Combine(content.Content, "pages", "alias.md"), Path.Combine(content.Content, "pages", "about", "index.md"));

        var result = ContentLoader.Load(content.Content);

        var lines = content.Lines(result.Diagnostics);
        Assert.Equal(
        [
            "content/images/passwd.png: error LO0160: content/images/passwd.png is a symbolic link that leads outside the content folder; nothing outside the content folder is read or published. Put the file itself here instead of a link",
            "content/pages/elsewhere: error LO0160: content/pages/elsewhere is a symbolic link that leads outside the content folder; nothing outside the content folder is read or published. Put the file itself here instead of a link",
            "content/pages/secret.md: error LO0160: content/pages/secret.md is a symbolic link that leads outside the content folder; nothing outside the content folder is read or published. Put the file itself here instead of a link",
        ], lines);
        Assert.Null(result.Site);
    }

    [Fact]
    public void A_symbolic_link_that_stays_inside_the_content_folder_is_an_ordinary_file()
    {
        using var content = HostileContent.Create();
        File.CreateSymbolicLink(Path.Combine(content.Content, "pages", "alias.md"), Path.Combine(content.Content, "pages", "about", "index.md"));
        var result = ContentLoader.Load(content.Content);
        Assert.Empty(content.Lines(result.Diagnostics));
        Assert.NotNull(result.Site);
        Assert.Contains(result.Site.Pages, p => p.Url == "/alias/");
    }

    [Fact]
    public void A_symbolic_link_loop_does_not_hang_the_loader()
    {
        using var content = HostileContent.Create();
        Directory.CreateSymbolicLink(Path.Combine(content.Content, "pages", "loop"), Path.Combine(content.Content, "pages"));
        var result = ContentLoader.Load(content.Content);
        Assert.Equal(["content/pages/loop: warning LO0212: this is a symbolic link to a folder that is already read (a loop); it is not followed"],
            content.Lines(result.Diagnostics));
        Assert.NotNull(result.Site);
    }
}
