using Deque.AxeCore.Playwright;
using Microsoft.Playwright;
using UglyToad.PdfPig;

namespace LocalOfferGen.Tests.Phones;

/// <summary>A parent on a 360 px phone saves services, opens My list, removes one, prints, copies and emails it.</summary>
public class MyListBrowserTests(PhoneBrowser phone) : IClassFixture<PhoneBrowser>
{
    private static readonly string[] Services = ["portage-home-visiting", "camhs-exampleshire", "carers-centre"];

    [Fact]
    public async Task Saving_three_services_lists_them_with_their_key_facts()
    {
        phone.RequireBrowser();
        await using var context = await phone.NewPhoneAsync();
        var page = await context.NewPageAsync();
        await SaveAsync(page, Services);

        await page.GotoAsync("my-list/");
        var items = page.Locator(".my-list-item");
        await Assertions.Expect(items).ToHaveCountAsync(3);
        await Assertions.Expect(page.Locator("[data-my-list-count]")).ToHaveTextAsync("You have saved 3 items.");
        var first = items.First;
        await Assertions.Expect(first.Locator(".my-list-title a")).ToHaveTextAsync("Portage home visiting");
        var facts = await first.Locator(".my-list-facts dt").AllTextContentsAsync();
        Assert.Equal(["Who it is for", "How to get it", "Phone"], facts);
        Assert.StartsWith("tel:", await first.Locator(".my-list-facts a").GetAttributeAsync("href"));
        Assert.True(await page.Locator("[data-my-list-nojs]").IsHiddenAsync());

        // The title link opens the service again.
        await first.Locator(".my-list-title a").ClickAsync();
        Assert.EndsWith("/services/portage-home-visiting/", page.Url);
    }

    [Fact]
    public async Task The_button_says_saved_is_announced_and_keeps_focus()
    {
        phone.RequireBrowser();
        await using var context = await phone.NewPhoneAsync();
        var page = await context.NewPageAsync();
        await page.GotoAsync("services/portage-home-visiting/");
        var button = page.GetByRole(AriaRole.Button, new() { Name = "Save to my list" });
        await button.FocusAsync();
        await page.Keyboard.PressAsync("Enter");
        var saved = page.GetByRole(AriaRole.Button, new() { Name = "Saved" });
        await Assertions.Expect(saved).ToHaveAttributeAsync("aria-pressed", "true");
        await Assertions.Expect(page.Locator(".save-status")).ToHaveTextAsync("Saved to my list. 1 item in your list.");
        Assert.Equal("save-button", await page.EvaluateAsync<string>("document.activeElement.className.split(' ').pop()"));
        Assert.Equal("status", await page.Locator(".save-status").GetAttributeAsync("role"));

        // Pressing it again takes the service off the list.
        await page.Keyboard.PressAsync("Enter");
        await Assertions.Expect(page.GetByRole(AriaRole.Button, new() { Name = "Save to my list" })).ToHaveAttributeAsync("aria-pressed", "false");
        await Assertions.Expect(page.Locator(".save-status")).ToHaveTextAsync("Removed from my list. 0 items in your list.");
    }

