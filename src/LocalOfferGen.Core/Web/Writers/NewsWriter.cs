using LocalOfferGen.Model;
using LocalOfferGen.Theming;

namespace LocalOfferGen.Web.Writers;

/// <summary>The news list, one page per post, and the Atom feed.</summary>
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

    private static void WriteFeed(WebContext web)
    {
        var site = web.Site;
        var updated = site.News.Count > 0 ? Timestamp(site.News.MaxBy(Published)!) : AtomFeed.Timestamp(site.ContentDate);
        AtomFeed.Write(web, SiteUrls.Feed, SiteUrls.News, $"{site.Settings.Title}: news", updated, site.News.Select(post =>
        {
            var url = site.Settings.AbsoluteUrl(post.Url);
            return new AtomEntry(post.Title, url, Timestamp(post), Timestamp(post), url, post.Summary);
        }));
    }

    /// <summary>A post's moment for the feed: its time when <c>date:</c> gave one, otherwise the start of its day (UTC).</summary>
    private static string Timestamp(NewsPost post) => post.Time is { } time ? Dates.Iso(time) : AtomFeed.Timestamp(post.Date);

    private static DateTimeOffset Published(NewsPost post) =>
        post.Time ?? new DateTimeOffset(post.Date.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);

    private static string DateIso(NewsPost post) => post.Time is { } time ? Dates.Iso(time) : Dates.Iso(post.Date);
}
