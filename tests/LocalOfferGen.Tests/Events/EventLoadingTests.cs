using LocalOfferGen.Diagnostics;
using LocalOfferGen.Events;
using LocalOfferGen.Loading;

namespace LocalOfferGen.Tests.Events;

/// <summary>Events are read with UK times, repeats expand to the right dates and offsets, and bad input is located.</summary>
public sealed class EventLoadingTests : IDisposable
{
    private readonly TestContent _content = new();

    public void Dispose() => _content.Dispose();

    private static string Event(string times) => $"""
        ---
        title: Sensory swim
        summary: A quiet swim.
        organiser: Saturday Club
        online: true
        {times}
        ---

        Text.
        """;

    [Fact]
    public void The_sample_events_load_and_the_past_one_is_not_upcoming()
    {
        var result = ContentLoader.Load(Repository.Content);
        Assert.DoesNotContain(result.Diagnostics, d => d.Severity == Severity.Error);
        var events = result.Site!.Events;
        Assert.Equal(7, events.Count);
        var upcoming = events.Where(e => e.IsUpcoming(new DateOnly(2026, 9, 1))).Select(e => e.Slug).ToList();
        Assert.DoesNotContain("2026-06-20-summer-fun-day", upcoming);
        Assert.Equal(6, upcoming.Count);
        var swim = events.Single(e => e.Slug == "2026-09-12-saturday-club-sensory-swim");
        Assert.Equal("short-breaks-saturday-club", swim.LocationServiceId);
        Assert.DoesNotContain(swim.Occurrences, o => o.Start.Date == new DateTime(2026, 10, 31));
    }

    [Fact]
    public void A_weekly_event_keeps_its_wall_clock_time_across_the_October_clock_change()
    {
        _content.Write("events/2026-10-17-swim.md", Event("""
            start: 2026-10-17 10:00
            end: 11:30
            repeat: { every: week, until: 2026-11-07, except: [2026-10-31] }
            """));
        var result = _content.Load();
        Assert.DoesNotContain(result.Diagnostics, d => d.Severity == Severity.Error);
        var starts = result.Site!.Events.Single().Occurrences.Select(o => o.Start).ToList();
        Assert.Equal(
            [new DateTimeOffset(2026, 10, 17, 10, 0, 0, TimeSpan.FromHours(1)),
             new DateTimeOffset(2026, 10, 24, 10, 0, 0, TimeSpan.FromHours(1)),
             new DateTimeOffset(2026, 11, 7, 10, 0, 0, TimeSpan.Zero)], starts);
        Assert.Equal(new DateTime(2026, 10, 17, 9, 0, 0), starts[0].UtcDateTime);
        Assert.Equal(new DateTime(2026, 11, 7, 10, 0, 0), starts[2].UtcDateTime);
    }

    [Fact]
    public void A_monthly_event_is_on_the_same_weekday_of_each_month()
    {
        // 2026-10-06 is the first Tuesday; 2026-10-27 the last.
        var first = EventOccurrences.Dates(new DateOnly(2026, 10, 6), new EventRepeat(RepeatFrequency.MonthlyByWeekday, 1, new DateOnly(2027, 1, 31), []));
        Assert.Equal([new(2026, 10, 6), new(2026, 11, 3), new(2026, 12, 1), new(2027, 1, 5)], first.ToList());
        var last = EventOccurrences.Dates(new DateOnly(2026, 10, 27), new EventRepeat(RepeatFrequency.MonthlyByWeekday, 1, new DateOnly(2027, 1, 31), []));
        Assert.Equal([new(2026, 10, 27), new(2026, 11, 24), new(2026, 12, 29), new(2027, 1, 26)], last.ToList());
    }

    [Theory]
    [InlineData("start: 2026-10-17 25:00\nend: 11:30", "LO1050", 6)]
    [InlineData("start: 2026-03-29 01:30\nend: 03:00", "LO1050", 6)]
    [InlineData("start: 2026-10-17 10:00\nend: 09:00", "LO1051", 7)]
    [InlineData("start: 2026-10-17 10:00\nend: 11:00\nrepeat:\n  every: week\n  until: 2026-10-01", "LO1052", 9)]
    [InlineData("start: 2026-10-17 10:00\nend: 11:00\nrepeat:\n  every: week\n  until: 2026-10-17\n  except: [2026-10-17]", "LO1052", 9)]
    [InlineData("start: 2026-10-17 10:00\nend: 11:00\nrepeat:\n  every: fortnight\n  until: 2026-12-01", "LO1053", 9)]
    public void Bad_times_and_repeats_are_located_errors_and_nothing_is_built(string times, string code, int line)
    {
        _content.Write("events/2026-10-17-swim.md", Event(times));
        var result = _content.Load();
        Assert.Null(result.Site);
        var error = Assert.Single(result.Diagnostics, d => d.Severity == Severity.Error);
        Assert.Equal(code, error.Code);
        Assert.EndsWith("events/2026-10-17-swim.md", error.Path);
        Assert.Equal(line, error.Line);
    }

    [Fact]
    public void A_location_that_is_no_service_is_an_error_at_the_key()
    {
        _content.Write("events/2026-10-17-swim.md", Event("start: 2026-10-17 10:00\nend: 11:00\nlocation: no-such-service"));
        var result = _content.Load();
        Assert.Null(result.Site);
        var error = Assert.Single(result.Diagnostics, d => d.Code == "LO1054");
        Assert.Equal(8, error.Line);
    }
}
