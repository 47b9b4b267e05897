using System.Text;
using Ical.Net.DataTypes;
using LocalOfferGen.Calendar;
using LocalOfferGen.Diagnostics;
using LocalOfferGen.Events;
using LocalOfferGen.Loading;
using LocalOfferGen.Model;
using IcalCalendar = Ical.Net.Calendar;

namespace LocalOfferGen.Tests.Calendar;

/// <summary>The What's on calendar files: Ical.Net reads each one back, times land at the right UTC moment on
/// both sides of a clock change, and the RRULE with its EXDATEs expands to exactly the site's own dates.</summary>
public sealed class EventCalendarTests : IDisposable
{
    private static readonly DateOnly Today = new(2026, 10, 1);
    private readonly TestContent _content = new();

    public EventCalendarTests()
    {
        _content.Write("services/swim-club.yml", """
            name: Swim club
            organisation: Testshire Leisure
            description: Swimming for disabled children.
            categories: [leisure]
            needs: [physical]
            age_range: { min: 5, max: 16 }
            eligibility: Children who live in Testshire.
            how_to_access: Phone to book.
            contact: { phone: 01234 000002 }
            locations:
              - { name: Testtown Pool, address: "1 Water Lane, Testtown", postcode: TE1 2PL }
            reviewed: 2026-09-01
            """);
        var site = File.ReadAllText(Path.Combine(_content.Content, "site.yml"));
        _content.Write("site.yml", site.TrimEnd('\n') + "\n" + """
            term_dates:
              - { from: 2026-09-03, to: 2026-10-23 }
              - { from: 2026-11-02, to: 2026-12-18 }
            """);
    }

    public void Dispose() => _content.Dispose();

    private void Event(string slug, string keys, string text = "Text.") => _content.Write($"events/{slug}.md", $"""
        ---
        summary: A session.
        organiser: Play Team
        {keys}
        ---

        {text}
        """);

    private Site Load()
    {
        var result = _content.Load();
        Assert.DoesNotContain(result.Diagnostics, d => d.Severity == Severity.Error);
        return result.Site!;
    }

    private static Dictionary<string, byte[]> Files(Site site) =>
        CalendarFiles.For(site, Today).ToDictionary(f => f.SitePath, f => f.Bytes);

    private static IcalCalendar Read(byte[] bytes) => IcalCalendar.Load(Encoding.UTF8.GetString(bytes))!;

    private static List<DateTime> UtcStarts(IcalCalendar calendar) =>
        calendar.GetOccurrences().Select(o => o.Period.StartTime.AsUtc).ToList();

    [Fact]
    public void Times_either_side_of_the_October_clock_change_are_at_the_right_UTC_moment()
    {
        Event("2026-10-24-before", "title: Before\nstart: 2026-10-24 10:00\nend: 11:00\nlocation: swim-club");
        Event("2026-10-26-after", "title: After\nstart: 2026-10-26 10:00\nend: 11:00\nonline: true");
        var files = Files(Load());
        var before = Read(files[EventUrls.ForEventCalendar("2026-10-24-before")]).Events.Single();
        var after = Read(files[EventUrls.ForEventCalendar("2026-10-26-after")]).Events.Single();
        Assert.Equal("Europe/London", before.DtStart!.TzId);
        Assert.Equal(new DateTime(2026, 10, 24, 9, 0, 0, DateTimeKind.Utc), before.DtStart.AsUtc);
        Assert.Equal(new DateTime(2026, 10, 24, 10, 0, 0, DateTimeKind.Utc), before.DtEnd!.AsUtc);
        Assert.Equal(new DateTime(2026, 10, 26, 10, 0, 0, DateTimeKind.Utc), after.DtStart!.AsUtc);
        Assert.Equal("Testtown Pool, 1 Water Lane, Testtown, TE1 2PL", before.Location);
        Assert.Equal("Online", after.Location);
        Assert.Equal(new Uri("https://localoffer.test.example/whats-on/2026-10-24-before/"), before.Url);
        Assert.Equal("2026-10-24-before@localoffer.test.example", before.Uid);
        Assert.Null(before.RecurrenceRules.FirstOrDefault());
    }

    [Fact]
    public void A_weekly_repeat_across_the_clock_change_expands_to_the_sites_dates_without_exceptions_or_half_term()
    {
        Event("2026-10-07-club", "title: Club\nstart: 2026-10-07 16:00\nend: 17:30\nonline: true\n"
            + "repeat: { every: week, until: 2027-01-13, term_time_only: true, except: [2026-11-11] }");
        Event("2026-09-05-swim", "title: Swim\nstart: 2026-09-05 10:00\nend: 11:00\nlocation: swim-club\n"
            + "repeat: { every: week, interval: 2, until: 2026-12-31, except: [2026-10-31] }");
        var site = Load();
        var files = Files(site);
        foreach (var e in site.Events)
        {
            var calendar = Read(files[EventUrls.ForEventCalendar(e.Slug)]);
            var expected = e.Occurrences.Select(o => o.Start.UtcDateTime).ToList();
            Assert.Equal(expected, UtcStarts(calendar));
            Assert.Equal(e.Occurrences.Select(o => o.End.UtcDateTime), calendar.GetOccurrences().Select(o => o.Period.EffectiveEndTime!.AsUtc));
        }
        var club = site.Events.Single(e => e.Slug == "2026-10-07-club").Occurrences.Select(o => o.Start.UtcDateTime).ToList();
        // 16:00 BST is 15:00 UTC before 25 October, 16:00 GMT after; half term (28 October), the exception
        // (11 November) and the days after the last term (from 23 December) are left out.
        Assert.Equal(new DateTime(2026, 10, 21, 15, 0, 0), club[2]);
        Assert.Equal(new DateTime(2026, 11, 4, 16, 0, 0), club[3]);
        Assert.DoesNotContain(new DateTime(2026, 11, 11, 16, 0, 0), club);
        Assert.Equal(new DateTime(2026, 12, 16, 16, 0, 0), club[^1]);
        Assert.Equal(9, club.Count);
        var text = Encoding.UTF8.GetString(files[EventUrls.ForEventCalendar("2026-10-07-club")]);
        Assert.Contains("RRULE:FREQ=WEEKLY;UNTIL=20261216T160000Z\r\n", text);
        Assert.Contains("EXDATE;TZID=Europe/London:20261028T160000\r\n", text);
        Assert.Contains("EXDATE;TZID=Europe/London:20261111T160000\r\n", text);
        Assert.Contains("RRULE:FREQ=WEEKLY;INTERVAL=2;UNTIL=", Encoding.UTF8.GetString(files[EventUrls.ForEventCalendar("2026-09-05-swim")]));
    }

