namespace LocalOfferGen.Events;

/// <summary>Where an event stands on the build's date (<c>--today</c>, a UK date).</summary>
public enum EventStatus
{
    /// <summary>It has a date still to come, or happening today: listed, in the feed, search and calendars.</summary>
    Upcoming,
    /// <summary>Its last date has ended: off the listings, its page kept and marked as past.</summary>
    Past,
    /// <summary>Past for longer than site.yml's <c>events: keep_past_days</c>: not published at all.</summary>
    Expired,
}

/// <summary>Which events the formats publish on a date, shared so every format agrees.</summary>
public static class EventPublishing
{
    public static EventStatus Status(SiteEvent e, DateOnly today, EventSettings settings)
    {
        if (e.IsUpcoming(today)) return EventStatus.Upcoming;
        if (e.Occurrences.Count == 0) return EventStatus.Expired;
        var lastDay = DateOnly.FromDateTime(LondonTime.ToLocal(e.Occurrences[^1].End));
        return lastDay.AddDays(settings.KeepPastDays) >= today ? EventStatus.Past : EventStatus.Expired;
    }

    /// <summary>The events whose pages are published (upcoming and recently past), by start.</summary>
    public static IReadOnlyList<SiteEvent> Published(IEnumerable<SiteEvent> events, DateOnly today, EventSettings settings) =>
        events.Where(e => Status(e, today, settings) != EventStatus.Expired).ToList();

    /// <summary>The events still to come, by start.</summary>
    public static IReadOnlyList<SiteEvent> Upcoming(IEnumerable<SiteEvent> events, DateOnly today) =>
        events.Where(e => e.IsUpcoming(today)).ToList();
}
