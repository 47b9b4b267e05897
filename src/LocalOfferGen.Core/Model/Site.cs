using LocalOfferGen.Journeys;
using LocalOfferGen.Pictures;

namespace LocalOfferGen.Model;

/// <summary>The whole Local Offer, loaded, checked and frozen. Every output format reads only this.</summary>
public sealed class Site
{
    private readonly Dictionary<string, Page> _pagesByUrl;
    private readonly Dictionary<string, EasyReadPage> _easyReadByStandardUrl;
    private readonly Dictionary<string, List<Page>> _children;
    private readonly Dictionary<string, DownloadFile> _downloadsByPath;

    public Site(
        string contentRoot,
        SiteSettings settings,
        IReadOnlyList<Page> pages,
        IReadOnlyList<EasyReadPage> easyReadPages,
        IReadOnlyList<Service> services,
        IReadOnlyList<NewsPost> news,
        IReadOnlyList<FeedbackYear> feedback,
        IReadOnlyList<Leaflet> leaflets,
        IReadOnlyList<GlossaryEntry> glossary,
        IReadOnlyList<StatutoryTopic> topics,
        IReadOnlyList<string> imagePaths,
        IReadOnlyList<DownloadFile>? downloads = null,
        PictureSet? pictures = null)
        : this(contentRoot, settings, new InOrder(
            SiteOrder.Sort(pages),
            easyReadPages.OrderBy(p => p.Url, StringComparer.Ordinal).ToList(),
            services.OrderBy(s => s.Name, StringComparer.OrdinalIgnoreCase).ThenBy(s => s.Id, StringComparer.Ordinal).ToList(),
            news.OrderByDescending(n => n.Date).ThenByDescending(n => n.TimeOrder).ThenBy(n => n.Slug, StringComparer.Ordinal).ToList(),
            feedback.OrderByDescending(f => f.Published).ToList(),
            leaflets.OrderBy(l => l.Id, StringComparer.Ordinal).ToList(),
            glossary.OrderBy(g => g.Term, StringComparer.OrdinalIgnoreCase).ToList(),
            imagePaths.Order(StringComparer.Ordinal).ToList(),
            (downloads ?? []).OrderBy(d => d.SitePath, StringComparer.Ordinal).ToList()), topics, pictures ?? PictureSet.Empty)
    {
    }

    /// <summary>A site from lists already in site order: only the lookups are made.</summary>
    private Site(string contentRoot, SiteSettings settings, InOrder lists, IReadOnlyList<StatutoryTopic> topics, PictureSet pictures)
    {
        Pictures = pictures;
        ContentRoot = contentRoot;
        Settings = settings;
        Pages = lists.Pages;
        EasyReadPages = lists.EasyReadPages;
        Services = lists.Services;
        News = lists.News;
        Feedback = lists.Feedback;
        Leaflets = lists.Leaflets;
        Glossary = lists.Glossary;
        Topics = topics;
        ImagePaths = lists.ImagePaths;
        Downloads = lists.Downloads;
        _downloadsByPath = Downloads.ToDictionary(d => d.SitePath, StringComparer.Ordinal);

        _pagesByUrl = Pages.ToDictionary(p => p.Url, StringComparer.Ordinal);
        _easyReadByStandardUrl = EasyReadPages.ToDictionary(e => e.StandardUrl, StringComparer.Ordinal);
        _children = [];
        foreach (var page in Pages)
        {
            if (page.IsHome) continue;
            var parent = ParentOf(page.Url);
            if (!_children.TryGetValue(parent, out var list)) _children[parent] = list = [];
            list.Add(page);
        }
        ContentDate = LatestDate();
    }