    [Fact]
    public async Task Removing_an_item_announces_it_and_moves_focus_to_the_next()
    {
        phone.RequireBrowser();
        await using var context = await phone.NewPhoneAsync();
        var page = await context.NewPageAsync();
        await SaveAsync(page, Services);
        await page.GotoAsync("my-list/");

        var firstTitle = await page.Locator(".my-list-title a").First.TextContentAsync();
        await page.Locator(".my-list-remove").First.ClickAsync();
        await Assertions.Expect(page.Locator(".my-list-item")).ToHaveCountAsync(2);
        await Assertions.Expect(page.Locator("[data-my-list-status]")).ToHaveTextAsync($"Removed {firstTitle}. 2 items left.");
        var focused = await page.EvaluateAsync<string>("document.activeElement.closest('.my-list-item').querySelector('.my-list-title a').textContent");
        Assert.Equal(await page.Locator(".my-list-title a").First.TextContentAsync(), focused);

        // The list stays removed after a reload, and emptying it says so.
        await page.ReloadAsync();
        await Assertions.Expect(page.Locator(".my-list-item")).ToHaveCountAsync(2);
        await page.Locator(".my-list-remove").First.ClickAsync();
        await page.Locator(".my-list-remove").First.ClickAsync();
        await Assertions.Expect(page.Locator("[data-my-list-empty]")).ToBeVisibleAsync();
        Assert.Equal("my-list-empty", await page.EvaluateAsync<string>("document.activeElement.className"));
        await Assertions.Expect(page.Locator("[data-my-list-actions]")).ToBeHiddenAsync();
    }

    [Fact]
    public async Task The_list_prints_on_at_most_two_A4_pages_without_buttons()
    {
        phone.RequireBrowser();
        await using var context = await phone.NewPhoneAsync();
        var page = await context.NewPageAsync();
        await SaveAsync(page, ["portage-home-visiting", "camhs-exampleshire", "carers-centre", "childrens-community-nursing", "childrens-occupational-therapy"]);
        await page.GotoAsync("my-list/");
        await Assertions.Expect(page.Locator(".my-list-item")).ToHaveCountAsync(5);

        // The Print button opens the browser's print dialogue.
        await page.EvaluateAsync("() => { window.printed = 0; window.print = function () { window.printed++; }; }");
        await page.GetByRole(AriaRole.Button, new() { Name = "Print my list" }).ClickAsync();
        Assert.Equal(1, await page.EvaluateAsync<int>("window.printed"));
        Assert.Equal(1, await page.EvaluateAsync<int>("document.querySelectorAll('script[src$=\"mylist.js\"]').length"));

        var pdf = await page.PdfAsync(new PagePdfOptions { Format = "A4", PrintBackground = true });
                using var document = PdfDocument.Open(pdf);
        Assert.InRange(document.NumberOfPages, 1, 2);
        var text = string.Join(" ", document.GetPages().SelectMany(p => p.GetWords()).Select(w => w.Text))
            .Replace("\uFB00", "ff"); // the PDF joins "ff" into one ligature
        Assert.Contains("Exampleshire SEND Local Offer", text);
        Assert.Contains("Portage home visiting", text);
        Assert.Contains("localoffer.example.gov.uk/services/portage-home-visiting/", text);
        Assert.DoesNotContain("Remove", text);
        Assert.DoesNotContain("Copy my list", text);
    }

    [Fact]
    public async Task The_list_copies_as_text_and_emails_in_the_body()
    {
        phone.RequireBrowser();
        await using var context = await phone.NewPhoneAsync();
        await context.GrantPermissionsAsync(["clipboard-read", "clipboard-write"]);
        var page = await context.NewPageAsync();
        await SaveAsync(page, ["portage-home-visiting", "carers-centre"]);
        await page.GotoAsync("my-list/");

        await page.GetByRole(AriaRole.Button, new() { Name = "Copy my list as text" }).ClickAsync();
        await Assertions.Expect(page.Locator("[data-my-list-status]")).ToHaveTextAsync("Copied 2 items as text. You can paste it into a message or a document.");
        var copied = await page.EvaluateAsync<string>("navigator.clipboard.readText()");
        Assert.StartsWith("My list from Exampleshire SEND Local Offer\n\n1. Portage home visiting", copied);
        Assert.Contains("   Phone: ", copied);
        Assert.Contains("https://localoffer.example.gov.uk/services/carers-centre/", copied);

        var mailto = await page.GetByRole(AriaRole.Link, new() { Name = "Email my list" }).GetAttributeAsync("href") ?? "";
        Assert.StartsWith("mailto:?subject=My%20list%20from%20Exampleshire%20SEND%20Local%20Offer&body=", mailto);
        Assert.Equal(copied, Uri.UnescapeDataString(mailto[(mailto.IndexOf("&body=", StringComparison.Ordinal) + 6)..]));
    }

