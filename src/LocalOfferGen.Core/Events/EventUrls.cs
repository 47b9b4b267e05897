namespace LocalOfferGen.Events;

/// <summary>Where events are published: the What's on pages and the calendar files families can add or subscribe to.</summary>
public static class EventUrls
{
    /// <summary>The What's on listing.</summary>
    public const string WhatsOn = "/whats-on/";

    /// <summary>An event's own page; the slug is its whole file name (date included), so two events of one name on
    /// different days have different addresses.</summary>
    public static string ForEvent(string slug) => $"/whats-on/{slug}/";

    /// <summary>One event's "Add to calendar" file (iCalendar, RFC 5545).</summary>
    public static string ForEventCalendar(string slug) => $"/whats-on/{slug}.ics";

    /// <summary>The subscribable calendar of every upcoming event.</summary>
    public const string Calendar = "/whats-on/calendar.ics";

    /// <summary>The subscribable calendar of the events for one age group (an id from site.yml).</summary>
    public static string ForAgeGroupCalendar(string ageGroupId) => $"/whats-on/calendar/age-{ageGroupId}.ics";

    /// <summary>The subscribable calendar of the events for one need (an id from site.yml).</summary>
    public static string ForNeedCalendar(string needId) => $"/whats-on/calendar/need-{needId}.ics";
}
