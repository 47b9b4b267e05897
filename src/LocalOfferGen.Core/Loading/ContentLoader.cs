using LocalOfferGen.Changes;
using LocalOfferGen.Diagnostics;
using LocalOfferGen.Files;
using LocalOfferGen.Journeys;
using LocalOfferGen.Model;
using LocalOfferGen.Pictures;

namespace LocalOfferGen.Loading;

/// <summary>The first step of the pipeline: reads a content folder into an immutable <see cref="Site"/>,
/// reporting every problem of every file in one run.</summary>
public static class ContentLoader
{
    /// <param name="contentDirectory">The content folder; diagnostics show paths as given here.</param>
    public static LoadResult Load(string contentDirectory)
    {
        var diagnostics = new DiagnosticBag();
        var display = DisplayRoot(contentDirectory);
        var root = Path.GetFullPath(contentDirectory);
        if (!Directory.Exists(root))
        {
            diagnostics.Error(DiagnosticCodes.RequiredFileMissing, SourceSpan.File(display), "the content folder does not exist");
            return new LoadResult(null, diagnostics.ToSortedList());
        }
        var context = new LoadContext(root, display, diagnostics);
        // git reads the whole folder's history in its own process while the files are read.
        var history = Task.Run(() => GitHistory.Read(root));

        context.Topics = InternalError.While($"reading {context.Display("topics.yml")}", () => TopicsReader.Read(context));
        var settings = InternalError.While($"reading {context.Display("site.yml")}", () => SiteSettingsReader.Read(context));
        if (settings is not null) context.Settings = settings;

        var fileDiagnostics = new Dictionary<string, DiagnosticBag>(StringComparer.Ordinal);
        var pages = ReadAll(context, fileDiagnostics, "pages", [".md"], PageReader.Read);
        pages.AddRange(GeneratedSections.For(context, pages));
        var easyRead = ReadAll(context, fileDiagnostics, "easy-read", [".md"], EasyReadReader.Read);
        var services = ReadAll(context, fileDiagnostics, "services", [".yml", ".yaml"], ServiceReader.Read);
        var news = ReadAll(context, fileDiagnostics, "news", [".md"], NewsReader.Read);
        var events = ReadAll(context, fileDiagnostics, "events", [".md", ".yml", ".yaml"], LocalOfferGen.Events.EventReader.Read);
        var feedback = ReadAll(context, fileDiagnostics, "feedback", [".yml", ".yaml"], FeedbackReader.Read);
        var glossary = InternalError.While($"reading {context.Display("glossary.yml")}", () => GlossaryReader.Read(context));
        (pages, easyRead, services) = ChangeDates.Apply(history.Result, pages, easyRead, services);
        var pagesByPath = pages.ToDictionary(p => p.SourcePath, StringComparer.Ordinal);
        var journeyTargets = new JourneyLinkTargets(pages, services);
        var journeys = ReadAll(context, fileDiagnostics, "journeys", [".yml", ".yaml"], (c, f) => JourneyReader.Read(c, f, journeyTargets));
        var leaflets = ReadAll(context, fileDiagnostics, "leaflets", [".yml", ".yaml"], (c, f) => LeafletReader.Read(c, f, pagesByPath, journeys));
        var images = context.Files.Enumerate("images", diagnostics).Select(f => "/" + f).ToList();
        // Only pictures are published from images/ (decoded and encoded again): say so of anything else there.
        foreach (var path in images.Where(p => !PictureSet.IsPictureName(p)))
            diagnostics.Warning(DiagnosticCodes.ImageFolderFileNotPublished, SourceSpan.File(context.Display(path.TrimStart('/'))),
                $"'{path}' is not a picture (PNG, JPEG, GIF, WebP or SVG), so it is not published; put documents to download in files/, and delete anything else");
        var unpublishedFiles = new HashSet<string>(StringComparer.Ordinal);
        var downloads = DownloadsReader.Read(context, unpublishedFiles);

        if (!pages.Any(p => p.IsHome) && !diagnostics.ToSortedList().Any(d => d.Path.EndsWith("pages/index.md", StringComparison.Ordinal)))
            diagnostics.Error(DiagnosticCodes.RequiredFileMissing, SourceSpan.File(context.Display("pages/index.md")),
                "the home page pages/index.md is missing");

        CheckUniqueServiceIds(context, services);
        CheckEventLocations(context, events, services);
        OwnerHandlesReader.WarnOfUnused(context, pages, services, journeys);
        var urls = CheckUniqueUrls(context, pages, easyRead, services, news, CheckUniqueEventNames(context, events), journeys);
        foreach (var page in easyRead.Where(e => !pagesByPath.ContainsKey("pages/" + e.SourcePath["easy-read/".Length..])))
            diagnostics.Warning(DiagnosticCodes.MissingStandardPage, page.Source,
                $"there is no standard page at content/pages/{page.SourcePath["easy-read/".Length..]} for this easy-read page");

        CheckLeafletQrCodes(context, leaflets, urls);
        var pictures = PictureSet.Read(images.Select(sitePath => (sitePath, context.FullPath(sitePath.TrimStart('/')))));
        var linkTargets = new LinkTargets(urls, images.ToHashSet(StringComparer.Ordinal), pictures)
        {
            FilePaths = downloads.Select(d => d.SitePath).ToHashSet(StringComparer.Ordinal),
            UnpublishedFiles = unpublishedFiles,
        };
        context.ResolveLinks(linkTargets);
        CheckLogo(context, settings, pictures);
        WarnOfUnusedUnreadablePictures(context, linkTargets);

        var site = diagnostics.HasErrors || settings is null
            ? null
            : new Site(root, settings, pages, easyRead, services, news, feedback, leaflets, glossary, context.Topics, images, downloads, pictures)
            {
                Events = events.OrderBy(e => e.Start).ThenBy(e => e.Slug, StringComparer.Ordinal).ToList(),
                Journeys = journeys,
            };
        return new LoadResult(site, diagnostics.ToSortedList())
        {
            FileDiagnostics = fileDiagnostics.ToDictionary(f => f.Key, f => f.Value.ToSortedList(), StringComparer.Ordinal),
            LinkTargets = linkTargets,
        };
    }

