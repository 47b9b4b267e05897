using System.Collections.Concurrent;
using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;

namespace LocalOfferGen.BrowserTests;

/// <summary>axe-core's WCAG 2.0, 2.1 and 2.2 level A and AA rules on every page of the built site, at a phone's
/// width and a desktop's.</summary>
public sealed class AxeTests(BrowserSite site)
{
    private const int Tabs = 3;

    private static readonly AxeRunOptions Wcag = new()
    {
        RunOnly = new RunOnlyOptions { Type = "tag", Values = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22a", "wcag22aa"] },
    };

    [Theory]
    [InlineData(320, 640)]
    [InlineData(1280, 800)]
    public async Task Every_page_has_no_axe_violations(int width, int height)
    {
        await using var context = await site.NewContextAsync(width, height);
        var problems = new ConcurrentBag<string>();
        var queue = new ConcurrentQueue<string>(site.Pages);
        // A few tabs at once: each waits on the browser much of the time.
        await Task.WhenAll(Enumerable.Range(0, Tabs).Select(async _ =>
        {
            var page = await context.NewPageAsync();
            while (queue.TryDequeue(out var path))
            {
                await BrowserSite.OpenAsync(page, path);
                var result = await page.RunAxe(Wcag);
                foreach (var violation in result.Violations)
                    foreach (var node in violation.Nodes)
                        problems.Add($"{path}: {violation.Id} ({violation.Impact}): {violation.Help} ({violation.HelpUrl}) at {node.Target}: {node.Html}");
            }
        }));
        Assert.True(site.Pages.Count > 50, $"expected every page of the sample, found {site.Pages.Count}");
        Assert.True(problems.IsEmpty, $"{problems.Count} axe violations at {width}x{height}:\n" + string.Join("\n", problems.Order(StringComparer.Ordinal)));
    }

    /// <summary>Proves the check itself works: a page with known faults must fail it.</summary>
    [Fact]
    public async Task Axe_finds_planted_faults()
    {
        await using var context = await site.NewContextAsync(1280, 800);
        var page = await context.NewPageAsync();
        await page.SetContentAsync("<!DOCTYPE html><html><head><title>Planted</title></head><body><main><img src='x.png'>" +
            "<p style='color:#ccc;background:#fff'>Pale text</p></main></body></html>");
        var ids = (await page.RunAxe(Wcag)).Violations.Select(v => v.Id).ToList();
        Assert.Contains("image-alt", ids);
        Assert.Contains("html-has-lang", ids);
        Assert.Contains("color-contrast", ids);
    }

    /// <summary>What's on is also checked (by the test above, as loaded) with its filter form open and a filter ticked,
    /// the state only the script makes.</summary>
    [Theory]
    [InlineData(320, 640)]
    [InlineData(1280, 800)]
    public async Task Whats_on_with_a_filter_ticked_has_no_axe_violations(int width, int height)
    {
        await using var context = await site.NewContextAsync(width, height);
        var page = await context.NewPageAsync();
        await BrowserSite.OpenAsync(page, "/whats-on/");
        Assert.Contains("/whats-on/", site.Pages);
        var panel = page.Locator("[data-event-filters-panel]");
        if (await panel.GetAttributeAsync("open") is null) await page.Locator("[data-event-filters-panel] > summary").ClickAsync();
        await page.GetByLabel("Free events only").CheckAsync();
        var result = await page.RunAxe(Wcag);
        var problems = result.Violations.SelectMany(v => v.Nodes.Select(n => $"{v.Id} ({v.Impact}): {v.Help} at {n.Target}: {n.Html}")).ToList();
        Assert.True(problems.Count == 0, $"{problems.Count} axe violations on /whats-on/ at {width}x{height}:\n" + string.Join("\n", problems));
    }

    /// <summary>An upcoming event's page (with its summary list, booking and calendar link) and a past one's (with its
    /// notice), at a phone's width and a desktop's; the test of every page covers them too, this one runs alone quickly.</summary>
    [Theory]
    [InlineData("/whats-on/2026-09-12-saturday-club-sensory-swim/", 320, 640)]
    [InlineData("/whats-on/2026-11-18-preparing-for-adulthood-webinar/", 320, 640)]
    [InlineData("/whats-on/2026-09-12-saturday-club-sensory-swim/", 1280, 800)]
    [InlineData("/whats-on/2026-11-18-preparing-for-adulthood-webinar/", 1280, 800)]
    public async Task An_event_page_has_no_axe_violations(string path, int width, int height)
    {
        await using var context = await site.NewContextAsync(width, height);
        var page = await context.NewPageAsync();
        await BrowserSite.OpenAsync(page, path);
        var result = await page.RunAxe(Wcag);
        var problems = result.Violations.SelectMany(v => v.Nodes.Select(n => $"{v.Id} ({v.Impact}): {v.Help} at {n.Target}: {n.Html}")).ToList();
        Assert.True(problems.Count == 0, $"{problems.Count} axe violations on {path} at {width}x{height}:\n" + string.Join("\n", problems));
    }
}