    /// <summary>The site's lists, each in the order the site keeps it.</summary>
    private sealed record InOrder(
        IReadOnlyList<Page> Pages,
        IReadOnlyList<EasyReadPage> EasyReadPages,
        IReadOnlyList<Service> Services,
        IReadOnlyList<NewsPost> News,
        IReadOnlyList<FeedbackYear> Feedback,
        IReadOnlyList<Leaflet> Leaflets,
        IReadOnlyList<GlossaryEntry> Glossary,
        IReadOnlyList<string> ImagePaths,
        IReadOnlyList<DownloadFile> Downloads);

    /// <summary>The full path of the content folder.</summary>
    public string ContentRoot { get; }
    public SiteSettings Settings { get; }
    /// <summary>Published pages in site order: home, then each section's page followed by its children.</summary>
    public IReadOnlyList<Page> Pages { get; }
    public IReadOnlyList<EasyReadPage> EasyReadPages { get; }
    public IReadOnlyList<Service> Services { get; }
    /// <summary>Newest first.</summary>
    public IReadOnlyList<NewsPost> News { get; }
    /// <summary>"You said, we did", newest first.</summary>
    public IReadOnlyList<FeedbackYear> Feedback { get; }
    public IReadOnlyList<Leaflet> Leaflets { get; }
    public IReadOnlyList<GlossaryEntry> Glossary { get; }
    /// <summary>"What's on" events from content/events, by start.</summary>
    public IReadOnlyList<LocalOfferGen.Events.SiteEvent> Events { get; init; } = [];
    public IReadOnlyList<StatutoryTopic> Topics { get; }
    /// <summary>Site paths of every file in content/images (e.g. <c>/images/easy-read/talk.png</c>).</summary>
    public IReadOnlyList<string> ImagePaths { get; }
    /// <summary>The documents of content/files that are published, by site path (<c>/files/policy.pdf</c>).</summary>
    public IReadOnlyList<DownloadFile> Downloads { get; }
    /// <summary>Every picture file under content/images (PNG, JPEG, GIF, WebP, SVG), read when loading: its size,
    /// kind and the encodings formats embed (see <see cref="Picture"/>). Every picture a Markdown link names is here
    /// and readable, or loading failed.</summary>
    public PictureSet Pictures { get; }
    /// <summary>The newest date anywhere in the content. Outputs use it as "last updated" and as their
    /// fixed timestamp, so the same content always gives the same bytes.</summary>
    public DateOnly ContentDate { get; }

    /// <summary>The step-by-step journeys (journeys/*.yml), by title.</summary>
    public IReadOnlyList<Journey> Journeys
    {
        get => _journeys;
        init
        {
            _journeys = value.OrderBy(j => j.Title, StringComparer.OrdinalIgnoreCase).ThenBy(j => j.Slug, StringComparer.Ordinal).ToList();
            _journeyPlaces = null;
        }
    }
    private readonly IReadOnlyList<Journey> _journeys = [];

    /// <summary>Every (journey, step) whose links lead to this page or service address (<c>/ehc-plans/</c>), in
    /// journey then step order: what the page shows as "Part of".</summary>
    public IReadOnlyList<JourneyPlace> JourneysThrough(string url) =>
        LazyInitializer.EnsureInitialized(ref _journeyPlaces, () => JourneyPlaces.Index(_journeys))
            .TryGetValue(url, out var places) ? places : [];
    private Dictionary<string, List<JourneyPlace>>? _journeyPlaces;

    /// <summary>The journey with this slug (its file name, as a leaflet's <c>journey:</c> names it).</summary>
    public Journey? FindJourney(string slug) => _journeys.FirstOrDefault(j => j.Slug == slug);

    /// <summary>The site's newest changes, for the "Recent changes" page and feed (see Changes/).</summary>
    public IReadOnlyList<Changes.RecentChange> RecentChanges =>
        LazyInitializer.EnsureInitialized(ref _recentChanges, () => Changes.RecentChange.Of(Pages, EasyReadPages, Services));
    private IReadOnlyList<Changes.RecentChange>? _recentChanges;

