using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;

namespace LocalOfferGen.BrowserTests;

/// <summary>axe-core's WCAG 2.0, 2.1 and 2.2 level A and AA rules on every page of the built site, at a phone's
/// width and a desktop's.</summary>
public sealed class AxeTests(BrowserSite site)
{
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
        var page = await context.NewPageAsync();
        var problems = new List<string>();
        foreach (var path in site.Pages)
        {
            await BrowserSite.OpenAsync(page, path);
            var result = await page.RunAxe(Wcag);
            foreach (var violation in result.Violations)
                foreach (var node in violation.Nodes)
                    problems.Add($"{path}: {violation.Id} ({violation.Impact}): {violation.Help} at {node.Target}: {node.Html}");
        }
        Assert.True(site.Pages.Count > 50, $"expected every page of the sample, found {site.Pages.Count}");
        Assert.True(problems.Count == 0, $"{problems.Count} axe violations at {width}x{height}:\n" + string.Join("\n", problems));
    }
}
