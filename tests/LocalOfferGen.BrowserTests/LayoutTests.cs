namespace LocalOfferGen.BrowserTests;

/// <summary>Reflow (WCAG 1.4.10) and resize text (1.4.4): no page scrolls sideways at 320 px, and at 200% zoom no
/// text lands on other text.</summary>
public sealed class LayoutTests(BrowserSite site)
{
    [Fact]
    public async Task No_page_scrolls_sideways_at_320_px()
    {
        await using var context = await site.NewContextAsync(320, 640);
        var page = await context.NewPageAsync();
        var wide = new List<string>();
        foreach (var path in site.Pages)
        {
            await BrowserSite.OpenAsync(page, path);
            var widths = await page.EvaluateAsync<int[]>("() => [document.documentElement.scrollWidth, document.documentElement.clientWidth]");
            if (widths[0] > widths[1]) wide.Add($"{path}: {widths[0]} px wide in a {widths[1]} px window");
        }
        Assert.True(wide.Count == 0, "pages that scroll sideways at 320 px:\n" + string.Join("\n", wide));
    }

    /// <summary>200% zoom of a 1280 x 800 window is a 640 x 400 CSS-pixel layout drawn at twice the scale.</summary>
    [Fact]
    public async Task At_200_percent_zoom_no_text_overlaps_other_text()
    {
        await using var context = await site.NewContextAsync(640, 400, scale: 2);
        var page = await context.NewPageAsync();
        var overlaps = new List<string>();
        foreach (var path in site.Pages)
        {
            await BrowserSite.OpenAsync(page, path);
            foreach (var overlap in await page.EvaluateAsync<string[]>(OverlappingText))
                overlaps.Add($"{path}: {overlap}");
        }
        Assert.True(overlaps.Count == 0, "text overlapping other text at 200% zoom:\n" + string.Join("\n", overlaps));
    }

    /// <summary>Finds the boxes of every visible line of text and reports pairs from different text that cross.
    /// Text hidden visually for screen readers (clipped) and the content of a closed details element are left out.</summary>
    private const string OverlappingText = """
        () => {
          const clipped = el => {
            for (let e = el, child = null; e && e !== document.body; child = e, e = e.parentElement) {
              // A closed <details> draws only its summary; Chromium still gives its hidden content boxes.
              if (e.tagName === 'DETAILS' && !e.open && !(child && child.tagName === 'SUMMARY')) return true;
              const s = getComputedStyle(e);
              if (s.display === 'none' || s.visibility === 'hidden') return true;
              if ((s.clip && s.clip !== 'auto') || (s.clipPath && s.clipPath !== 'none')) return true;
              if (s.overflow !== 'visible' && (e.clientWidth <= 1 || e.clientHeight <= 1)) return true;
            }
            return false;
          };
          const boxes = [];
          const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
          while (walker.nextNode()) {
            const node = walker.currentNode;
            if (!node.textContent.trim() || !node.parentElement || clipped(node.parentElement)) continue;
            const range = document.createRange();
            range.selectNodeContents(node);
            for (const r of range.getClientRects())
              if (r.width > 1 && r.height > 1) boxes.push({ node, r });
          }
          const found = [];
          for (let i = 0; i < boxes.length; i++)
            for (let j = i + 1; j < boxes.length; j++) {
              const a = boxes[i], b = boxes[j];
              if (a.node === b.node) continue;
              const x = Math.min(a.r.right, b.r.right) - Math.max(a.r.left, b.r.left);
              const y = Math.min(a.r.bottom, b.r.bottom) - Math.max(a.r.top, b.r.top);
              if (x > 2 && y > 2)
                found.push(JSON.stringify(a.node.textContent.trim().slice(0, 40)) + ' overlaps ' + JSON.stringify(b.node.textContent.trim().slice(0, 40)));
            }
          return found.slice(0, 20);
        }
        """;
}
