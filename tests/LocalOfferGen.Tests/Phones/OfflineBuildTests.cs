using System.Text.RegularExpressions;
using AngleSharp.Html.Parser;

namespace LocalOfferGen.Tests.Phones;

/// <summary>What the build writes for offline reading and My list.</summary>
public class OfflineBuildTests
{
    private static string VersionOf(string output) =>
        Regex.Match(File.ReadAllText(Path.Combine(output, "sw.js")), "^var BUILD = \"([0-9a-f]{16})\";").Groups[1].Value;

    [Fact]
    public void The_service_worker_is_at_the_root_and_its_version_follows_the_content()
    {
        using var content = new TestContent();
        Assert.True(content.Build("web").Succeeded);
        var first = VersionOf(content.Output);
        Assert.Equal(16, first.Length);
        Assert.False(File.Exists(Path.Combine(content.Output, "assets", "sw.js")));
        var code = File.ReadAllText(Path.Combine(content.Output, "sw.js"));
        Assert.Contains("var PRECACHE = [\"./\",\"my-list/\",\"assets/families.css\"", code);
        Assert.Contains("self.location.origin", code);

        // The same content gives the same version; changed content gives a new one.
        Assert.True(content.Build("web").Succeeded);
        Assert.Equal(first, VersionOf(content.Output));
        content.Write("services/portage.yml", File.ReadAllText(Path.Combine(content.Content, "services", "portage.yml")).Replace("Home visits", "Weekly home visits"));
        Assert.True(content.Build("web").Succeeded);
        Assert.NotEqual(first, VersionOf(content.Output));
    }

    [Fact]
    public void Service_and_information_pages_carry_what_my_list_keeps()
    {
        using var content = new TestContent();
        Assert.True(content.Build("web").Succeeded);
        var service = new HtmlParser().ParseDocument(File.ReadAllText(Path.Combine(content.Output, "services", "portage", "index.html")));
        var save = service.QuerySelector("[data-save-item]")!;
        Assert.True(save.HasAttribute("hidden"));
        Assert.Equal("service", save.GetAttribute("data-kind"));
        Assert.Equal("Portage", save.GetAttribute("data-title"));
        Assert.Equal("https://localoffer.test.example/services/portage/", save.GetAttribute("data-canonical"));
        Assert.Equal("Ages 0 to 5 years. Learning.", save.GetAttribute("data-who"));
        Assert.Equal("Ask your health visitor.", save.GetAttribute("data-how"));
        Assert.Equal("01234\u00A0000001", save.GetAttribute("data-phone")); // kept on one line (no-break space)
        Assert.Equal("../../my-list/", save.GetAttribute("data-list-href"));

        var page = new HtmlParser().ParseDocument(File.ReadAllText(Path.Combine(content.Output, "education", "plans", "index.html")));
        Assert.Equal("What an EHC plan is.", page.QuerySelector("[data-save-item]")!.GetAttribute("data-summary"));

        var list = new HtmlParser().ParseDocument(File.ReadAllText(Path.Combine(content.Output, "my-list", "index.html")));
        Assert.Equal("noindex", list.QuerySelector("meta[name=robots]")!.GetAttribute("content"));
        Assert.Contains("never sent to us or anyone else, and no cookies are used", list.QuerySelector(".my-list-privacy")!.TextContent);
        Assert.Contains("My list needs JavaScript", list.QuerySelector("[data-my-list-nojs]")!.TextContent);
        // The Word document and leaflets are offered only when their formats are built.
        Assert.Empty(list.QuerySelectorAll("a[href$='.docx'], a[href$='.pdf']"));
    }

    [Fact]
    public void Without_javascript_my_list_offers_the_printable_leaflets_and_the_word_document()
    {
        using var build = new SampleBuild();
        Assert.True(build.Result.Succeeded);
        var list = new HtmlParser().ParseDocument(build.Read("my-list/index.html"));
        var leaflets = list.QuerySelectorAll("[data-my-list-nojs] a[href$='.pdf']").Select(a => a.GetAttribute("href")!).ToList();
        Assert.Equal(build.Result.Site!.Leaflets.Count, leaflets.Count);
        Assert.NotEmpty(leaflets);
        Assert.All(leaflets, href => Assert.True(File.Exists(Path.GetFullPath(Path.Combine(build.Output, "my-list", href))), href));
        var word = list.QuerySelector("[data-my-list-nojs] a[href$='.docx']")!.GetAttribute("href")!;
        Assert.Equal("../documents/local-offer.docx", word);
        Assert.True(File.Exists(Path.Combine(build.Output, "documents", "local-offer.docx")));
    }

    [Theory]
    [InlineData("Ask your GP. Or phone us. We call back.", 30, "Ask your GP. Or phone us.")]
    [InlineData("One long first sentence without a stop anywhere", 10, "One long first sentence without a stop anywhere")]
    [InlineData("Short.", 100, "Short.")]
    public void How_to_get_it_keeps_whole_sentences(string text, int max, string expected) =>
        Assert.Equal(expected, LocalOfferGen.Theming.SaveItem.WholeSentences(text, max));
}
