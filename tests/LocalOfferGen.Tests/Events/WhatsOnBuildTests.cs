using AngleSharp.Html.Parser;

namespace LocalOfferGen.Tests.Events;

/// <summary>The build's date comes from <c>--today</c> on the command line, and site.yml's <c>events:</c> is checked.</summary>
public sealed class WhatsOnBuildTests : IDisposable
{
    private readonly TestContent _content = new();

    public void Dispose() => _content.Dispose();

    private void Event(string slug, string start, string end) => _content.Write($"events/{slug}.md", $"""
        ---
        title: {slug}
        summary: An event.
        start: {start}
        end: {end}
        online: true
        organiser: Team
        ---

        Text.
        """);

    [Fact]
    public void Build_with_today_lists_only_the_events_still_to_come_on_that_date()
    {
        Event("2026-12-02-webinar", "2026-12-02 19:00", "20:00");
        Event("2026-12-10-talk", "2026-12-10 09:00", "10:00");
        Event("2027-01-05-meeting", "2027-01-05 09:00", "10:00");
        var run = Localoffer.Invoke(_content.Root, "build", "--formats", "web", "--today", "2026-12-10");
        Assert.True(run.ExitCode == 0, run.Out + run.Error);
        var listing = new HtmlParser().ParseDocument(File.ReadAllText(Path.Combine(_content.Output, "whats-on", "index.html")));
        var titles = listing.QuerySelectorAll("[data-event-list] h3").Select(h => h.TextContent).ToList();
        // The talk is on the build's date itself, so it is still listed; the webinar is over.
        Assert.Equal(["2026-12-10-talk", "2027-01-05-meeting"], titles);
        Assert.Contains("This event has passed.", File.ReadAllText(Path.Combine(_content.Output, "whats-on", "2026-12-02-webinar", "index.html")));
    }

    [Theory]
    [InlineData("keep_past_days: -1", "site.yml(12,19): error LO0115: 'keep_past_days' must be between 0 and 3650, not -1")]
    [InlineData("keep_past_days: soon", "site.yml(12,19): error")]
    [InlineData("keep_past_days: 5000", "site.yml(12,19): error LO0115: 'keep_past_days' must be between 0 and 3650, not 5000")]
    public void A_bad_events_setting_is_a_located_error_and_nothing_is_published(string setting, string expected)
    {
        _content.Write("site.yml", File.ReadAllText(Path.Combine(_content.Content, "site.yml")) + $"\nevents:\n  {setting}\n");
        Event("2026-12-02-webinar", "2026-12-02 19:00", "20:00");
        var result = _content.Build("web");
        Assert.False(result.Succeeded);
        Assert.Contains(result.Diagnostics, d => d.ToString().Contains(expected, StringComparison.Ordinal));
        Assert.False(Directory.Exists(_content.Output));
    }

    [Fact]
    public void A_site_without_events_has_no_whats_on_page_or_menu_item()
    {
        var result = _content.Build("web");
        Assert.True(result.Succeeded);
        Assert.False(Directory.Exists(Path.Combine(_content.Output, "whats-on")));
        Assert.DoesNotContain("What&#39;s on", File.ReadAllText(Path.Combine(_content.Output, "index.html")));
    }
}