    /// <summary>The display form of a content folder's path, as diagnostics show it.</summary>
    internal static string DisplayRoot(string contentDirectory) => contentDirectory.Replace('\\', '/').TrimEnd('/');

    private static List<T> ReadAll<T>(LoadContext context, Dictionary<string, DiagnosticBag> fileDiagnostics, string folder,
        string[] extensions, Func<LoadContext, string, T?> readFile)
        where T : class
    {
        // Files are read and parsed in parallel (most of a large site's load time). Each result goes in its file's
        // slot, so the model keeps the files' order; diagnostics are sorted when reported. Same output every run.
        var files = context.Files.Enumerate(folder, context.Diagnostics, extensions);
        var read = new T?[files.Count];
        var bags = new DiagnosticBag[files.Count];
        Parallel.For(0, files.Count, i =>
        {
            bags[i] = new DiagnosticBag(context.Diagnostics);
            read[i] = ReadOne(context.ForFile(bags[i]), files[i], readFile);
        });
        for (var i = 0; i < files.Count; i++) fileDiagnostics[files[i]] = bags[i];
        var items = new List<T>(files.Count);
        foreach (var item in read)
            if (item is not null) items.Add(item);
        return items;
    }

    /// <summary>Reads one file with a context whose diagnostics are that file's own (see <see cref="LoadContext.ForFile"/>).</summary>
    internal static T? ReadOne<T>(LoadContext fileContext, string file, Func<LoadContext, string, T?> readFile) where T : class =>
        InternalError.While($"reading {fileContext.Display(file)}", () => readFile(fileContext, file));

    /// <summary>A picture that cannot be used is an error at each link to it (see <see cref="LinkResolver"/>); one that
    /// no link uses harms no reader, so it is a warning on the file, which the web still copies as it is.</summary>
    private static void WarnOfUnusedUnreadablePictures(LoadContext context, LinkTargets targets)
    {
        foreach (var picture in targets.Pictures.Where(p => !p.IsReadable && !targets.UsedPictures.ContainsKey(p.SitePath)))
            context.Diagnostics.Warning(DiagnosticCodes.UnusedPictureUnreadable, SourceSpan.File(context.Display(picture.SitePath.TrimStart('/'))),
                $"this picture cannot be used: {picture.Problem}. No page uses it yet; a page that does will fail to build");
    }

    /// <summary>site.yml's logo is drawn on every leaflet and cover, so a logo picture that cannot be read stops the build at its line.</summary>
    private static void CheckLogo(LoadContext context, SiteSettings? settings, PictureSet pictures)
    {
        if (settings?.Logo is not { } logo || settings.LogoAt is not { } at) return;
        if (pictures.Find(logo) is { IsReadable: false } picture)
            context.Diagnostics.Error(DiagnosticCodes.LogoUnusable, at, $"the logo '{logo.TrimStart('/')}' cannot be used: {picture.Problem}");
    }

    /// <summary>An event's location is a service's place, so "near me" and the service's address are shared.</summary>
    private static void CheckEventLocations(LoadContext context, List<LocalOfferGen.Events.SiteEvent> events, List<Service> services)
    {
        var ids = services.Select(s => s.Id).ToHashSet(StringComparer.Ordinal);
        foreach (var e in events.Where(e => e.LocationServiceId is { } id && !ids.Contains(id)))
            context.Diagnostics.Error(DiagnosticCodes.EventLocationUnknown, e.LocationSource ?? e.Source,
                $"'location' is '{e.LocationServiceId}', which is no service's id; give the file name (without .yml) of a service in content/services");
    }

