using LocalOfferGen.Model;
using LocalOfferGen.Theming;

namespace LocalOfferGen.Web.Writers;

/// <summary>Writes the home page, section pages and information pages.</summary>
internal static class ContentPagesWriter
{
    public static void Write(WebContext web)
    {
        var site = web.Site;
        var servicesByTopic = ServicesByTopic(site);
        Parallel.ForEach(site.Pages.Where(p => web.Renders(p.Url)), page =>
        {
            var info = new PageInfo(page.Title, page.Summary, page.Url, page.IsHome ? "home" : "page", web.CrumbsFor(page.Url),
                WebContext.SectionOf(page.Url), web.Canonical(page.Url));
            var body = MarkdownHtml.Render(page.Body, page.Url, new GlossaryMatcher(site.Glossary));
            if (page.IsHome)
            {
                web.WritePage("home", info, new
                {
                    Body = body,
                    Sections = site.ChildrenOf(page).Select(p => new { p.Title, p.Summary, p.Url }).ToList(),
                    ServiceCount = site.Services.Count,
                    News = site.News.Take(3).Select(n => new { n.Title, n.Url, Date = Dates.Long(n.Date) }).ToList(),
                });
                return;
            }
            web.WritePage("page", info, new
            {
                Body = body,
                Tools = ToolsFor(web, page),
                Children = site.ChildrenOf(page).Select(p => new { p.Title, p.Summary, p.Url }).ToList(),
                Services = ServicesFor(site, servicesByTopic, page).Select(s => new { s.Name, s.Organisation, s.Url }).ToList(),
                Share = ShareLinks.For(page.Title, web.Canonical(page.Url)),
                Save = SaveItem.ForPage(page, web.Canonical(page.Url)),
            });
        });
    }

    /// <summary>For each topic, the positions in <see cref="Site.Services"/> of the services that name it. Built once,
    /// because testing every service against every page grew with pages × services.</summary>
    private static Dictionary<string, List<int>> ServicesByTopic(Site site)
    {
        var byTopic = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        for (var i = 0; i < site.Services.Count; i++)
            foreach (var topic in site.Services[i].Topics)
            {
                if (!byTopic.TryGetValue(topic, out var list)) byTopic[topic] = list = [];
                if (list.Count == 0 || list[^1] != i) list.Add(i);
            }
        return byTopic;
    }

    /// <summary>The services that share a topic with the page, in directory order.</summary>
    private static IEnumerable<Service> ServicesFor(Site site, Dictionary<string, List<int>> byTopic, Page page)
    {
        var positions = new SortedSet<int>();
        foreach (var topic in page.Topics)
            if (byTopic.TryGetValue(topic, out var list)) positions.UnionWith(list);
        return positions.Select(i => site.Services[i]);
    }

    private static PageTools ToolsFor(WebContext web, Page page)
    {
        var easyRead = web.Builds("easy-read") ? web.Site.EasyReadFor(page) : null;
        var (wordUrl, wordSize) = web.WordDocumentFor(page.Url);
        return new PageTools(Dates.Iso(page.Reviewed), Dates.Long(page.Reviewed), page.Owner,
            easyRead?.Url, easyRead is null ? null : "Easy read version of this page", wordUrl, wordSize);
    }
}