    /// <summary>A copy of this site in which each given page, easy-read page and news post takes the place of the one
    /// read from the same file (<c>SourcePath</c>), with every lookup made again. For serve, after the text of a few
    /// files changed. Lists stay in their order when the replacements keep what they are sorted by (weight and title,
    /// address, date); otherwise the site is sorted again. Lists not replaced are shared, so what formats keep per
    /// list (the glossary's pattern) is kept too.</summary>
    public Site Replacing(IReadOnlyCollection<Page> pages, IReadOnlyCollection<EasyReadPage> easyReadPages, IReadOnlyCollection<NewsPost> news)
    {
        var newPages = ReplaceBySource(Pages, pages, p => p.SourcePath, out var pagesMoved, p => (p.Weight, p.Title, p.Url));
        var newEasyRead = ReplaceBySource(EasyReadPages, easyReadPages, p => p.SourcePath, out var easyReadMoved, p => p.Url);
        var newNews = ReplaceBySource(News, news, p => p.SourcePath, out var newsMoved, p => (p.Date, p.TimeOrder, p.Slug));
        var leaflets = LeafletsWith(pages);
        return pagesMoved || easyReadMoved || newsMoved
            ? new Site(ContentRoot, Settings, newPages, newEasyRead, Services, newNews, Feedback, leaflets, Glossary, Topics, ImagePaths, Downloads, Pictures) { Events = Events, Journeys = Journeys }
            : new Site(ContentRoot, Settings, new InOrder(newPages, newEasyRead, Services, newNews, Feedback, leaflets, Glossary, ImagePaths, Downloads), Topics, Pictures) { Events = Events, Journeys = Journeys };
    }

    private static List<T> ReplaceBySource<T>(IReadOnlyList<T> items, IReadOnlyCollection<T> replacements, Func<T, string> sourcePath,
        out bool moved, Func<T, object> sortKey)
    {
        var bySource = replacements.ToDictionary(sourcePath, StringComparer.Ordinal);
        var changedOrder = false;
        var replaced = items.Select(item =>
        {
            if (!bySource.Remove(sourcePath(item), out var replacement)) return item;
            changedOrder |= !Equals(sortKey(item), sortKey(replacement));
            return replacement;
        }).ToList();
        if (bySource.Count > 0)
            throw new ArgumentException($"the site has nothing read from {string.Join(", ", bySource.Keys)} to replace");
        moved = changedOrder;
        return replaced;
    }

    /// <summary>The leaflets, each section that prints a page holding the new version of that page.</summary>
    private List<Leaflet> LeafletsWith(IReadOnlyCollection<Page> pages)
    {
        var bySource = pages.ToDictionary(p => p.SourcePath, StringComparer.Ordinal);
        return Leaflets.Select(leaflet => leaflet.Sections.Any(s => s.Page is { } p && bySource.ContainsKey(p.SourcePath))
            ? leaflet with { Sections = leaflet.Sections.Select(s => s.Page is { } p && bySource.TryGetValue(p.SourcePath, out var page) ? s with { Page = page } : s).ToList() }
            : leaflet).ToList();
    }

    private static List<T> ReplaceBySource<T>(IReadOnlyList<T> items, IReadOnlyCollection<T> replacements, Func<T, string> sourcePath)
    {
        var bySource = replacements.ToDictionary(sourcePath, StringComparer.Ordinal);
        var replaced = items.Select(item => bySource.Remove(sourcePath(item), out var replacement) ? replacement : item).ToList();
        if (bySource.Count > 0)
            throw new ArgumentException($"the site has nothing read from {string.Join(", ", bySource.Keys)} to replace");
        return replaced;
    }

    public Page Home => _pagesByUrl["/"];

    public Page? FindPage(string url) => _pagesByUrl.GetValueOrDefault(url);

    /// <summary>The service with this id (its file name), or null; an event names its place this way.</summary>
    public Service? FindService(string id) =>
        LazyInitializer.EnsureInitialized(ref _servicesById, () => Services.ToDictionary(s => s.Id, StringComparer.Ordinal)).GetValueOrDefault(id);
    private Dictionary<string, Service>? _servicesById;

