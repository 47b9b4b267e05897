using LocalOfferGen.Events;
using LocalOfferGen.Theming;
using LocalOfferGen.Web.Writers;

namespace LocalOfferGen.Web.Events;

/// <summary>The site's Atom feed carries an entry per upcoming event beside the news, so a forum that follows the
/// feed hears of events too. An entry's date is the content's date (<see cref="Model.Site.ContentDate"/>), not the
/// build's, so building the same content again does not make feed readers show every event as new.</summary>
internal static class EventFeedEntries
{
    public static IReadOnlyList<AtomEntry> Of(WebContext web)
    {
        var site = web.Site;
        var updated = AtomFeed.Timestamp(site.ContentDate);
        return EventPublishing.Upcoming(site.Events, web.Settings.Today).Select(e =>
        {
            var url = site.Settings.AbsoluteUrl(e.Url);
            var next = e.Upcoming(web.Settings.Today).First();
            var place = EventWording.Place(e, EventWording.ServiceOf(site, e));
            return new AtomEntry($"What's on: {e.Title}", url, null, updated, url,
                $"{EventWording.When(next)}. {place}. {EventWording.Cost(e)}. {e.Summary}");
        }).ToList();
    }
}
