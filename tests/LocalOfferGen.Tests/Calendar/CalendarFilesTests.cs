using System.Text;
using LocalOfferGen.Calendar;
using LocalOfferGen.Events;
using LocalOfferGen.Loading;
using IcalCalendar = Ical.Net.Calendar;

namespace LocalOfferGen.Tests.Calendar;

/// <summary>Which calendar files the website publishes, that every one is RFC 5545 text Ical.Net reads back, and
/// that two builds of the same content write the same bytes.</summary>
public sealed class CalendarFilesTests : IDisposable
{
    private readonly TestContent _content = new();

    public void Dispose() => _content.Dispose();

    private static string Text(byte[] bytes) => Encoding.UTF8.GetString(bytes);

    /// <summary>Every line ends in CRLF (no bare CR or LF) and is at most 75 octets; folded lines start with a space.</summary>
    private static void AssertContentLines(byte[] bytes)
    {
        var text = Text(bytes);
        Assert.EndsWith("\r\n", text);
        var lines = text[..^2].Split("\r\n");
        Assert.All(lines, line =>
        {
            Assert.DoesNotContain('\r', line);
            Assert.DoesNotContain('\n', line);
            Assert.InRange(Encoding.UTF8.GetByteCount(line), 1, 75);
        });
        Assert.Equal("BEGIN:VCALENDAR", lines[0]);
        Assert.Equal("END:VCALENDAR", lines[^1]);
    }

    [Fact]
    public void The_sample_writes_a_file_per_event_and_the_subscribable_calendars_each_read_back()
    {
        var site = ContentLoader.Load(Repository.Content).Site!;
        var today = new DateOnly(2026, 11, 27);
        var files = CalendarFiles.For(site, today).ToDictionary(f => f.SitePath, f => f.Bytes);
        var feed = site.Events.Where(e => CalendarFiles.InFeeds(e, today, site.Settings.Events)).ToList();
        foreach (var e in feed) Assert.Contains(EventUrls.ForEventCalendar(e.Slug), files.Keys);
        Assert.Contains(EventUrls.Calendar, files.Keys);
        // A calendar for each age group and need that an event in the feed names, and no other.
        var expected = site.Settings.AgeGroups.Where(g => feed.Any(e => e.AgeGroups.Contains(g.Id))).Select(g => EventUrls.ForAgeGroupCalendar(g.Id))
            .Concat(site.Settings.Needs.Where(n => feed.Any(e => e.Needs.Contains(n.Id))).Select(n => EventUrls.ForNeedCalendar(n.Id)));
        Assert.Equal(expected.Order(StringComparer.Ordinal),
            files.Keys.Where(k => k.StartsWith("/whats-on/calendar/", StringComparison.Ordinal)).Order(StringComparer.Ordinal));
        Assert.Contains(EventUrls.ForNeedCalendar("autism"), files.Keys);
        Assert.DoesNotContain(EventUrls.ForNeedCalendar("medical"), files.Keys);
        foreach (var (path, bytes) in files)
        {
            AssertContentLines(bytes);
            var calendar = IcalCalendar.Load(Text(bytes))!;
            Assert.Equal(EventCalendar.ProductId, calendar.ProductId);
            Assert.Equal("2.0", calendar.Version);
            Assert.NotEmpty(calendar.GetOccurrences().Take(1));
            Assert.All(calendar.Events, e => Assert.Equal("Europe/London", e.DtStart!.TzId));
        }
        var all = IcalCalendar.Load(Text(files[EventUrls.Calendar]))!;
        Assert.Equal("Exampleshire SEND Local Offer: What's on", all.Properties["X-WR-CALNAME"].Value);
        // The summer fun day (20 June) ended more than keep_past_days (90) before 27 November: its page is not published,
        // so neither is its file, and the feeds drop it.
        Assert.Equal(site.Events.Where(e => e.Slug != "2026-06-20-summer-fun-day").Select(e => EventCalendar.Uid(site.Settings, e)),
            all.Events.Select(e => e.Uid));
        Assert.DoesNotContain(EventUrls.ForEventCalendar("2026-06-20-summer-fun-day"), files.Keys);
        Assert.DoesNotContain("X-WR-CALNAME", Text(files[EventUrls.ForEventCalendar("2026-10-24-autumn-half-term-play-day")]));
        var autism = IcalCalendar.Load(Text(files[EventUrls.ForNeedCalendar("autism")]))!;
        Assert.Equal(feed.Where(e => e.Needs.Contains("autism")).Select(e => EventCalendar.Uid(site.Settings, e)), autism.Events.Select(e => e.Uid));
        Assert.Contains("2026-09-12-saturday-club-sensory-swim@localoffer.example.gov.uk", autism.Events.Select(e => e.Uid));
        Assert.Equal("Exampleshire SEND Local Offer: What's on, Autism", autism.Properties["X-WR-CALNAME"].Value);
        var webinar = IcalCalendar.Load(Text(files[EventUrls.ForEventCalendar("2026-11-18-preparing-for-adulthood-webinar")]))!.Events.Single();
        Assert.Equal("Online", webinar.Location);
        Assert.Contains("Book: https://example.gov.uk/pfa-webinar", webinar.Description);
        Assert.Contains("For: Secondary school (11 to 16); Post-16 and adult life (16 to 25)", webinar.Description);
    }

