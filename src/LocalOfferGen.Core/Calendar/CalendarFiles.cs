using LocalOfferGen.Events;
using LocalOfferGen.Model;

namespace LocalOfferGen.Calendar;

/// <summary>One calendar file of the site: its address (see <see cref="EventUrls"/>) and its bytes.</summary>
public sealed record CalendarFile(string SitePath, byte[] Bytes);

/// <summary>The calendar files the website publishes: an "Add to calendar" file for every event, and calendars to
/// subscribe to: every event, and the events of each age group and each need (site.yml ids) that has any.</summary>
public static class CalendarFiles
{
    /// <summary>A subscribed calendar keeps an event this many days after it last happens, then drops it, so the
    /// feed stays small and the family's calendar keeps what they went to for a while.</summary>
    public const int FeedKeepsPastDays = 90;

    /// <summary>Whether the subscribable calendars hold the event on <paramref name="today"/> (UK date).</summary>
    public static bool InFeeds(SiteEvent e, DateOnly today) => e.IsUpcoming(today.AddDays(-FeedKeepsPastDays));

    public static IEnumerable<CalendarFile> For(Site site, DateOnly today)
    {
        foreach (var e in site.Events)
            yield return new CalendarFile(EventUrls.ForEventCalendar(e.Slug), EventCalendar.Write(site, [e], name: null));
        var feed = site.Events.Where(e => InFeeds(e, today)).ToList();
        var title = site.Settings.Title;
        yield return new CalendarFile(EventUrls.Calendar, EventCalendar.Write(site, feed, $"{title}: What's on"));
        foreach (var group in site.Settings.AgeGroups)
        {
            var events = feed.Where(e => e.AgeGroups.Contains(group.Id)).ToList();
            if (events.Count > 0)
                yield return new CalendarFile(EventUrls.ForAgeGroupCalendar(group.Id), EventCalendar.Write(site, events, $"{title}: What's on, {group.Label}"));
        }
        foreach (var need in site.Settings.Needs)
        {
            var events = feed.Where(e => e.Needs.Contains(need.Id)).ToList();
            if (events.Count > 0)
                yield return new CalendarFile(EventUrls.ForNeedCalendar(need.Id), EventCalendar.Write(site, events, $"{title}: What's on, {need.Label}"));
        }
    }
}
