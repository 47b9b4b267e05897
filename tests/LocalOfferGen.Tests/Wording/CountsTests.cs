using AngleSharp.Html.Parser;
using LocalOfferGen.Scaffolding;
using LocalOfferGen.Tests.OpenReferral;
using LocalOfferGen.Wording;

namespace LocalOfferGen.Tests.Wording;

/// <summary>"1 service", never "1 services": the counts people read on the site and in the console.</summary>
public sealed class CountsTests : IDisposable
{
    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    [Theory]
    [InlineData(0, "0 services")]
    [InlineData(1, "1 service")]
    [InlineData(2, "2 services")]
    [InlineData(4000, "4000 services")]
    public void A_count_is_singular_for_one_only(int count, string expected) => Assert.Equal(expected, Counts.Of(count, "service"));

    [Fact]
    public void An_irregular_plural_is_given()
    {
        Assert.Equal("1 page or service", Counts.Of(1, "page or service", "pages and services"));
        Assert.Equal("3 pages and services", Counts.Of(3, "page or service", "pages and services"));
    }

    [Fact]
    public void A_site_with_one_service_says_1_service_on_its_pages_and_in_the_console()
    {
        Assert.True(Scaffolder.Create(ScaffoldKind.Site, _temp["site"], "", new DateOnly(2026, 11, 27)).Succeeded);
        var build = Localoffer.Invoke(_temp["site"], "build", "--formats", "web", "--today", "2026-11-27");
        Assert.True(build.ExitCode == 0, build.Out + build.Error);
        Assert.Contains("Built 2 pages and 1 service: ", build.Out);

        var parser = new HtmlParser();
        var home = parser.ParseDocument(File.ReadAllText(_temp["site/output/index.html"]));
        Assert.Contains("Search 1 service for children", home.Body!.TextContent);
        var services = parser.ParseDocument(File.ReadAllText(_temp["site/output/services/index.html"]));
        Assert.Equal("1 service", services.QuerySelector("#result-count")!.TextContent.Trim());
        Assert.StartsWith("The 1 service for children", services.QuerySelector("meta[name=description]")!.GetAttribute("content"));

        var everything = string.Join("\n", Directory.EnumerateFiles(_temp["site/output"], "*.html", SearchOption.AllDirectories).Select(File.ReadAllText));
        Assert.DoesNotMatch(@"\b1 (services|pages|findings|errors|warnings|days|links)\b", everything + build.Out);
    }
}