    [Fact]
    public void Two_builds_of_the_same_content_write_the_same_calendar_bytes_with_no_time_of_the_build_in_them()
    {
        _content.Write("events/2026-10-24-play-day.md", """
            ---
            title: Play day
            summary: A day of play.
            start: 2026-10-24 10:00
            end: 2026-10-25 15:00
            repeat: { every: week, until: 2026-12-19, except: [2026-10-31] }
            online: true
            organiser: Play Team
            age_groups: [primary]
            needs: [autism]
            ---

            Games.
            """);
        Dictionary<string, byte[]> Build()
        {
            var result = _content.Build("web");
            Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
            return Directory.EnumerateFiles(_content.Output, "*.ics", SearchOption.AllDirectories)
                .ToDictionary(f => "/" + Path.GetRelativePath(_content.Output, f).Replace('\\', '/'), File.ReadAllBytes);
        }
        var first = Build();
        Thread.Sleep(1100); // a clock time with seconds in it would differ
        var second = Build();
        string[] expected = [EventUrls.ForEventCalendar("2026-10-24-play-day"), EventUrls.Calendar, EventUrls.ForAgeGroupCalendar("primary"), EventUrls.ForNeedCalendar("autism")];
        Assert.Equal(expected.Order(StringComparer.Ordinal), first.Keys.Order(StringComparer.Ordinal));
        foreach (var (path, bytes) in first) Assert.Equal(bytes, second[path]);
        var text = Text(first[EventUrls.ForEventCalendar("2026-10-24-play-day")]);
        // DTSTAMP is the content's date (the newest reviewed date of the test site), not the time of the build.
        Assert.Contains("DTSTAMP:20260901T000000Z\r\n", text);
        Assert.Contains("UID:2026-10-24-play-day@localoffer.test.example\r\n", text);
        // Two days, 10:00 on Saturday to 15:00 on Sunday, across the night the clocks go back.
        Assert.Contains("DTSTART;TZID=Europe/London:20261024T100000\r\nDTEND;TZID=Europe/London:20261025T150000\r\n", text);
    }

    [Fact]
    public void Long_lines_fold_between_characters_and_text_is_escaped_so_it_reads_back_as_written()
    {
        var title = "Café, games; crafts \\ music — a long title of accented words: naïve façade déjà vu, and 🎨 painting for all";
        _content.Write("events/2026-10-24-cafe.md", $"""
            ---
            title: "{title.Replace("\\", "\\\\")}"
            summary: A day of play.
            start: 2026-10-24 10:00
            end: 12:00
            online: true
            organiser: Play Team
            ---

            - first thing
            - second thing
            """);
        var site = _content.Load().Site!;
        Assert.Equal(title, site.Events.Single().Title);
        var bytes = CalendarFiles.For(site, new DateOnly(2026, 10, 1)).First().Bytes;
        AssertContentLines(bytes);
        var text = Text(bytes);
        Assert.Contains(@"SUMMARY:Café\, games\; crafts \\ music", text);
        var e = IcalCalendar.Load(text)!.Events.Single();
        Assert.Equal(title, e.Summary);
        Assert.StartsWith("A day of play.\n\n- first thing\n- second thing\n\nCost: free\n", e.Description);
    }

    [Fact]
    public void Serve_gives_calendar_files_the_iCalendar_media_type() =>
        Assert.Equal("text/calendar; charset=utf-8", LocalOfferGen.Serving.ContentTypes.For("whats-on/calendar.ics"));
}
