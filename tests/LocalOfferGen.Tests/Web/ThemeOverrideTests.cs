namespace LocalOfferGen.Tests.Web;

/// <summary>A council's themes/&lt;name&gt;/ folder beside content/ overrides default theme files by path.</summary>
public class ThemeOverrideTests
{
    [Fact]
    public void A_file_in_themes_default_beside_the_content_replaces_the_built_in_one()
    {
        using var content = new TestContent();
        var css = Path.Combine(content.Root, "themes", "default", "assets", "site.css");
        Directory.CreateDirectory(Path.GetDirectoryName(css)!);
        File.WriteAllText(css, "body { color: #111; }");
        Assert.True(content.Build("web").Succeeded);
        Assert.Equal("body { color: #111; }", File.ReadAllText(Path.Combine(content.Output, "assets", "site.css")));
        Assert.True(File.Exists(Path.Combine(content.Output, "assets", "site.js")), "files the council did not override still come from the default theme");
    }

    [Fact]
    public void A_named_theme_overrides_a_layout()
    {
        using var content = new TestContent();
        content.Write("site.yml", File.ReadAllText(Path.Combine(content.Content, "site.yml")) + "\ntheme: council\n");
        var layout = Path.Combine(content.Root, "themes", "council", "layouts", "404.html");
        Directory.CreateDirectory(Path.GetDirectoryName(layout)!);
        File.WriteAllText(layout, "<h1>{{ page.title }}</h1><p>Our own words, {{ site.authority }}.</p>");
        Assert.True(content.Build("web").Succeeded);
        Assert.Contains("<p>Our own words, Testshire Council.</p>", File.ReadAllText(Path.Combine(content.Output, "404.html")));
    }
}
