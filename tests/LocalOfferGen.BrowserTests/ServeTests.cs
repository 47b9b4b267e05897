using System.Diagnostics;
using Microsoft.Playwright;

namespace LocalOfferGen.BrowserTests;

/// <summary><c>localoffer serve</c> in a real browser: an edit shows up in the open page by itself, under the site's
/// Content-Security-Policy; a content error shows over the last good page, and fixing it reloads the page.</summary>
public sealed class ServeTests(BrowserSite site) : IAsyncDisposable
{
    private readonly ServedPreview _preview = new();

    public ValueTask DisposeAsync() => _preview.DisposeAsync();

    [Fact]
    public async Task An_edit_appears_in_the_open_page_and_an_error_shows_over_the_last_good_page()
    {
        await using var context = await site.NewContextAsync(1280, 800);
        var content = _preview.CopySample();
        var address = await _preview.StartAsync(content, TimeSpan.FromMinutes(2));
        var page = await context.NewPageAsync();
        var blocked = new List<string>();
        page.Console += (_, message) => { if (message.Text.Contains("Content Security Policy", StringComparison.Ordinal)) blocked.Add(message.Text); };
        await page.GotoAsync(new Uri(address, "education/sen-support/").ToString(), new PageGotoOptions { WaitUntil = WaitUntilState.Load });   // never "network idle": the reload script keeps a request open
        var file = Path.Combine(content, "pages", "education", "sen-support.md");
        var good = File.ReadAllText(file);

        var clock = Stopwatch.StartNew();
        File.WriteAllText(file, good + "\nThis sentence was added in the editor.\n");
        await Assertions.Expect(page.GetByText("This sentence was added in the editor.")).ToBeVisibleAsync(new() { Timeout = 15_000 });
        TestContext.Current.TestOutputHelper?.WriteLine($"An edit to the page showed in the browser after {clock.ElapsedMilliseconds} ms.");

        File.WriteAllText(file, good + "\nSee [a page that does not exist](/no-such-page/).\n");
        var overlay = page.GetByRole(AriaRole.Alertdialog);
        await Assertions.Expect(overlay).ToBeVisibleAsync(new() { Timeout = 15_000 });
        await Assertions.Expect(overlay).ToContainTextAsync("LO0207");
        await Assertions.Expect(page.GetByText("This sentence was added in the editor.")).ToBeVisibleAsync();   // the last good page

        File.WriteAllText(file, good);
        await Assertions.Expect(overlay).Not.ToBeVisibleAsync(new() { Timeout = 15_000 });
        await Assertions.Expect(page.GetByText("This sentence was added in the editor.")).Not.ToBeVisibleAsync();
        Assert.Empty(blocked);
    }
}
