using Microsoft.Playwright;

namespace LocalOfferGen.BrowserTests;

/// <summary>Pictures of the key pages at a phone's width and a desktop's, written to the test output's
/// screenshots/ folder for people to look at.</summary>
public sealed class ScreenshotTests(BrowserSite site)
{
    [Theory]
    [InlineData(320, 640)]
    [InlineData(1280, 800)]
    public async Task Key_pages_are_photographed(int width, int height)
    {
        Directory.CreateDirectory(BrowserSite.Screenshots);
        await using var context = await site.NewContextAsync(width, height);
        var page = await context.NewPageAsync();
        var pages = new[] { "/", "/education/", "/education/sen-support/", "/services/", BrowserSite.ServicePage, "/search/", "/a-z/", "/easy-read/", site.EasyReadPage, "/news/", "/whats-on/", "/404.html" };
        foreach (var path in pages)
        {
            await BrowserSite.OpenAsync(page, path);
            var name = path.Trim('/').Replace('/', '-').Replace(".html", "");
            var file = Path.Combine(BrowserSite.Screenshots, $"{(name.Length == 0 ? "home" : name)}-{width}.png");
            await page.ScreenshotAsync(new PageScreenshotOptions { Path = file, FullPage = true });
            Assert.True(new FileInfo(file).Length > 1000, $"{file} looks empty");
        }
    }
}
