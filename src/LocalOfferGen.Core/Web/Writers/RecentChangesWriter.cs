using LocalOfferGen.Changes;
using LocalOfferGen.Model;
using LocalOfferGen.Theming;

namespace LocalOfferGen.Web.Writers;

/// <summary>The "Recent changes" page and its Atom feed: the newest changes of every page and service, so parent
/// carer forums can follow what the Local Offer changed.</summary>
internal static class RecentChangesWriter
{
    public static void Write(WebContext web)
    {
        var site = web.Site;
        var info = new PageInfo("Recent changes", $"The latest {RecentChange.Limit} changes to pages and services of the {site.Settings.Title}.",
            SiteUrls.RecentChanges, "recent-changes", [new Crumb("Home", "/")], null, web.Canonical(SiteUrls.RecentChanges));
        web.WritePage("recent-changes", info, new
        {
            Changes = site.RecentChanges.Select(r => new
            {
                r.Title, r.Url, DateIso = Dates.Iso(r.Change.Date), Date = Dates.Long(r.Change.Date), Note = NoteOf(r),
            }).ToList(),
            FeedUrl = SiteUrls.RecentChangesFeed,
        });
        WriteFeed(web);
    }

    /// <summary>What families read for a change: the editor's note, or plainly that the page changed.</summary>
    private static string NoteOf(RecentChange change) => change.Change.Note ?? "Updated";

    private static void WriteFeed(WebContext web)
    {
        var site = web.Site;
        var newest = site.RecentChanges.Count > 0 ? site.RecentChanges[0].Change.Date : site.ContentDate;
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        AtomFeed.Write(web, SiteUrls.RecentChangesFeed, SiteUrls.RecentChanges, $"{site.Settings.Title}: recent changes",
            AtomFeed.Timestamp(newest), site.RecentChanges.Select(change =>
            {
                var url = site.Settings.AbsoluteUrl(change.Url);
                // The same change keeps its id in every build, so feed readers do not show it twice; a second change
                // to one page on one day is numbered.
                var id = $"{url}#updated-{Dates.Iso(change.Change.Date)}";
                var count = seen[id] = seen.GetValueOrDefault(id) + 1;
                return new AtomEntry($"{change.Title}: {NoteOf(change)}", count > 1 ? $"{id}-{count}" : id, null,
                    AtomFeed.Timestamp(change.Change.Date), url, NoteOf(change));
            }));
    }
}
