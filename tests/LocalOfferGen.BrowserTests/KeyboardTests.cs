using Microsoft.Playwright;

namespace LocalOfferGen.BrowserTests;

/// <summary>Keyboard use (WCAG 2.1.1, 2.4.1, 2.4.3, 2.4.7): the skip link comes first and moves focus to the main
/// content; Tab reaches every link and control in the order they are read, each with a visible focus indicator.</summary>
public sealed class KeyboardTests(BrowserSite site)
{
    public static TheoryData<string> KeyPages =>
        ["/", "/education/", "/education/sen-support/", "/services/", BrowserSite.ServicePage, "/search/", "/a-z/", "/easy-read/", "/news/", "/404.html", Journey];

    /// <summary>A step-by-step journey of the sample.</summary>
    public const string Journey = "/journeys/ehc-needs-assessment/";

    [Theory]
    [MemberData(nameof(KeyPages))]
    public async Task The_skip_link_is_the_first_tab_stop_and_moves_focus_to_main(string path)
    {
        await using var context = await site.NewContextAsync(1280, 800);
        var page = await context.NewPageAsync();
        await BrowserSite.OpenAsync(page, path);

        await page.Keyboard.PressAsync("Tab");
        Assert.Equal("skip-link", await page.EvaluateAsync<string>("() => document.activeElement.className"));
        Assert.True(await page.EvaluateAsync<bool>("() => { const r = document.activeElement.getBoundingClientRect(); return r.width > 1 && r.height > 1 && r.top >= 0; }"),
            "the skip link must be visible when it has focus");

        await page.Keyboard.PressAsync("Enter");
        Assert.Equal("main", await page.EvaluateAsync<string>("() => document.activeElement.id"));
    }

    [Theory]
    [MemberData(nameof(KeyPages))]
    public async Task Tab_reaches_every_link_and_control_in_reading_order_with_a_visible_focus_indicator(string path)
    {
        await using var context = await site.NewContextAsync(1280, 800);
        var page = await context.NewPageAsync();
        await BrowserSite.OpenAsync(page, path);
        var count = await page.EvaluateAsync<int>(MarkFocusable);
        Assert.True(count > 0);

        var reached = new List<int>();
        var unmarked = new List<string>();
        var noIndicator = new List<string>();
        for (var i = 0; i <= count; i++)
        {
            await page.Keyboard.PressAsync("Tab");
            var step = await page.EvaluateAsync<FocusStep>(Step);
            if (step.PreviousLabel is not null && !step.PreviousHadIndicator) noIndicator.Add(step.PreviousLabel);
            if (step.Order < 0)
            {
                if (step.Label != "BODY") unmarked.Add(step.Label);
                break;   // focus left the page (to the browser) after the last stop
            }
            if (reached.Count > 0 && step.Order <= reached[^1]) break;   // wrapped round to the start
            reached.Add(step.Order);
        }

        Assert.True(unmarked.Count == 0, "focus went to things that are not links or controls: " + string.Join(", ", unmarked));
        Assert.Equal(Enumerable.Range(0, count), reached);
        Assert.True(noIndicator.Count == 0, "no visible change when these had focus:\n" + string.Join("\n", noIndicator));
    }

