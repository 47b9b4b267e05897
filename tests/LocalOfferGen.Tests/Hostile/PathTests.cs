using LocalOfferGen.Diagnostics;
using LocalOfferGen.Loading;

namespace LocalOfferGen.Tests.Hostile;

/// <summary>Symbolic links (which git can commit) that lead out of the content folder are not followed;
/// links that stay inside are. Git stores links as links, so these are made here rather than in Inputs/.</summary>
public sealed class PathTests
{
    [Fact]
    public void Symbolic_links_leading_outside_the_content_folder_are_reported_and_not_followed()
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
            "content/images/passwd.png: warning LO0212: this is a symbolic link to something outside the content folder; it is not followed",
            "content/pages/elsewhere: warning LO0212: this is a symbolic link to something outside the content folder; it is not followed",
            "content/pages/secret.md: warning LO0212: this is a symbolic link to something outside the content folder; it is not followed",
        ], lines);
        Assert.NotNull(result.Site);
        Assert.DoesNotContain(result.Site.Pages, p => p.Title == "Secret");
        Assert.Contains(result.Site.Pages, p => p.Url == "/alias/");
        Assert.DoesNotContain("/images/passwd.png", result.Site.ImagePaths);
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