    [Fact]
    public void A_date_whose_time_the_clocks_skip_is_left_out_of_the_calendar_as_it_is_of_the_site()
    {
        // 01:30 on Sunday 28 March 2027 does not happen: the clocks go from 01:00 to 02:00.
        Event("2027-03-14-night", "title: Night walk\nstart: 2027-03-14 01:30\nend: 02:30\nonline: true\nrepeat: { every: week, until: 2027-04-11 }");
        var site = Load();
        var e = site.Events.Single();
        Assert.DoesNotContain(new DateOnly(2027, 3, 28), e.Occurrences.Select(o => DateOnly.FromDateTime(o.Start.DateTime)));
        var bytes = Files(site)[EventUrls.ForEventCalendar(e.Slug)];
        Assert.Contains("EXDATE;TZID=Europe/London:20270328T013000\r\n", Encoding.UTF8.GetString(bytes));
        Assert.Equal(e.Occurrences.Select(o => o.Start.UtcDateTime), UtcStarts(Read(bytes)));
    }

    [Theory]
    [InlineData("2026-10-13", "2TU", new[] { "2026-10-13", "2026-11-10", "2026-12-08", "2027-01-12", "2027-02-09", "2027-03-09" })]
    [InlineData("2026-10-30", "-1FR", new[] { "2026-10-30", "2026-11-27", "2026-12-25", "2027-01-29", "2027-02-26", "2027-03-26" })]
    [InlineData("2026-09-22", "4TU", new[] { "2026-09-22", "2026-10-27", "2026-11-24", "2026-12-22", "2027-01-26", "2027-02-23", "2027-03-23" })]
    public void A_monthly_repeat_by_weekday_expands_to_the_same_weekday_of_each_month(string start, string byDay, string[] dates)
    {
        Event($"{start}-forum", $"title: Forum\nstart: {start} 19:00\nend: 20:30\nonline: true\nrepeat: {{ every: month, until: 2027-03-31 }}");
        var site = Load();
        var e = site.Events.Single();
        Assert.Equal(dates.Select(DateOnly.Parse), e.Occurrences.Select(o => DateOnly.FromDateTime(o.Start.DateTime)));
        var bytes = Files(site)[EventUrls.ForEventCalendar(e.Slug)];
        Assert.Contains($"RRULE:FREQ=MONTHLY;BYDAY={byDay};UNTIL=", Encoding.UTF8.GetString(bytes));
        Assert.Equal(e.Occurrences.Select(o => o.Start.UtcDateTime), UtcStarts(Read(bytes)));
    }

    [Fact]
    public void The_London_time_zone_in_each_file_changes_on_the_last_Sundays_of_March_and_October()
    {
        Event("2026-10-24-before", "title: Before\nstart: 2026-10-24 10:00\nend: 11:00\nonline: true");
        var calendar = Read(Files(Load())[EventUrls.ForEventCalendar("2026-10-24-before")]);
        var vtimezone = Assert.Single(calendar.TimeZones);
        Assert.Equal("Europe/London", vtimezone.TzId);
        var london = TimeZoneInfo.FindSystemTimeZoneById("Europe/London");
        Assert.Equal(["DAYLIGHT", "STANDARD"], vtimezone.TimeZoneInfos.Select(p => p.Name).Order());
        foreach (var part in vtimezone.TimeZoneInfos)
        {
            // Each change the VTIMEZONE gives from 2026 to 2035 is a change the system's time zone data has at that
            // moment: its DTSTART and RRULE are clock times of the offset before the change.
            var summer = part.Name == "DAYLIGHT";
            var before = TimeSpan.FromHours(summer ? 0 : 1);
            var changes = part.GetOccurrences().Select(o => o.Period.StartTime.Value)
                .SkipWhile(d => d.Year < 2026).TakeWhile(d => d.Year < 2036).ToList();
            Assert.Equal(10, changes.Count);
            foreach (var local in changes)
            {
                var moment = new DateTimeOffset(local, before);
                Assert.Equal(DayOfWeek.Sunday, local.DayOfWeek);
                Assert.True(local.AddDays(7).Month != local.Month, $"{local} is not the month's last Sunday");
                Assert.Equal(before, london.GetUtcOffset(moment.AddMinutes(-1)));
                Assert.Equal(TimeSpan.FromHours(summer ? 1 : 0), london.GetUtcOffset(moment.AddMinutes(1)));
            }
        }
    }
}
