using LocalOfferGen.Events;
using LocalOfferGen.Model;

namespace LocalOfferGen.Calendar;

/// <summary>Writes events as an iCalendar file (RFC 5545): a VTIMEZONE for Europe/London and one VEVENT per event,
/// its times as UK clock times with TZID, a repeat as an RRULE whose EXDATEs are exactly the dates the site leaves
/// out (exceptions, school holidays for term time only, a time the clocks skip). Nothing in it depends on the
/// clock or on chance: the same site gives the same bytes.</summary>
public static class EventCalendar
{
    /// <summary>What the file is made by (PRODID, section 3.7.3).</summary>
    public const string ProductId = "-//LocalOfferGen//What's on//EN";

    /// <param name="name">The calendar's name (X-WR-CALNAME) for a calendar families subscribe to; null for one
    /// event's "Add to calendar" file, which a calendar program adds to a calendar of the family's choosing.</param>
    public static byte[] Write(Site site, IEnumerable<SiteEvent> events, string? name)
    {
        var ics = new ICalendarText();
        ics.Begin("VCALENDAR");
        ics.Raw("VERSION", "2.0");
        ics.Text("PRODID", ProductId);
        ics.Raw("CALSCALE", "GREGORIAN");
        ics.Raw("METHOD", "PUBLISH");
        if (name is not null)
        {
            ics.Text("X-WR-CALNAME", name);
            ics.Text("X-WR-CALDESC", $"Events from the {site.Settings.Title}: {site.Settings.AbsoluteUrl(EventUrls.WhatsOn)}");
            ics.Raw("X-WR-TIMEZONE", LondonTimeZone.Id);
            // How often a subscribed calendar asks for changes (RFC 7986; X-PUBLISHED-TTL for Outlook and Apple).
            ics.Raw("REFRESH-INTERVAL;VALUE=DURATION", "PT12H");
            ics.Raw("X-PUBLISHED-TTL", "PT12H");
        }
        LondonTimeZone.Write(ics);
        foreach (var e in events) WriteEvent(ics, site, e);
        ics.End("VCALENDAR");
        return ics.ToBytes();
    }

    /// <summary>The event's UID: its slug at the site's host, the same in every build and in every file it is in, so a
    /// calendar that has it updates the one entry instead of adding another.</summary>
    public static string Uid(SiteSettings settings, SiteEvent e) => $"{e.Slug}@{new Uri(settings.BaseUrl).Host}";

    private static void WriteEvent(ICalendarText ics, Site site, SiteEvent e)
    {
        var occurrences = e.Occurrences;
        var first = LondonTime.ToLocal(occurrences[0].Start);
        ics.Begin("VEVENT");
        ics.Raw("UID", Uid(site.Settings, e));
        // The content's date, not the clock's: a build of the same content gives the same file.
        ics.Raw("DTSTAMP", site.ContentDate.ToString("yyyyMMdd", System.Globalization.CultureInfo.InvariantCulture) + "T000000Z");
        ics.Raw($"DTSTART;TZID={LondonTimeZone.Id}", ICalendarText.Local(first));
        ics.Raw($"DTEND;TZID={LondonTimeZone.Id}", ICalendarText.Local(first + (e.End - e.Start)));
        if (e.Repeat is { } repeat && occurrences.Count > 1) WriteRepeat(ics, e, repeat);
        ics.Text("SUMMARY", e.Title);
        ics.Text("DESCRIPTION", EventDescription.For(e, site.Settings));
        if (Location(e, site) is { } location) ics.Text("LOCATION", location);
        ics.Raw("URL", site.Settings.AbsoluteUrl(e.Url));
        ics.Raw("TRANSP", "OPAQUE");
        ics.End("VEVENT");
    }

    /// <summary>The RRULE from the first to the last date the event happens (UNTIL in UTC, as RFC 5545 asks when
    /// DTSTART has a TZID), and an EXDATE for each date the rule gives in between that the site leaves out.</summary>
    private static void WriteRepeat(ICalendarText ics, SiteEvent e, EventRepeat repeat)
    {
        var occurrences = e.Occurrences;
        var startDate = DateOnly.FromDateTime(e.Start);
        var happens = occurrences.Select(o => DateOnly.FromDateTime(LondonTime.ToLocal(o.Start))).ToHashSet();
        var firstDate = DateOnly.FromDateTime(LondonTime.ToLocal(occurrences[0].Start));
        var lastDate = DateOnly.FromDateTime(LondonTime.ToLocal(occurrences[^1].Start));
        var rule = repeat.Frequency == RepeatFrequency.Weekly
            ? "FREQ=WEEKLY"
            : $"FREQ=MONTHLY;BYDAY={WeekdayOfMonth(startDate)}";
        if (repeat.Interval > 1) rule += $";INTERVAL={repeat.Interval}";
        ics.Raw("RRULE", rule + ";UNTIL=" + ICalendarText.Utc(occurrences[^1].Start));
        // The rule's dates come from the event's own start, so a monthly rule keeps its weekday of the month
        // (the 4th Tuesday stays the 4th in a month where it is also the last).
        var time = TimeOnly.FromDateTime(e.Start);
        foreach (var date in EventOccurrences.RuleDates(startDate, repeat).Where(d => d >= firstDate && d <= lastDate && !happens.Contains(d)))
            ics.Raw($"EXDATE;TZID={LondonTimeZone.Id}", ICalendarText.Local(date.ToDateTime(time)));
    }

    /// <summary>BYDAY for the start's weekday of the month: 2TU for the second Tuesday, -1FR for the last Friday
    /// (a start in the month's last seven days, as <see cref="EventOccurrences"/> reads it).</summary>
    internal static string WeekdayOfMonth(DateOnly start)
    {
        var day = start.DayOfWeek.ToString()[..2].ToUpperInvariant();
        var last = start > DateOnly.MaxValue.AddDays(-7) || start.AddDays(7).Month != start.Month;
        return (last ? "-1" : ((start.Day - 1) / 7 + 1).ToString(System.Globalization.CultureInfo.InvariantCulture)) + day;
    }

    /// <summary>The service's place and address; "Online" for an online event; both when it is both.</summary>
    private static string? Location(SiteEvent e, Site site)
    {
        string? place = null;
        if (e.LocationServiceId is { } id && site.FindService(id) is { } service)
        {
            var where = service.Locations.FirstOrDefault();
            place = where is null
                ? service.Name
                : string.Join(", ", new[] { where.Name, where.Address, where.Postcode }.Where(p => !string.IsNullOrWhiteSpace(p)));
        }
        return (place, e.Online) switch
        {
            (null, true) => "Online",
            ({ } p, true) => p + ", or online",
            ({ } p, false) => p,
            _ => null,
        };
    }
}
