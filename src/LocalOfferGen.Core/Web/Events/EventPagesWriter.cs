using LocalOfferGen.Events;
using LocalOfferGen.Model;
using LocalOfferGen.Theming;

namespace LocalOfferGen.Web.Events;

/// <summary>Each published event's page: its details as a summary list, its text, how to book, its next dates and an
/// "Add to calendar" file. A past event's page says so plainly; past site.yml's <c>keep_past_days</c> it is not written.</summary>
internal static class EventPagesWriter
{
    /// <summary>How many of a repeating event's next dates its page lists.</summary>
    public const int NextDates = 10;

    public static void Write(WebContext web)
    {
        var site = web.Site;
        var today = web.Settings.Today;
        var glossary = new GlossaryMatcher(site.Glossary);
        foreach (var e in EventPublishing.Published(site.Events, today, site.Settings.Events).Where(e => web.Renders(e.Url)))
        {
            var past = EventPublishing.Status(e, today, site.Settings.Events) == EventStatus.Past;
            var service = EventWording.ServiceOf(site, e);
            var upcoming = e.Upcoming(today).ToList();
            var shown = past ? e.Occurrences[^1] : upcoming[0];
            var info = new PageInfo(e.Title, e.Summary, e.Url, "event",
                [new Crumb("Home", "/"), new Crumb("What's on", EventUrls.WhatsOn)], EventUrls.WhatsOn, web.Canonical(e.Url));
            web.WritePage("event", info, new
            {
                Event = new
                {
                    Past = past,
                    LastDate = Dates.Long(EventWording.StartDay(e.Occurrences[^1])),
                    WhenLabel = past ? e.Repeat is null ? "Date and time" : "Last date" : e.Repeat is null ? "Date and time" : "Next date",
                    WhenText = EventWording.When(shown),
                    WhenIso = Dates.Iso(shown.Start),
                    Repeat = EventWording.Repeat(e),
                    Place = service is null ? null : EventWording.PlaceOf(service),
                    ServiceUrl = service?.Url,
                    e.Online,
                    Cost = EventWording.Cost(e),
                    Ages = EventWording.Ages(e, site.Settings),
                    Needs = EventWording.Needs(e, site.Settings),
                    e.BookingUrl,
                    e.BookingPhone,
                    BookingPhoneLink = SiteView.TelLink(e.BookingPhone),
                    e.Organiser,
                    NextDates = past || e.Repeat is null ? [] : upcoming.Skip(1).Take(NextDates)
                        .Select(o => new { Text = EventWording.When(o), Iso = Dates.Iso(o.Start) }).ToList(),
                    MoreDates = !past && upcoming.Count > NextDates + 1,
                    // A past event is not offered for calendars: its file is for adding dates still to come.
                    CalendarUrl = past ? null : EventUrls.ForEventCalendar(e.Slug),
                },
                Body = MarkdownHtml.Render(e.Body, e.Url, glossary, web.Pictures, new PictureLoading(firstIsEager: true), site.FindDownload),
                Share = ShareLinks.For(e.Title, web.Canonical(e.Url)),
            });
        }
    }
}
