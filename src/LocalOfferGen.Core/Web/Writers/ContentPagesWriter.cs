using LocalOfferGen.Model;
using LocalOfferGen.Theming;
using LocalOfferGen.Wording;

namespace LocalOfferGen.Web.Writers;

/// <summary>Writes the home page, section pages and information pages.</summary>
internal static class ContentPagesWriter
{
    public static void Write(WebContext web)
    {
        var site = web.Site;
        Parallel.ForEach(site.Pages.Where(p => web.Renders(p.Url)), page =>
        {
            var info = new PageInfo(page.Title, page.Summary, page.Url, page.IsHome ? "home" : "page", web.CrumbsFor(page.Url),
                WebContext.SectionOf(page.Url), web.Canonical(page.Url));
            var body = MarkdownHtml.Render(page.Body, page.Url, new GlossaryMatcher(site.Glossary), web.Pictures, new PictureLoading(firstIsEager: true), site.FindDownload);
            if (page.IsHome)
            {
                web.WritePage("home", info, new
                {
                    Body = body,
                    Sections = site.ChildrenOf(page).Select(p => new { p.Title, p.Summary, p.Url }).ToList(),
                    ServiceCount = site.Services.Count,
                    ServiceCountText = Counts.Of(site.Services.Count, "service"),
                    Journeys = site.Journeys.Count == 0 ? null
                        : new { Title = JourneysWriter.IndexTitle, Summary = JourneysWriter.IndexSummary(site), Url = LocalOfferGen.Journeys.JourneyUrls.Index },
                    News = site.News.Take(3).Select(n => new { n.Title, n.Url, Date = Dates.Long(n.Date) }).ToList(),
                });
                return;
            }
            web.WritePage("page", info, new
            {
                Body = body,
                Tools = ToolsFor(web, page),
                Children = site.ChildrenOf(page).Select(p => new { p.Title, p.Summary, p.Url }).ToList(),
                Services = site.ServicesFor(page).Select(s => new { s.Name, s.Organisation, s.Url }).ToList(),
                Share = ShareLinks.For(page.Title, web.Canonical(page.Url)),
                Save = SaveItem.ForPage(page, web.Canonical(page.Url)),
                PartOf = JourneyPartOf.For(site, page.Url),
            });
        });
    }

    private static PageTools ToolsFor(WebContext web, Page page)
    {
        var easyRead = web.Builds("easy-read") ? web.Site.EasyReadFor(page) : null;
        var (wordUrl, wordSize) = web.WordDocumentFor(page.Url);
        // A generated section page was reviewed when its newest page was, by that page's owner, not by anyone for it.
        var tools = new PageTools(Dates.Iso(page.Reviewed), Dates.Long(page.Reviewed), page.IsGenerated ? null : page.Owner,
            easyRead?.Url, easyRead is null ? null : "Easy read version of this page", wordUrl, wordSize);
        return PageTools.WithHistory(tools, page.History);
    }
}
