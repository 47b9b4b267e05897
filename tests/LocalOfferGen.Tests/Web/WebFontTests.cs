using System.Text.RegularExpressions;

namespace LocalOfferGen.Tests.Web;

/// <summary>Pages use the visitor's system fonts unless site.yml asks for the web font; then the theme's woff2
/// files are published with the site and linked, loaded from the site itself ('self') with font-display: swap.</summary>
public class WebFontTests
{
    [Fact]
    public void By_default_no_font_is_published_or_linked()
    {
        using var content = new TestContent();
        Assert.True(content.Build("web").Succeeded);
        Assert.False(Directory.Exists(Path.Combine(content.Output, "assets", "fonts")));
        Assert.DoesNotContain("web-font.css", File.ReadAllText(Path.Combine(content.Output, "index.html")));
    }

    [Fact]
    public void Web_font_true_publishes_and_links_the_woff2_files_under_the_strict_policy()
    {
        using var content = new TestContent();
        content.Write("site.yml", File.ReadAllText(Path.Combine(content.Content, "site.yml")) + "\nweb_font: true\n");
        var result = content.Build("web");
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        var fonts = Path.Combine(content.Output, "assets", "fonts");
        var css = File.ReadAllText(Path.Combine(fonts, "web-font.css"));
        var files = Regex.Matches(css, @"url\(([^)]+)\)").Select(m => m.Groups[1].Value).ToList();
        Assert.Equal(8, files.Count);
        Assert.All(files, f => Assert.EndsWith(".woff2", f));
        Assert.All(files, f => Assert.True(File.Exists(Path.Combine(fonts, f)), $"{f} is not published"));
        Assert.Equal(files.Count, Regex.Matches(css, "font-display: swap").Count);
        Assert.Contains("unicode-range", css);
        Assert.True(File.Exists(Path.Combine(fonts, "OFL.txt")), "the licence travels with the font");
        Assert.Contains("font-family: \"Atkinson Hyperlegible Next\", system-ui", css);

        var page = File.ReadAllText(Path.Combine(content.Output, "education", "index.html"));
        Assert.Contains("<link rel=\"stylesheet\" href=\"../assets/fonts/web-font.css\">", page);
        Assert.Contains("content=\"default-src 'self';", page);
        // Every woff2 file together stays small: the page-weight docs/content.md gives.
        Assert.InRange(files.Sum(f => new FileInfo(Path.Combine(fonts, f)).Length), 60_000, 90_000);
    }
}