    /// <summary>The document a link leads to (its site path, perhaps with a <c>#</c> or <c>?</c> part), or null when
    /// the link is not to a file of content/files.</summary>
    public DownloadFile? FindDownload(string url)
    {
        var cut = url.IndexOfAny(['#', '?']);
        return _downloadsByPath.GetValueOrDefault(cut < 0 ? url : url[..cut]);
    }

    public EasyReadPage? EasyReadFor(Page page) => _easyReadByStandardUrl.GetValueOrDefault(page.Url);

    public Page? StandardFor(EasyReadPage easyRead) => _pagesByUrl.GetValueOrDefault(easyRead.StandardUrl);

    /// <summary>The services that name any of the page's topics, in directory order (what a page lists under
    /// "Services that can help", on the web and in its Word document).</summary>
    public IReadOnlyList<Service> ServicesFor(Page page)
    {
        var byTopic = LazyInitializer.EnsureInitialized(ref _servicesByTopic, IndexServicesByTopic);
        var positions = new SortedSet<int>();
        foreach (var topic in page.Topics)
            if (byTopic.TryGetValue(topic, out var list)) positions.UnionWith(list);
        var services = new List<Service>(positions.Count);
        foreach (var i in positions) services.Add(Services[i]);
        return services;
    }

    /// <summary>For each topic, the positions in <see cref="Services"/> of the services that name it. Built once,
    /// when first asked: testing every service against every page grew with pages × services.</summary>
    private Dictionary<string, List<int>>? _servicesByTopic;

    private Dictionary<string, List<int>> IndexServicesByTopic()
    {
        var byTopic = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        for (var i = 0; i < Services.Count; i++)
            foreach (var topic in Services[i].Topics)
            {
                if (!byTopic.TryGetValue(topic, out var list)) byTopic[topic] = list = [];
                if (list.Count == 0 || list[^1] != i) list.Add(i);
            }
        return byTopic;
    }

    /// <summary>The pages directly inside a section (its index page's children), by weight then title.</summary>
    public IReadOnlyList<Page> ChildrenOf(Page section) =>
        section.IsSectionIndex && _children.TryGetValue(section.Url, out var list) ? list : [];

    /// <summary>The pages above this one, from home down to its parent.</summary>
    public IReadOnlyList<Page> AncestorsOf(string url)
    {
        var chain = new List<Page>();
        while (url != "/")
        {
            url = ParentOf(url);
            if (_pagesByUrl.TryGetValue(url, out var page)) chain.Insert(0, page);
        }
        return chain;
    }

    /// <summary>The file behind a site path such as <c>/images/x.png</c>.</summary>
    public string FileFor(string sitePath) =>
        Path.Combine(ContentRoot, sitePath.TrimStart('/').Replace('/', Path.DirectorySeparatorChar));

    internal static string ParentOf(string url)
    {
        var trimmed = url.TrimEnd('/');
        var cut = trimmed.LastIndexOf('/');
        return cut <= 0 ? "/" : trimmed[..(cut + 1)];
    }

    private DateOnly LatestDate()
    {
        // Written change notes count; git dates do not: the date printed as "Information correct at" says what the
        // content claims, the same in a full clone, a shallow CI checkout and a download of the files.
        var dates = Pages.Select(p => p.Reviewed).Concat(Pages.Where(p => p.History.HasNotes).Select(p => p.LastUpdated))
            .Concat(Services.Where(s => s.History.HasNotes).Select(s => s.LastUpdated))
            .Concat(EasyReadPages.Select(e => e.Reviewed))
            .Concat(Services.Select(s => s.Reviewed))
            .Concat(News.Select(n => n.Date))
            .Concat(Feedback.Select(f => f.Published));
        return dates.DefaultIfEmpty(new DateOnly(2000, 1, 1)).Max();
    }
}
