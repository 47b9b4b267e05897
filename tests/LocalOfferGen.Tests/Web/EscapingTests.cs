using AngleSharp.Html.Parser;

namespace LocalOfferGen.Tests.Web;

/// <summary>Values from YAML reach the page as text, never as markup.</summary>
public class EscapingTests
{
    [Fact]
    public void Html_in_yaml_values_and_glossary_meanings_is_escaped()
    {
        using var content = new TestContent();
        content.Write("pages/education/plans.md", "---\ntitle: \"Plans <script>alert(1)</script>\"\nsummary: \"A \\\"quoted\\\" <b>summary</b>\"\nreviewed: 2026-09-01\nowner: \"<img src=x onerror=alert(1)>\"\n---\nAn EHC plan.\n");
        content.Write("glossary.yml", "- term: EHC plan\n  meaning: \"<script>alert(2)</script> a plan\"\n");
        Assert.True(content.Build("web").Succeeded);
        var html = File.ReadAllText(Path.Combine(content.Output, "education", "plans", "index.html"));
        Assert.DoesNotContain("<script>alert", html);
        Assert.DoesNotContain("<img src=x", html);
        var document = new HtmlParser().ParseDocument(html);
        Assert.Equal("Plans <script>alert(1)</script>", document.QuerySelector("h1")!.TextContent);
        Assert.Contains("<img src=x onerror=alert(1)>", document.QuerySelector(".page-reviewed")!.TextContent);
        Assert.Empty(document.QuerySelectorAll("main script, main img[onerror]"));
        var index = File.ReadAllText(Path.Combine(content.Output, "search-index.json"));
        Assert.DoesNotContain("</script>", index);
    }
}
