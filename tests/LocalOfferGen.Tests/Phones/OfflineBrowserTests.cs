using Microsoft.Playwright;

namespace LocalOfferGen.Tests.Phones;

/// <summary>A page read once opens again without signal, saying it is a saved copy; nothing is kept in serve mode.</summary>
public class OfflineBrowserTests(PhoneBrowser phone) : IClassFixture<PhoneBrowser>
{
    [Fact]
    public async Task A_page_read_once_opens_offline_with_a_notice()
    {
        phone.RequireBrowser();
        await using var browser = await phone.LaunchAsync();
        await using var context = await phone.NewPhoneAsync(browser: browser);
        var page = await context.NewPageAsync();
        await page.GotoAsync("services/portage-home-visiting/");
        await WaitForSavedCopyAsync(page, "services/portage-home-visiting/");
        Assert.Equal(0, await page.Locator(".offline-notice").CountAsync());

        await context.SetOfflineAsync(true);
        await GotoSavedAsync(page, "services/portage-home-visiting/");
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Portage home visiting");
        var notice = page.Locator(".offline-notice");
        await Assertions.Expect(notice).ToHaveAttributeAsync("role", "status");
        var today = DateTime.Now.ToString("d MMMM yyyy", System.Globalization.CultureInfo.GetCultureInfo("en-GB"));
        await Assertions.Expect(notice).ToHaveTextAsync($"You are offline; this page was saved on {today}. It may have changed since.");
        // Its stylesheet came from the cache too.
        Assert.Equal("rgb(29, 79, 118)", await page.EvaluateAsync<string>("getComputedStyle(document.querySelector('.site-header')).backgroundColor"));

        // A page never read says so instead of the browser's error.
        var unseen = await page.GotoAsync("services/carers-centre/");
        Assert.Equal(503, unseen!.Status);
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("You are offline");

        // My list was kept from the start, so it opens offline too.
        await page.GotoAsync("my-list/");
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("My list");
        await Assertions.Expect(page.Locator("[data-my-list]")).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator(".offline-notice")).ToContainTextAsync($"this page was saved on {today}.");
    }

    [Fact]
    public async Task The_cache_is_named_after_the_build_and_only_same_origin_requests_are_kept()
    {
        phone.RequireBrowser();
        await using var browser = await phone.LaunchAsync();
        await using var context = await phone.NewPhoneAsync(browser: browser);
        var page = await context.NewPageAsync();
        await page.GotoAsync("");
        await WaitForSavedCopyAsync(page, "");
        var version = File.ReadLines(Path.Combine(phone.Output, "sw.js")).First().Split('"')[1];
        await page.WaitForFunctionAsync("name => caches.open(name).then(c => c.match(location.origin + '/assets/site.css')).then(Boolean)", "localoffer-" + version,
            new PageWaitForFunctionOptions { Timeout = 15000, PollingInterval = 200 });
        Assert.Contains("localoffer-" + version, await page.EvaluateAsync<string[]>("caches.keys()"));
        var urls = await page.EvaluateAsync<string[]>("caches.open('localoffer-" + version + "').then(c => c.keys()).then(k => k.map(r => r.url))");
        Assert.All(urls, u => Assert.StartsWith(phone.BaseUrl, u));
    }

    /// <summary>The "done when": save three services, open My list, print it, go offline and reopen a
    /// saved page, and share a page whose link shows a proper preview card.</summary>
    [Fact]
    public async Task A_new_user_on_a_360px_phone_saves_prints_reads_offline_and_shares()
    {
        phone.RequireBrowser();
        await using var browser = await phone.LaunchAsync();
        await using var context = await phone.NewPhoneAsync(browser: browser);
        var page = await context.NewPageAsync();
        foreach (var id in new[] { "portage-home-visiting", "camhs-exampleshire", "carers-centre" })
        {
            await page.GotoAsync($"services/{id}/");
            await page.GetByRole(AriaRole.Button, new() { Name = "Save to my list" }).ClickAsync();
        }
        await page.GetByRole(AriaRole.Link, new() { Name = "View my list" }).ClickAsync();
        await Assertions.Expect(page.Locator(".my-list-item")).ToHaveCountAsync(3);
        Assert.True(await page.EvaluateAsync<bool>("document.documentElement.scrollWidth <= 360"));
        using (var pdf = UglyToad.PdfPig.PdfDocument.Open(await page.PdfAsync(new() { Format = "A4" })))
            Assert.Equal(1, pdf.NumberOfPages);

        await WaitForSavedCopyAsync(page, "services/camhs-exampleshire/");
        await context.SetOfflineAsync(true);
        await GotoSavedAsync(page, "services/camhs-exampleshire/");
        await Assertions.Expect(page.Locator(".offline-notice")).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Button, new() { Name = "Saved" })).ToBeVisibleAsync();

        var card = await page.EvaluateAsync<Dictionary<string, string>>(
            "() => Object.fromEntries([...document.querySelectorAll('meta[property^=\"og:\"], meta[name^=\"twitter:\"]')].map(m => [m.getAttribute('property') || m.getAttribute('name'), m.content]))");
        Assert.Equal("Exampleshire CAMHS", card["og:title"]);
        Assert.Equal("https://localoffer.example.gov.uk/services/camhs-exampleshire/", card["og:url"]);
        Assert.Equal("https://localoffer.example.gov.uk/assets/share.png", card["og:image"]);
        Assert.Equal("summary_large_image", card["twitter:card"]);
        Assert.False(string.IsNullOrWhiteSpace(card["og:description"]));
        await Assertions.Expect(page.GetByRole(AriaRole.Link, new() { Name = "WhatsApp" })).ToHaveAttributeAsync("href",
            "https://wa.me/?text=" + Uri.EscapeDataString("Exampleshire CAMHS: https://localoffer.example.gov.uk/services/camhs-exampleshire/"));
    }

    [Fact]
    public async Task A_new_build_replaces_the_worker_and_deletes_the_old_cache()
    {
        phone.RequireBrowser();
        using var content = new TestContent();
        Assert.True(content.Build("web").Succeeded);
        var before = "localoffer-" + File.ReadLines(Path.Combine(content.Output, "sw.js")).First().Split('"')[1];
        using var server = new StaticServer(content.Output);
        await using var browser = await phone.LaunchAsync();
        await using var context = await browser.NewContextAsync(new() { BaseURL = server.BaseUrl, ServiceWorkers = ServiceWorkerPolicy.Allow });
        var page = await context.NewPageAsync();
        await page.GotoAsync("services/portage/");
        await WaitForSavedCopyAsync(page, "services/portage/");
        await page.WaitForFunctionAsync("name => caches.keys().then(k => k.length === 1 && k[0] === name)", before,
            new PageWaitForFunctionOptions { Timeout = 15000, PollingInterval = 200 });

        content.Write("services/portage.yml", File.ReadAllText(Path.Combine(content.Content, "services", "portage.yml")).Replace("Home visits", "Weekly home visits"));
        Assert.True(content.Build("web").Succeeded);
        var after = "localoffer-" + File.ReadLines(Path.Combine(content.Output, "sw.js")).First().Split('"')[1];
        Assert.NotEqual(before, after);
        await page.GotoAsync("services/portage/");
        await page.WaitForFunctionAsync("name => caches.keys().then(k => k.length === 1 && k[0] === name)", after,
            new PageWaitForFunctionOptions { Timeout = 15000, PollingInterval = 200 });
    }

    [Fact]
    public async Task Serve_mode_registers_no_service_worker()
    {
        phone.RequireBrowser();
        await using var browser = await phone.LaunchAsync();
        await using var context = await phone.NewPhoneAsync(browser: browser);
        // What `localoffergen serve` adds to each page.
        await context.RouteAsync("**/*", async route =>
        {
            var response = await route.FetchAsync();
            var type = response.Headers.GetValueOrDefault("content-type", "");
            if (!type.StartsWith("text/html", StringComparison.Ordinal)) { await route.FulfillAsync(new() { Response = response }); return; }
            var html = (await response.TextAsync()).Replace("<head>", "<head>\n<meta name=\"localoffer-serve\" content=\"1\">", StringComparison.Ordinal);
            await route.FulfillAsync(new() { Response = response, Body = html });
        });
        var page = await context.NewPageAsync();
        await page.GotoAsync("services/portage-home-visiting/");
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
        await page.WaitForTimeoutAsync(500);
        Assert.Equal(0, await page.EvaluateAsync<int>("navigator.serviceWorker.getRegistrations().then(r => r.length)"));
        Assert.Empty(await page.EvaluateAsync<string[]>("caches.keys()"));
    }

    /// <summary>Opens a saved page without signal. Under heavy load chromium can take a moment after a worker's
    /// first activation before it answers navigations, so the page is asked for again, for up to 10 seconds, before failing.</summary>
    private static async Task GotoSavedAsync(IPage page, string path)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                await page.GotoAsync(path);
                if (await page.Locator(".offline-notice").CountAsync() > 0 || attempt == 10) return;
            }
            catch (PlaywrightException) when (attempt < 10) { }
            await page.WaitForTimeoutAsync(1000);
        }
    }

    /// <summary>Waits until the worker is active and controls the page (so it answers the next request), and its
    /// cache holds the page and the theme's assets.</summary>
    private static async Task WaitForSavedCopyAsync(IPage page, string path)
    {
        await page.WaitForFunctionAsync(
            "path => navigator.serviceWorker.getRegistration().then(r => r && r.active && r.active.state === 'activated' && !!navigator.serviceWorker.controller)"
            + ".then(ready => ready && caches.keys().then(keys => Promise.all(keys.map(k => caches.open(k).then(c => Promise.all([c.match(new URL(path, location.origin + '/').href), c.match(location.origin + '/assets/video.js'), c.match(location.origin + '/assets/site.css')])))))"
            + ".then(hits => hits.some(h => h.every(Boolean))))",
            path, new PageWaitForFunctionOptions { Timeout = 15000, PollingInterval = 200 });
    }
}
