using Microsoft.Playwright;

namespace LocalOfferGen.BrowserTests;

/// <summary>With JavaScript off the site still works: pages, the pre-built directory filter pages, service pages and
/// the search page's A to Z.</summary>
public sealed class NoJavaScriptTests(BrowserSite site)
{
    [Fact]
    public async Task A_journey_shows_every_step_open_as_an_ordered_list_with_no_buttons()
    {
        await using var context = await site.NewContextAsync(1280, 800, javaScript: false);
        var page = await context.NewPageAsync();
        await BrowserSite.OpenAsync(page, KeyboardTests.Journey);
        var steps = page.Locator("ol#steps > li");
        Assert.True(await steps.CountAsync() >= 5);
        for (var i = 0; i < await steps.CountAsync(); i++)
        {
            await Assertions.Expect(steps.Nth(i).Locator("h2")).ToBeVisibleAsync();
            await Assertions.Expect(steps.Nth(i).Locator("[data-step-panel]")).ToBeVisibleAsync();
        }
        Assert.Equal(0, await page.Locator("button.step-nav-all, button.step-nav-button").CountAsync());
        // A step's links work: the first leads to a real page, which shows "Part of" this journey.
        await page.Locator(".step-nav-links a").First.ClickAsync();
        await page.WaitForLoadStateAsync();
        await Assertions.Expect(page.Locator("nav.step-nav-related h2")).ToContainTextAsync("Part of Asking for an EHC needs assessment");
    }

    [Fact]
    public async Task The_home_page_works_and_its_links_lead_to_real_pages()
    {
        await using var context = await site.NewContextAsync(1280, 800, javaScript: false);
        var page = await context.NewPageAsync();
        var response = await BrowserSite.OpenAsync(page, "/");
        Assert.Equal(200, response.Status);
        Assert.False(string.IsNullOrWhiteSpace(await page.Locator("h1").InnerTextAsync()));
        await page.Locator("main a[href]").First.ClickAsync();
        await page.WaitForLoadStateAsync();
        Assert.NotEqual("Page not found", await page.Locator("h1").InnerTextAsync());
    }

    [Fact]
    public async Task A_directory_filter_link_opens_its_pre_built_page_with_only_matching_services()
    {
        await using var context = await site.NewContextAsync(1280, 800, javaScript: false);
        var page = await context.NewPageAsync();
        await BrowserSite.OpenAsync(page, "/services/");
        var all = await page.Locator("[data-service-list] > li").CountAsync();
        var filter = page.Locator("[data-filter-group='age'] a[data-filter-value]").First;
        var value = await filter.GetAttributeAsync("data-filter-value");

        await filter.ClickAsync();
        await page.WaitForLoadStateAsync();

        Assert.Contains($"/services/age/{value}/", page.Url);
        var cards = page.Locator("[data-service-list] > li");
        var shown = await cards.CountAsync();
        Assert.InRange(shown, 1, all - 1);
        for (var i = 0; i < shown; i++)
            Assert.Contains(value!, (await cards.Nth(i).GetAttributeAsync("data-ages"))!.Split(' '));
        Assert.StartsWith(shown.ToString(System.Globalization.CultureInfo.InvariantCulture), await page.Locator("#result-count").InnerTextAsync());
        Assert.Equal("page", await page.Locator($"[data-filter-group='age'] a[data-filter-value='{value}']").GetAttributeAsync("aria-current"));
    }

    [Fact]
    public async Task A_service_page_shows_the_service_and_how_to_contact_it()
    {
        await using var context = await site.NewContextAsync(1280, 800, javaScript: false);
        var page = await context.NewPageAsync();
        var response = await BrowserSite.OpenAsync(page, BrowserSite.ServicePage);
        Assert.Equal(200, response.Status);
        Assert.NotEqual("Page not found", await page.Locator("h1").InnerTextAsync());
        Assert.True(await page.Locator("main a[href^='tel:'], main a[href^='mailto:']").CountAsync() > 0);
    }

    [Fact]
    public async Task The_search_page_lists_everything_from_A_to_Z_instead()
    {
        await using var context = await site.NewContextAsync(1280, 800, javaScript: false);
        var page = await context.NewPageAsync();
        await BrowserSite.OpenAsync(page, "/search/");
        Assert.False(await page.Locator("[data-search]").IsVisibleAsync());
        Assert.True(await page.Locator("[data-search-fallback]").IsVisibleAsync());
        var links = page.Locator("[data-search-fallback] .plain-list a");
        Assert.True(await links.CountAsync() > 50);

        await page.Locator(".a-z-letters a").Nth(1).ClickAsync();
        Assert.Matches("#letter-[a-z]$", page.Url);
        await links.First.ClickAsync();
        await page.WaitForLoadStateAsync();
        Assert.NotEqual("Page not found", await page.Locator("h1").InnerTextAsync());
    }

    [Fact]
    public async Task Whats_on_lists_every_upcoming_event_and_shows_no_filters_that_could_not_work()
    {
        await using var context = await site.NewContextAsync(1280, 800, javaScript: false);
        var page = await context.NewPageAsync();
        await BrowserSite.OpenAsync(page, "/whats-on/?where=online");
        Assert.False(await page.Locator("[data-event-filters]").IsVisibleAsync());
        var cards = page.Locator("[data-event-list] li[data-ages]");
        Assert.True(await cards.CountAsync() > 1);
        Assert.Equal(await cards.CountAsync(), await page.Locator("[data-event-list] li[data-ages]:visible").CountAsync());
    }
}