    [Fact]
    public async Task Tab_reaches_show_all_steps_and_enter_and_space_show_and_hide_the_steps()
    {
        await using var context = await site.NewContextAsync(1280, 800);
        var page = await context.NewPageAsync();
        await BrowserSite.OpenAsync(page, Journey);
        var all = page.Locator("button.step-nav-all");
        await Assertions.Expect(all).ToHaveTextAsync("Show all steps");
        var panels = page.Locator("[data-step-panel]");
        var steps = await panels.CountAsync();
        Assert.True(steps >= 5);
        Assert.Equal(0, await page.Locator("[data-step-panel]:not([hidden])").CountAsync());

        // Tab from the top of the page until the show-all button has focus: it is a tab stop like any other.
        for (var i = 0; i < 60 && !await all.EvaluateAsync<bool>("e => e === document.activeElement"); i++)
            await page.Keyboard.PressAsync("Tab");
        Assert.True(await all.EvaluateAsync<bool>("e => e === document.activeElement"), "Tab never reached the Show all steps button");

        await page.Keyboard.PressAsync("Enter");
        await Assertions.Expect(all).ToHaveAttributeAsync("aria-expanded", "true");
        await Assertions.Expect(all).ToHaveTextAsync("Hide all steps");
        Assert.Equal(steps, await page.Locator("[data-step-panel]:not([hidden])").CountAsync());
        await page.Keyboard.PressAsync("Space");
        await Assertions.Expect(all).ToHaveAttributeAsync("aria-expanded", "false");
        Assert.Equal(0, await page.Locator("[data-step-panel]:not([hidden])").CountAsync());

        // The next Tab stop is the first step's own show/hide button, which controls its panel.
        await page.Keyboard.PressAsync("Tab");
        var first = page.Locator("button.step-nav-button").First;
        Assert.True(await first.EvaluateAsync<bool>("e => e === document.activeElement"));
        await Assertions.Expect(first).ToHaveAttributeAsync("aria-expanded", "false");
        var panel = page.Locator("#" + await first.GetAttributeAsync("aria-controls"));
        await page.Keyboard.PressAsync("Enter");
        await Assertions.Expect(first).ToHaveAttributeAsync("aria-expanded", "true");
        await Assertions.Expect(panel).ToBeVisibleAsync();
        await page.Keyboard.PressAsync("Space");
        await Assertions.Expect(first).ToHaveAttributeAsync("aria-expanded", "false");
        await Assertions.Expect(panel).ToBeHiddenAsync();
    }

    /// <summary>One Tab press, as the page reports it (Playwright fills the properties by name).</summary>
    public sealed class FocusStep
    {
        public int Order { get; set; }
        public string Label { get; set; } = "";
        public string? PreviousLabel { get; set; }
        public bool PreviousHadIndicator { get; set; }
    }

    /// <summary>Numbers every visible link and control in document order; returns how many there are. A positive
    /// tabindex would break the reading order, so the test expects none.</summary>
    private const string MarkFocusable = """
        () => {
          const selector = 'a[href], button:not([disabled]), input:not([disabled]):not([type=hidden]), select:not([disabled]), textarea:not([disabled]), summary, [tabindex]:not([tabindex="-1"])';
          const shown = e => e.getClientRects().length > 0 && getComputedStyle(e).visibility !== 'hidden' && !e.closest('[hidden], [inert]');
          const all = [...document.querySelectorAll(selector)].filter(shown);
          all.forEach((e, i) => e.setAttribute('data-tab-order', i));
          window.__look = e => { const s = getComputedStyle(e); return [s.outlineStyle, s.outlineWidth, s.outlineColor, s.boxShadow, s.backgroundColor, s.color, s.textDecorationLine, s.textDecorationThickness, s.borderColor].join('|'); };
          return all.length;
        }
        """;

    /// <summary>Where focus is now, and whether the element focused before looks different now that it has lost
    /// focus (its focus indicator was visible).</summary>
    private const string Step = """
        () => {
          const e = document.activeElement;
          const order = e && e.hasAttribute('data-tab-order') ? Number(e.getAttribute('data-tab-order')) : -1;
          const label = !e ? 'BODY' : e === document.body ? 'BODY' : e.tagName + ' ' + (e.textContent || e.id || '').trim().slice(0, 50);
          let previousLabel = null, previousHadIndicator = true;
          if (window.__previous && window.__previous !== e) {
            previousLabel = window.__previousLabel;
            previousHadIndicator = window.__look(window.__previous) !== window.__previousLook;
          }
          window.__previous = e;
          window.__previousLabel = label;
          window.__previousLook = e ? window.__look(e) : '';
          return { order, label, previousLabel, previousHadIndicator };
        }
        """;
}
