using LocalOfferGen.Model;
using LocalOfferGen.Theming;

namespace LocalOfferGen.Web.Writers;

/// <summary>The news list, one page per post, and the Atom feed (with the upcoming events).</summary>
internal static class NewsWriter
{
    public static void Write(WebContext web)
    {
        var site = web.Site;
        var info = new PageInfo("News", $"News from the {site.Settings.Title}.", SiteUrls.News, "news", [new Crumb("Home", "/")],
            SiteUrls.News, web.Canonical(SiteUrls.News));
        web.WritePage("news", info, new
        {
            Posts = site.News.Select(p => new { p.Title, p.Url, p.Summary, Date = Dates.Long(p.Date), DateIso = DateIso(p) }).ToList(),
        });
        foreach (var post in site.News.Where(p => web.Renders(p.Url)))
        {
            var postInfo = new PageInfo(post.Title, post.Summary, post.Url, "news-post",
                [new Crumb("Home", "/"), new Crumb("News", SiteUrls.News)], SiteUrls.News, web.Canonical(post.Url));
            web.WritePage("news-post", postInfo, new
            {
                Body = MarkdownHtml.Render(post.Body, post.Url, new GlossaryMatcher(site.Glossary), web.Pictures, new PictureLoading(firstIsEager: true), site.FindDownload),
                // The time, when the editor gave one, is shown as written: the clock time their readers saw.
                Post = new { Date = Dates.Long(post.Date), DateIso = DateIso(post), Time = post.Time is { } t ? Dates.Clock(TimeOnly.FromTimeSpan(t.TimeOfDay)) : null },
                Share = ShareLinks.For(post.Title, web.Canonical(post.Url)),
            });
        }
        WriteFeed(web);
    }

    /// <summary>The site's feed: the news, then an entry per upcoming event (see EventFeedEntries).</summary>
    private static void WriteFeed(WebContext web)
    {
        var site = web.Site;
        var events = Events.EventFeedEntries.Of(web);
        var updated = site.News.Count > 0 ? Timestamp(site.News.MaxBy(Published)!) : AtomFeed.Timestamp(site.ContentDate);
        // The feed is as new as its newest entry; event entries carry the content's date.
        var contentDay = new DateTimeOffset(site.ContentDate.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
        if (events.Count > 0 && (site.News.Count == 0 || contentDay > Published(site.News.MaxBy(Published)!)))
            updated = AtomFeed.Timestamp(site.ContentDate);
        var title = events.Count > 0 ? $"{site.Settings.Title}: news and events" : $"{site.Settings.Title}: news";
        AtomFeed.Write(web, SiteUrls.Feed, SiteUrls.News, title, updated, site.News.Select(post =>
        {
            var url = site.Settings.AbsoluteUrl(post.Url);
            return new AtomEntry(post.Title, url, Timestamp(post), Timestamp(post), url, post.Summary);
        }).Concat(events));
    }

    /// <summary>A post's moment for the feed: its time when <c>date:</c> gave one, otherwise the start of its day (UTC).</summary>
    private static string Timestamp(NewsPost post) => post.Time is { } time ? Dates.Iso(time) : AtomFeed.Timestamp(post.Date);

    private static DateTimeOffset Published(NewsPost post) =>
        post.Time ?? new DateTimeOffset(post.Date.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);

    private static string DateIso(NewsPost post) => post.Time is { } time ? Dates.Iso(time) : Dates.Iso(post.Date);
}
