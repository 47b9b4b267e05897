using LocalOfferGen.Diagnostics;
using LocalOfferGen.Loading;

namespace LocalOfferGen.Tests.Pictures;

/// <summary>Pictures are read while loading: the site model holds each one's size and kind, and a broken picture is
/// an error at every link to it (nothing is published), or a warning on the file when nothing uses it.</summary>
public class PictureLoadingTests
{
    [Fact]
    public void The_site_model_holds_every_picture_with_its_upright_size()
    {
        using var content = new TestContent();
        content.WriteBytes("images/phone.jpg", PictureCorpus.PhonePhoto());
        content.WriteBytes("images/drawing.svg", System.Text.Encoding.UTF8.GetBytes(PictureCorpus.Svg));
        var site = content.Load().Site!;
        var phone = site.Pictures.Find("/images/phone.jpg")!;
        Assert.Equal((30, 40), (phone.Width, phone.Height));
        Assert.Equal(LocalOfferGen.Pictures.PictureKind.Vector, site.Pictures.Find("/images/drawing.svg")!.Kind);
    }

    [Theory]
    [MemberData(nameof(BrokenNames))]
    public void A_broken_picture_is_an_error_at_each_use_naming_the_file(string name, string says)
    {
        using var content = new TestContent();
        content.WriteBytes("images/" + name, PictureCorpus.Broken().Single(b => b.Name == name).Bytes);
        content.Write("pages/education/broken.md", $"""
            ---
            title: Broken picture
            summary: A page with a broken picture.
            reviewed: 2026-09-01
            owner: SEND Team
            ---

            ## First

            ![A picture](../../images/{name})

            ## Second

            Again: ![The same picture](/images/{name})
            """);
        var result = content.Load();
        Assert.Null(result.Site);
        var errors = result.Diagnostics.Where(d => d.Code == DiagnosticCodes.PictureUnreadable).ToList();
        Assert.Equal(2, errors.Count);
        Assert.All(errors, e =>
        {
            Assert.Equal(Severity.Error, e.Severity);
            Assert.EndsWith("pages/education/broken.md", e.Path);
            Assert.Contains($"content/images/{name}", e.Message);
            Assert.Contains(says, e.Message);
        });
        Assert.Equal([10, 14], errors.Select(e => e.Line).Order());
        Assert.Equal("Again: ".Length + 1, errors.Single(e => e.Line == 14).Column);
    }

    public static TheoryData<string, string> BrokenNames => new(PictureCorpus.Broken().Select(b => (b.Name, b.Says)));

    [Fact]
    public void A_broken_picture_no_page_uses_is_a_warning_on_the_file()
    {
        using var content = new TestContent();
        content.WriteBytes("images/unused.png", "version https://git-lfs.github.com/spec/v1\noid sha256:0123\nsize 12345\n"u8.ToArray());
        var result = content.Load();
        Assert.NotNull(result.Site);
        var warning = Assert.Single(result.Diagnostics, d => d.Code == DiagnosticCodes.UnusedPictureUnreadable);
        Assert.Equal(Severity.Warning, warning.Severity);
        Assert.EndsWith("images/unused.png", warning.Path);
        Assert.Contains("holds text", warning.Message);
    }

    [Fact]
    public void Serve_reading_one_page_again_keeps_the_pictures_and_checks_its_links_against_them()
    {
        using var content = new TestContent();
        content.WriteBytes("images/bad.png", []);
        content.WriteBytes("images/good.png", PictureCorpus.PhonePhoto());
        var loaded = content.Load();
        Assert.NotNull(loaded.Site);
        var page = Path.Combine(content.Content, "pages", "education", "plans.md");
        File.AppendAllText(page, "\n![Good](/images/good.png)\n");
        var good = ContentReloader.Reload(loaded, content.Content, ["pages/education/plans.md"])!;
        Assert.Same(loaded.Site!.Pictures, good.Site!.Pictures);
        File.AppendAllText(page, "\n![Bad](/images/bad.png)\n");
        var bad = ContentReloader.Reload(loaded, content.Content, ["pages/education/plans.md"])!;
        Assert.Null(bad.Site);
        Assert.Contains(bad.Diagnostics, d => d.Code == DiagnosticCodes.PictureUnreadable && d.Message.Contains("empty"));
    }
}
