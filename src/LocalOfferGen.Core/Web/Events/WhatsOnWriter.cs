using LocalOfferGen.Events;
using LocalOfferGen.Model;
using LocalOfferGen.Theming;

namespace LocalOfferGen.Web.Events;

/// <summary>The What's on listing: upcoming events by week, with filters (age group, need, free, online or in person)
/// that the page's script applies in place, and links to the subscribable calendars. Written only when the site has events.</summary>
internal static class WhatsOnWriter
{
    public static void Write(WebContext web)
    {
        var site = web.Site;
        if (site.Events.Count == 0 || !web.Renders(EventUrls.WhatsOn)) return;
        var today = web.Settings.Today;
        var listed = EventListing.Of(site, today);
        var upcoming = EventPublishing.Upcoming(site.Events, today);
        var info = new PageInfo("What's on", $"Events for children and young people with SEND and their families, from the {site.Settings.Title}.",
            EventUrls.WhatsOn, "whats-on", [new Crumb("Home", "/")], EventUrls.WhatsOn, web.Canonical(EventUrls.WhatsOn));
        web.WritePage("whats-on", info, new
        {
            Weeks = listed.GroupBy(l => EventWording.WeekOf(EventWording.StartDay(l.Occurrence))).Select(week => new
            {
                Heading = "Week of " + EventWording.Day(week.Key, today.Year),
                Id = "week-" + Dates.Iso(week.Key),
                Events = week.Select(l => Card(site, l, today)).ToList(),
            }).ToList(),
            CountText = EventWording.Count(listed.Select(l => l.Event).Distinct().Count(), listed.Count),
            Filters = new[]
            {
                Group("Age", "age", site.Settings.AgeGroups.Select(a => (a.Id, a.Label))),
                Group("Need", "need", site.Settings.Needs.Select(n => (n.Id, n.Label))),
                Group("Cost", "cost", [("free", "Free events only")]),
                Group("Where", "where", [("in-person", "In person"), ("online", "Online")]),
            },
            Calendars = Calendars(site, upcoming),
            HorizonWeeks = EventListing.Weeks,
        });
    }

    private static object Group(string label, string key, IEnumerable<(string Id, string Label)> options) => new
    {
        Label = label,
        Key = key,
        Options = options.Select((o, i) => new { o.Id, o.Label, InputId = $"event-{key}-{i}" }).ToList(),
    };

    private static object Card(Site site, ListedOccurrence listed, DateOnly today)
    {
        var e = listed.Event;
        var service = EventWording.ServiceOf(site, e);
        return new
        {
            e.Title,
            e.Url,
            e.Summary,
            Date = EventWording.Day(EventWording.StartDay(listed.Occurrence), today.Year),
            DateIso = Dates.Iso(listed.Occurrence.Start),
            Times = EventWording.Times(listed.Occurrence, today.Year),
            Place = EventWording.Place(e, service),
            Cost = EventWording.Cost(e),
            Ages = EventWording.Ages(e, site.Settings),
            Needs = EventWording.Needs(e, site.Settings),
            // What the filters match: an event naming no age group or need is for everyone.
            AgeIds = e.AgeGroups.Count == 0 ? "all" : string.Join(' ', e.AgeGroups),
            NeedIds = e.Needs.Count == 0 ? "all" : string.Join(' ', e.Needs),
            CostId = e.IsFree ? "free" : "paid",
            WhereIds = string.Join(' ', new[] { service is null ? null : "in-person", e.Online ? "online" : null }.OfType<string>()),
            Repeats = e.Repeat is not null,
        };
    }

    /// <summary>The calendars to subscribe to: every event, then each age group and need some upcoming event names.</summary>
    private static object Calendars(Site site, IReadOnlyList<SiteEvent> upcoming) => new
    {
        All = EventUrls.Calendar,
        Ages = site.Settings.AgeGroups.Where(a => upcoming.Any(e => e.AgeGroups.Contains(a.Id)))
            .Select(a => new { a.Label, Url = EventUrls.ForAgeGroupCalendar(a.Id) }).ToList(),
        Needs = site.Settings.Needs.Where(n => upcoming.Any(e => e.Needs.Contains(n.Id)))
            .Select(n => new { n.Label, Url = EventUrls.ForNeedCalendar(n.Id) }).ToList(),
    };
}
