using Microsoft.Playwright;

namespace LocalOfferGen.Tests.Phones;

/// <summary>Nothing is requested from the video host until the viewer presses play; then its private player opens.</summary>
public class VideoBrowserTests(PhoneBrowser phone) : IClassFixture<PhoneBrowser>
{
    [Fact]
    public async Task Pressing_play_opens_the_privacy_enhanced_player_and_nothing_loads_before()
    {
        phone.RequireBrowser();
        using var content = new TestContent();
        content.Write("pages/education/plans.md", "---\ntitle: EHC plans\nsummary: What an EHC plan is.\nreviewed: 2026-09-01\nowner: SEND Team\n---\n\n"
            + "```video\nurl: https://www.youtube.com/watch?v=dQw4w9WgXcQ\ntitle: What is an EHC plan?\ncaptions: yes\ntranscript: A plan says what help your child gets.\n```\n");
        Assert.True(content.Build("web").Succeeded);
        using var server = new StaticServer(content.Output);
        await using var context = await phone.Browser.NewContextAsync(new() { BaseURL = server.BaseUrl, ViewportSize = new() { Width = 360, Height = 740 } });
        var elsewhere = new List<string>();
        await context.RouteAsync(url => !url.StartsWith(server.BaseUrl, StringComparison.Ordinal), async route =>
        {
            lock (elsewhere) elsewhere.Add(route.Request.Url);
            await route.FulfillAsync(new() { Status = 200, ContentType = "text/html", Body = "<p>player</p>" });
        });
        var page = await context.NewPageAsync();
        await page.GotoAsync("education/plans/");
        await Assertions.Expect(page.Locator(".video-transcript")).ToContainTextAsync("A plan says what help your child gets.");
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
        Assert.Empty(elsewhere);

        await page.GetByRole(AriaRole.Link, new() { Name = "Play video: What is an EHC plan? (YouTube)" }).ClickAsync();
        var frame = page.Locator("iframe.video-frame");
        await Assertions.Expect(frame).ToHaveAttributeAsync("title", "Video: What is an EHC plan?");
        await Assertions.Expect(frame).ToBeFocusedAsync();
        var box = await frame.BoundingBoxAsync();
        Assert.InRange(box!.Height / box.Width, 0.5, 0.6); // 16:9, the width of the column
        Assert.EndsWith("/education/plans/", page.Url);
        await page.FrameLocator("iframe.video-frame").Locator("p").WaitForAsync();
        Assert.Equal(["https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ?autoplay=1&rel=0&cc_load_policy=1"], elsewhere);
    }
}
