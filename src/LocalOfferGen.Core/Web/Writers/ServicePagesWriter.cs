using LocalOfferGen.Model;
using LocalOfferGen.Theming;
using LocalOfferGen.Wording;

namespace LocalOfferGen.Web.Writers;

/// <summary>Writes the services directory, its pre-built filter pages (so filters work without JavaScript)
/// and one page per service, showing who it is for and how to get it first.</summary>
internal static class ServicePagesWriter
{
    public static void Write(WebContext web)
    {
        var site = web.Site;
        var directories = new List<DirectoryPage>
        {
            new("Find a service",
                (site.Services.Count == 1 ? "The 1 service" : $"All {site.Services.Count} services") + " for children and young people with special educational needs and disabilities, aged 0 to 25, and their families.",
                SiteUrls.Services, site.Services, null),
        };
        foreach (var group in site.Settings.AgeGroups)
            directories.Add(new($"Services for {Lower(group.Label)}", $"Services for children and young people in the age group {Lower(group.Label)}.",
                SiteUrls.ForAgeFilter(group.Id), site.Services.Where(s => group.Overlaps(s.AgeRange)).ToList(), ("age", group.Id)));
        foreach (var need in site.Settings.Needs)
            directories.Add(new($"Services for {Lower(need.Label)}", $"Services that support {Lower(need.Label)} needs.",
                SiteUrls.ForNeedFilter(need.Id), site.Services.Where(s => s.Needs.Contains(need.Id)).ToList(), ("need", need.Id)));
        foreach (var category in Category.All)
            directories.Add(new($"{category.Label} services", $"Services in the category {Lower(category.Label)}.",
                SiteUrls.ForCategoryFilter(category.Id), site.Services.Where(s => s.Categories.Contains(category.Id)).ToList(), ("category", category.Id)));
        // Each directory page lists up to every service, so they are written in parallel like the service pages.
        Parallel.ForEach(directories, directory => WriteDirectory(web, directory));
        Parallel.ForEach(site.Services.Where(s => web.Renders(s.Url)), service => WriteService(web, service));
    }

    /// <summary>The services directory or one of its filter pages (<paramref name="Current"/> is the filter it shows).</summary>
    private sealed record DirectoryPage(string Title, string Description, string Url, IReadOnlyList<Service> Services, (string Key, string Id)? Current);

    private static void WriteDirectory(WebContext web, DirectoryPage directory)
    {
        var (title, description, url, services, current) = directory;
        if (!web.Renders(url)) return; // a serve rebuild of other pages: skip making a thousand cards
        var site = web.Site;
        var info = new PageInfo(title, description, url, "services", CrumbsFor(url), SiteUrls.Services, web.Canonical(url));
        web.WritePage("services", info, new
        {
            Filtered = current is not null,
            CountText = Counts.Of(services.Count, "service"),
            Cards = services.Select(s => Card(site, s)).ToList(),
            OpenDataUrl = web.Builds("oruk") ? "/openreferral/services.json" : null,
            Filters = new object[]
            {
                Group("Age", "age", site.Settings.AgeGroups.Select(g => (g.Id, g.Label, SiteUrls.ForAgeFilter(g.Id),
                    site.Services.Count(s => g.Overlaps(s.AgeRange)))), current),
                Group("Need", "need", site.Settings.Needs.Select(n => (n.Id, n.Label, SiteUrls.ForNeedFilter(n.Id),
                    site.Services.Count(s => s.Needs.Contains(n.Id)))), current),
                Group("Type of support", "category", Category.All.Select(c => (c.Id, c.Label, SiteUrls.ForCategoryFilter(c.Id),
                    site.Services.Count(s => s.Categories.Contains(c.Id)))), current),
            },
        });
    }

    private static IReadOnlyList<Crumb> CrumbsFor(string url) =>
        url == SiteUrls.Services ? [new Crumb("Home", "/")] : [new Crumb("Home", "/"), new Crumb("Find a service", SiteUrls.Services)];

    private static object Group(string label, string key, IEnumerable<(string Id, string Label, string Url, int Count)> options,
        (string Key, string Id)? current) => new
        {
            Label = label,
            Key = key,
            Options = options.Select(o => new { o.Id, o.Label, o.Url, o.Count, Current = current == (key, o.Id) }).ToList(),
        };

    private static object Card(Site site, Service service) => new
    {
        service.Name,
        service.Organisation,
        service.Url,
        service.InArea,
        Ages = Ages(service.AgeRange),
        Categories = string.Join(", ", service.Categories.Select(c => Category.Find(c)!.Label)),
        AgeIds = string.Join(' ', site.Settings.AgeGroups.Where(g => g.Overlaps(service.AgeRange)).Select(g => g.Id)),
        NeedIds = string.Join(' ', service.Needs),
        CategoryIds = string.Join(' ', service.Categories),
    };

    private static void WriteService(WebContext web, Service service)
    {
        var site = web.Site;
        var info = new PageInfo(service.Name, Summary(service), service.Url, "service",
            [new Crumb("Home", "/"), new Crumb("Find a service", SiteUrls.Services)], SiteUrls.Services, web.Canonical(service.Url));
        var glossary = new GlossaryMatcher(site.Glossary);
        // One page, three texts in the order the layout shows them: only the first picture of them all loads at once.
        var loading = new PictureLoading(firstIsEager: true);
        web.WritePage("service", info, new
        {
            Service = new
            {
                service.Organisation,
                service.InArea,
                Ages = Ages(service.AgeRange),
                Needs = string.Join(", ", service.Needs.Select(n => site.Settings.Needs.First(x => x.Id == n).Label)),
                Categories = string.Join(", ", service.Categories.Select(c => Category.Find(c)!.Label)),
                Eligibility = MarkdownHtml.Render(service.Eligibility, service.Url, glossary, web.Pictures, loading, site.FindDownload),
                HowToAccess = MarkdownHtml.Render(service.HowToAccess, service.Url, glossary, web.Pictures, loading, site.FindDownload),
                Description = MarkdownHtml.Render(service.Description, service.Url, glossary, web.Pictures, loading, site.FindDownload),
                service.Contact.Phone,
                PhoneLink = SiteView.TelLink(service.Contact.Phone),
                service.Contact.Email,
                service.Contact.Website,
                WebsiteText = service.Contact.Website is { } w ? w.Replace("https://", "").Replace("http://", "").TrimEnd('/') : null,
                service.Cost,
                service.Schedule,
                service.Accessibility,
                Locations = service.Locations,
            },
            Tools = PageTools.WithHistory(new PageTools(Dates.Iso(service.Reviewed), Dates.Long(service.Reviewed), service.Organisation, null, null, null, null), service.History),
            Share = ShareLinks.For(service.Name, web.Canonical(service.Url)),
            Save = SaveItem.ForService(site, service, web.Canonical(service.Url), info.Description, Ages(service.AgeRange)),
            PartOf = JourneyPartOf.For(site, service.Url),
        });
    }

    /// <summary>The meta description of a service page: its first sentence of description.</summary>
    public static string Summary(Service service)
    {
        var text = Markdown.MarkdownWalker.PlainText(service.Description.Document);
        var stop = text.IndexOf(". ", StringComparison.Ordinal);
        return stop > 0 ? text[..(stop + 1)] : text;
    }

    public static string Ages(AgeRange range) => $"{range.Min} to {range.Max} years";

    private static string Lower(string label) => label.Length > 1 && char.IsUpper(label[0]) && !char.IsUpper(label[1])
        ? char.ToLowerInvariant(label[0]) + label[1..] : label;
}