    /// <summary>An event's address is its file name without .md or .yml, so two files of one name would be one page.</summary>
    /// <summary>Reports an .md and a .yml event of one name (LO1077) and gives the events with each name once, so the
    /// address check that follows does not report the same pair again as one address used twice.</summary>
    private static List<LocalOfferGen.Events.SiteEvent> CheckUniqueEventNames(LoadContext context, List<LocalOfferGen.Events.SiteEvent> events)
    {
        var kept = new List<LocalOfferGen.Events.SiteEvent>();
        foreach (var group in events.GroupBy(e => e.Slug, StringComparer.OrdinalIgnoreCase))
        {
            var ordered = group.OrderBy(e => e.SourcePath, StringComparer.Ordinal).ToList();
            kept.Add(ordered[0]);
            foreach (var duplicate in ordered.Skip(1))
                context.Diagnostics.Error(DiagnosticCodes.EventFileDuplicate, duplicate.Source,
                    $"{ordered[0].Source.Path} has the same name, so both would be the page {duplicate.Url}; keep one file, or rename one");
        }
        return kept;
    }

    private static void CheckUniqueServiceIds(LoadContext context, List<Service> services)
    {
        foreach (var group in services.GroupBy(s => s.Id, StringComparer.Ordinal).Where(g => g.Count() > 1))
            foreach (var duplicate in group.Skip(1))
                context.Diagnostics.Error(DiagnosticCodes.DuplicateServiceId, duplicate.Source,
                    $"the service id '{group.Key}' is also used by {group.First().Source.Path}; each service needs its own id");
    }

    /// <summary>A leaflet's QR code is printed thousands of times: it must lead to a page the site has.</summary>
    private static void CheckLeafletQrCodes(LoadContext context, List<Leaflet> leaflets, HashSet<string> urls)
    {
        foreach (var leaflet in leaflets)
        {
            var path = leaflet.QrPath.Split('#', 2)[0].Split('?', 2)[0];
            if (urls.Contains(path)) continue;
            var hint = urls.Contains(path + "/") ? $": write it with the final slash, {path}/" : "; give the address of one of the site's pages, like /education/";
            context.Diagnostics.Error(DiagnosticCodes.QrPageMissing, leaflet.QrSource,
                $"'qr' leads to {leaflet.QrPath}, which is no page of this site, so the printed QR code would lead nowhere{hint}");
        }
    }

    /// <summary>Every address must be unique, also ignoring letter case: /Education/ and /education/ are one
    /// folder on Windows and macOS, so one page would silently replace the other.</summary>
    private static HashSet<string> CheckUniqueUrls(LoadContext context, List<Page> pages, List<EasyReadPage> easyRead,
        List<Service> services, List<NewsPost> news, List<LocalOfferGen.Events.SiteEvent> events, List<Journey> journeys)
    {
        var owners = pages.Select(p => (p.Url, p.Source))
            .Concat(journeys.Select(j => (j.Url, j.Source)))
            .Concat(easyRead.Select(e => (e.Url, e.Source)))
            .Concat(services.Select(s => (s.Url, s.Source)))
            .Concat(news.Select(n => (n.Url, n.Source)))
            .Concat(events.Select(e => (e.Url, e.Source)));
        // The What's on listing is generated only for a site with events, so only then is its address taken.
        IEnumerable<string> generatedUrls = events.Count > 0 ? [.. SiteUrls.Generated, LocalOfferGen.Events.EventUrls.WhatsOn] : SiteUrls.Generated;
        var seen = new Dictionary<string, SourceSpan>(StringComparer.OrdinalIgnoreCase);
        foreach (var generated in generatedUrls) seen[generated] = SourceSpan.File("(generated page)");
        var urls = new HashSet<string>(generatedUrls, StringComparer.Ordinal);
        // The list of journeys is made only when there are journeys.
        if (journeys.Count > 0) { seen[JourneyUrls.Index] = SourceSpan.File("(generated page)"); urls.Add(JourneyUrls.Index); }
        foreach (var (url, source) in owners)
        {
            if (seen.TryGetValue(url, out var first))
            {
                // A council may replace the generated accessibility statement with its own page.
                if (url == SiteUrls.Accessibility && first.Path == "(generated page)") { seen[url] = source; continue; }
                context.Diagnostics.Error(DiagnosticCodes.DuplicateUrl, source,
                    $"this page's address {url} is already used by {first.Path}: file names that differ only in letter case, spaces or punctuation give the same address; rename one");
                continue;
            }
            seen[url] = source;
            urls.Add(url);
        }
        foreach (var group in context.Settings.AgeGroups) urls.Add(SiteUrls.ForAgeFilter(group.Id));
        foreach (var need in context.Settings.Needs) urls.Add(SiteUrls.ForNeedFilter(need.Id));
        foreach (var category in Category.All) urls.Add(SiteUrls.ForCategoryFilter(category.Id));
        return urls;
    }
}
