using LocalOfferGen.Events;
using LocalOfferGen.Model;

namespace LocalOfferGen.Calendar;

/// <summary>One calendar file of the site: its address (see <see cref="EventUrls"/>) and its bytes.</summary>
public sealed record CalendarFile(string SitePath, byte[] Bytes);

/// <summary>The calendar files the website publishes: an "Add to calendar" file for every published event, and calendars
/// to subscribe to: every published event, and those of each age group and each need (site.yml ids) that has any.</summary>
public static class CalendarFiles
{
    /// <summary>Whether the calendars hold the event on <paramref name="today"/> (UK date): while its page is published
    /// (<see cref="EventPublishing"/>: upcoming, or past for no more than site.yml's <c>events: keep_past_days</c>), so a
    /// family's calendar keeps what they went to for a while, and every format agrees on one setting.</summary>
    public static bool InFeeds(SiteEvent e, DateOnly today, EventSettings settings) =>
        EventPublishing.Status(e, today, settings) != EventStatus.Expired;

    public static IEnumerable<CalendarFile> For(Site site, DateOnly today)
    {
        // A site with no events has no What's on, so no calendar to subscribe to either.
        if (site.Events.Count == 0) yield break;
        var feed = site.Events.Where(e => InFeeds(e, today, site.Settings.Events)).ToList();
        foreach (var e in feed)
            yield return new CalendarFile(EventUrls.ForEventCalendar(e.Slug), EventCalendar.Write(site, [e], name: null));
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