    [Fact]
    public async Task My_list_with_items_has_no_axe_violations()
    {
        phone.RequireBrowser();
        await using var context = await phone.NewPhoneAsync();
        var page = await context.NewPageAsync();
        await SaveAsync(page, ["portage-home-visiting", "carers-centre"]);
        await page.GotoAsync("advice-and-support/");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save to my list" }).ClickAsync();
        await page.GotoAsync("my-list/");
        await Assertions.Expect(page.Locator(".my-list-item")).ToHaveCountAsync(3);
        var results = await page.RunAxe();
        Assert.True(results.Violations.Length == 0,
            string.Join("\n", results.Violations.Select(v => $"{v.Id}: {v.Help} ({string.Join(", ", v.Nodes.Select(n => n.Html))})")));
    }

    [Fact]
    public async Task Without_javascript_there_is_no_button_and_my_list_explains()
    {
        phone.RequireBrowser();
        await using var context = await phone.NewPhoneAsync(javaScript: false);
        var page = await context.NewPageAsync();
        await page.GotoAsync("services/portage-home-visiting/");
        await Assertions.Expect(page.GetByRole(AriaRole.Button, new() { Name = "Save to my list" })).ToHaveCountAsync(0);
        await Assertions.Expect(page.GetByRole(AriaRole.Button, new() { Name = "Copy link" })).ToHaveCountAsync(0);
        await page.GotoAsync("my-list/");
        await Assertions.Expect(page.Locator("[data-my-list-nojs]")).ToContainTextAsync("My list needs JavaScript");
        await Assertions.Expect(page.Locator("[data-my-list]")).ToBeHiddenAsync();
    }

    [Fact]
    public async Task When_the_browser_refuses_storage_there_is_no_button_and_my_list_says_why()
    {
        phone.RequireBrowser();
        await using var context = await phone.NewPhoneAsync();
        await context.AddInitScriptAsync("Storage.prototype.setItem = function () { throw new DOMException('blocked', 'SecurityError'); };");
        var page = await context.NewPageAsync();
        await page.GotoAsync("services/portage-home-visiting/");
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
        await Assertions.Expect(page.GetByRole(AriaRole.Button, new() { Name = "Save to my list" })).ToHaveCountAsync(0);
        await page.GotoAsync("my-list/");
        await Assertions.Expect(page.Locator("[data-my-list-nojs]")).ToContainTextAsync("private browsing can stop it");
        await Assertions.Expect(page.Locator("[data-my-list]")).ToBeHiddenAsync();
    }

    [Fact]
    public async Task Copy_link_copies_the_page_address_and_says_so()
    {
        phone.RequireBrowser();
        await using var context = await phone.NewPhoneAsync();
        await context.GrantPermissionsAsync(["clipboard-read", "clipboard-write"]);
        var page = await context.NewPageAsync();
        await page.GotoAsync("services/portage-home-visiting/");
        await page.GetByRole(AriaRole.Button, new() { Name = "Copy link" }).ClickAsync();
        await Assertions.Expect(page.Locator("[data-copy-link-status]")).ToHaveTextAsync("Link copied. You can paste it into a message.");
        Assert.Equal("https://localoffer.example.gov.uk/services/portage-home-visiting/", await page.EvaluateAsync<string>("navigator.clipboard.readText()"));
    }

    private static async Task SaveAsync(IPage page, IEnumerable<string> services)
    {
        foreach (var id in services)
        {
            await page.GotoAsync($"services/{id}/");
            await page.GetByRole(AriaRole.Button, new() { Name = "Save to my list" }).ClickAsync();
            await Assertions.Expect(page.GetByRole(AriaRole.Button, new() { Name = "Saved" })).ToBeVisibleAsync();
        }
    }
}
