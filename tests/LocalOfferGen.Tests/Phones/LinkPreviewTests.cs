using AngleSharp.Html.Parser;
using LocalOfferGen.Diagnostics;

namespace LocalOfferGen.Tests.Phones;

/// <summary>Open Graph and Twitter card tags on every page, escaped, with absolute addresses; the share picture.</summary>
public class LinkPreviewTests
{
    [Fact]
    public void Every_page_has_preview_tags_with_absolute_addresses_and_escaped_text()
    {
        using var content = new TestContent();
        content.Write("pages/education/plans.md", "---\ntitle: \"Plans \\\"quoted\\\" <script>alert(1)</script> & more\"\nsummary: \"A <b>summary</b> with \\\"quotes\\\"\"\nreviewed: 2026-09-01\nowner: SEND Team\n---\nAn EHC plan.\n");
        Assert.True(content.Build("web").Succeeded);
        // Every page of the website; the audit report is the editors' own page, kept out of search and previews.
        var auditFolder = Path.Combine(content.Output, "audit") + Path.DirectorySeparatorChar;
        foreach (var file in Directory.EnumerateFiles(content.Output, "*.html", SearchOption.AllDirectories).Where(f => !f.StartsWith(auditFolder, StringComparison.Ordinal)))
        {
            var head = new HtmlParser().ParseDocument(File.ReadAllText(file)).Head!;
            foreach (var property in new[] { "og:title", "og:description", "og:type", "og:site_name", "og:image" })
                Assert.True(head.QuerySelector($"meta[property='{property}']") is not null, $"{file} has no {property}");
            Assert.Equal("summary_large_image", head.QuerySelector("meta[name='twitter:card']")!.GetAttribute("content"));
            Assert.Equal("https://localoffer.test.example/assets/share.png", head.QuerySelector("meta[property='og:image']")!.GetAttribute("content"));
        }
        var html = File.ReadAllText(Path.Combine(content.Output, "education", "plans", "index.html"));
        Assert.DoesNotContain("<script>alert", html);
        Assert.Contains("<meta property=\"og:title\" content=\"Plans &quot;quoted&quot; &lt;script&gt;alert(1)&lt;/script&gt; &amp; more\">", html);
        var document = new HtmlParser().ParseDocument(html);
        string Meta(string selector) => document.QuerySelector(selector)!.GetAttribute("content")!;
        Assert.Equal("Plans \"quoted\" <script>alert(1)</script> & more", Meta("meta[property='og:title']"));
        Assert.Equal("A <b>summary</b> with \"quotes\"", Meta("meta[property='og:description']"));
        Assert.Equal("A <b>summary</b> with \"quotes\"", Meta("meta[name='twitter:description']"));
        Assert.Equal("https://localoffer.test.example/education/plans/", Meta("meta[property='og:url']"));
        Assert.Equal(document.QuerySelector("link[rel=canonical]")!.GetAttribute("href"), Meta("meta[property='og:url']"));
        Assert.Equal("article", Meta("meta[property='og:type']"));
        Assert.Equal("Testshire Local Offer", Meta("meta[property='og:site_name']"));
        Assert.Equal("en_GB", Meta("meta[property='og:locale']"));
        var home = new HtmlParser().ParseDocument(File.ReadAllText(Path.Combine(content.Output, "index.html")));
        Assert.Equal("website", home.QuerySelector("meta[property='og:type']")!.GetAttribute("content"));
        Assert.True(File.Exists(Path.Combine(content.Output, "assets", "share.png")));
    }

    [Fact]
    public void The_councils_share_image_from_site_yml_is_used()
    {
        using var content = new TestContent();
        content.WriteBytes("images/council-share.png", File.ReadAllBytes(Path.Combine(Repository.Root, "themes", "default", "assets", "share.png")));
        content.Write("site.yml", File.ReadAllText(Path.Combine(content.Content, "site.yml")) + "\nshare_image: images/council-share.png\n");
        Assert.True(content.Build("web").Succeeded);
        var document = new HtmlParser().ParseDocument(File.ReadAllText(Path.Combine(content.Output, "services", "portage", "index.html")));
        Assert.Equal("https://localoffer.test.example/images/council-share.png", document.QuerySelector("meta[property='og:image']")!.GetAttribute("content"));
        Assert.True(File.Exists(Path.Combine(content.Output, "images", "council-share.png")));
    }

    [Theory]
    [InlineData("images/missing.png")]
    [InlineData("../outside.png")]
    [InlineData("images/picture.svg")]
    public void A_share_image_that_is_missing_outside_images_or_not_png_or_jpeg_is_an_error(string value)
    {
        using var content = new TestContent();
        content.Write("images/picture.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\"/>");
        content.Write("site.yml", File.ReadAllText(Path.Combine(content.Content, "site.yml")) + $"\nshare_image: {value}\n");
        var error = Assert.Single(content.Load().Diagnostics, d => d.Code == DiagnosticCodes.MissingImage);
        Assert.Contains("share_image", error.Message);
        Assert.EndsWith("site.yml", error.Path);
    }
}
