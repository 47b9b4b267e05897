using System.Globalization;
using Microsoft.Playwright;

namespace LocalOfferGen.BrowserTests;

/// <summary>With JavaScript on: live search that tells screen readers how many results there are, and directory
/// filters that combine.</summary>
public sealed class JavaScriptTests(BrowserSite site)
{
    [Fact]
    public async Task A_part_of_step_link_opens_that_step_of_the_journey_and_leaves_the_others_closed()
    {
        await using var context = await site.NewContextAsync(1280, 800);
        var page = await context.NewPageAsync();
        await BrowserSite.OpenAsync(page, "/ehc-plans/the-assessment/");
        var step = page.Locator("nav.step-nav-related .step-nav-related-current a").First;
        await Assertions.Expect(step).ToHaveTextAsync("The assessment");
        await step.ClickAsync();
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
        Assert.EndsWith("/journeys/ehc-needs-assessment/#the-assessment", page.Url);
        await Assertions.Expect(page.Locator("#the-assessment button.step-nav-button")).ToHaveAttributeAsync("aria-expanded", "true");
        await Assertions.Expect(page.Locator("#the-assessment [data-step-panel]")).ToBeVisibleAsync();
        Assert.Equal(1, await page.Locator("[data-step-panel]:not([hidden])").CountAsync());
        await Assertions.Expect(page.Locator("button.step-nav-all")).ToHaveAttributeAsync("aria-expanded", "false");
    }

    [Fact]
    public async Task Typing_in_search_shows_results_and_announces_their_count()
    {
        await using var context = await site.NewContextAsync(1280, 800);
        var page = await context.NewPageAsync();
        await BrowserSite.OpenAsync(page, "/search/");
        var status = page.Locator("[data-search-status]");
        Assert.Equal("polite", await status.GetAttributeAsync("aria-live"));
        Assert.False(await page.Locator("[data-search-fallback]").IsVisibleAsync());

        await page.Locator("#search-input").PressSequentiallyAsync("short breaks");
        await Assertions.Expect(status).Not.ToBeEmptyAsync();

        var results = await page.Locator("[data-search-results] > li").CountAsync();
        Assert.True(results > 0);
        Assert.StartsWith(results.ToString(CultureInfo.InvariantCulture) + " result", await status.InnerTextAsync());
        Assert.Contains("short breaks", (await page.Locator("[data-search-results] > li a").First.InnerTextAsync()).ToLowerInvariant());
    }

    [Fact]
    public async Task Combining_directory_filters_narrows_the_list_and_updates_the_count()
    {
        await using var context = await site.NewContextAsync(1280, 800);
        var page = await context.NewPageAsync();
        await BrowserSite.OpenAsync(page, "/services/");
        var visible = page.Locator("[data-service-list] > li:not([hidden])");
        var count = page.Locator("#result-count");
        var all = await visible.CountAsync();

        await page.Locator("[data-filter-group='age'] input[type=checkbox]").First.CheckAsync();
        var byAge = await visible.CountAsync();
        await page.Locator("[data-filter-group='category'] input[type=checkbox]").First.CheckAsync();
        var byBoth = await visible.CountAsync();

        Assert.InRange(byAge, 1, all - 1);
        Assert.True(byBoth < byAge, $"adding a second filter should narrow {byAge} services, left {byBoth}");
        Assert.Equal(byBoth == 1 ? "1 service" : $"{byBoth} services", await count.InnerTextAsync());
        Assert.Equal("status", await count.GetAttributeAsync("role"));
    }

    [Fact]
    public async Task Whats_on_filters_change_the_visible_events_in_place_and_announce_the_count()
    {
        await using var context = await site.NewContextAsync(1280, 800);
        var page = await context.NewPageAsync();
        await BrowserSite.OpenAsync(page, "/whats-on/");
        var form = page.Locator("[data-event-filters]");
        await Assertions.Expect(form).ToBeVisibleAsync();
        var visible = page.Locator("[data-event-list] li[data-ages]:not([hidden])");
        var count = page.Locator("[data-event-count]");
        Assert.Equal("polite", await count.GetAttributeAsync("aria-live"));
        var all = await visible.CountAsync();

        await page.GetByLabel("Online", new() { Exact = true }).CheckAsync();
        await Assertions.Expect(count).ToHaveTextAsync("1 event");
        Assert.Equal(1, await visible.CountAsync());
        Assert.Equal("online", await visible.First.GetAttributeAsync("data-where"));
        // Weeks left with no event are hidden too, so no heading stands over nothing.
        Assert.Equal(1, await page.Locator("[data-event-week]:not([hidden])").CountAsync());
        Assert.EndsWith("?where=online", page.Url);

        await page.GetByLabel("Online", new() { Exact = true }).UncheckAsync();
        await page.GetByLabel("Free events only").CheckAsync();
        await page.GetByLabel("Post-16 and adult life (16 to 25)").CheckAsync();
        var shown = await visible.CountAsync();
        Assert.InRange(shown, 1, all - 1);
        for (var i = 0; i < shown; i++)
        {
            var card = visible.Nth(i);
            Assert.Equal("free", await card.GetAttributeAsync("data-cost"));
            Assert.True((await card.GetAttributeAsync("data-ages"))!.Split(' ') is var ages && (ages.Contains("all") || ages.Contains("post-16")));
        }
        var events = (await visible.Locator("h3").AllInnerTextsAsync()).Distinct().Count();
        await Assertions.Expect(count).ToHaveTextAsync((events == 1 ? "1 event" : $"{events} events") + (shown == events ? "" : $" on {shown} dates"));
    }
}
