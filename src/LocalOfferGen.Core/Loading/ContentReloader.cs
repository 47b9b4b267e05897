using LocalOfferGen.Diagnostics;
using LocalOfferGen.Model;

namespace LocalOfferGen.Loading;

/// <summary>For <c>localoffer serve</c>: reads again only the pages, easy-read pages and news posts whose text
/// changed (their front matter, and so every address, title, date and list, as in the last load), with the readers
/// and link checks of a full load, and gives the load a full load would give, at the cost of those files alone.</summary>
public static class ContentReloader
{
    /// <param name="loaded">The last load that succeeded.</param>
    /// <param name="contentDirectory">The content folder, named as it was for <paramref name="loaded"/>.</param>
    /// <param name="changedFiles">Content paths (<c>pages/x.md</c>) whose body changed and front matter did not.</param>
    /// <returns>The new load (with errors, and no site, when a changed file has errors); or null when these files
    /// cannot be read on their own and a full load is needed: a file the last load did not read, or one that used
    /// to give a page and now gives none.</returns>
    public static LoadResult? Reload(LoadResult loaded, string contentDirectory, IReadOnlyCollection<string> changedFiles)
    {
        if (loaded.Site is not { } site || loaded.LinkTargets is not { } linkTargets) return null;
        if (!changedFiles.All(f => loaded.FileDiagnostics.ContainsKey(f) && ReaderFor(f) is not null)) return null;

        var diagnostics = new DiagnosticBag();
        var context = new LoadContext(site.ContentRoot, ContentLoader.DisplayRoot(contentDirectory), diagnostics)
        {
            Settings = site.Settings,
            Topics = site.Topics,
        };
        var fileDiagnostics = new Dictionary<string, DiagnosticBag>(StringComparer.Ordinal);
        var read = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (var file in changedFiles)
        {
            fileDiagnostics[file] = new DiagnosticBag(diagnostics);
            read[file] = ContentLoader.ReadOne(context.ForFile(fileDiagnostics[file]), file, ReaderFor(file)!);
        }
        context.ResolveLinks(linkTargets);

        var files = new Dictionary<string, IReadOnlyList<Diagnostic>>(loaded.FileDiagnostics, StringComparer.Ordinal);
        foreach (var (file, bag) in fileDiagnostics) files[file] = bag.ToSortedList();
        var all = AllDiagnostics(loaded, files);
        if (diagnostics.HasErrors) return new LoadResult(null, all) { FileDiagnostics = files, LinkTargets = linkTargets };

        // Without errors, a file gives what it gave before: a page for a page, nothing for a draft.
        if (read.Any(r => (r.Value is not null) != WasInSite(site, r.Key))) return null;
        // Front matter and commits are as they were, so each page and easy-read page keeps the history the full load gave it.
        var historyByPath = site.Pages.ToDictionary(p => p.SourcePath, p => p.History, StringComparer.Ordinal);
        var pages = read.Values.OfType<Page>().Select(p => p with { History = historyByPath[p.SourcePath] }).ToList();
        var easyHistoryByPath = site.EasyReadPages.ToDictionary(p => p.SourcePath, p => p.History, StringComparer.Ordinal);
        var easyRead = read.Values.OfType<EasyReadPage>().Select(p => p with { History = easyHistoryByPath[p.SourcePath] }).ToList();
        var reloaded = site.Replacing(pages, easyRead, read.Values.OfType<NewsPost>().ToList());
        return new LoadResult(reloaded, all) { FileDiagnostics = files, LinkTargets = linkTargets };
    }

    private static Func<LoadContext, string, object?>? ReaderFor(string file) =>
        file.StartsWith("pages/", StringComparison.Ordinal) ? PageReader.Read
        : file.StartsWith("easy-read/", StringComparison.Ordinal) ? EasyReadReader.Read
        : file.StartsWith("news/", StringComparison.Ordinal) ? NewsReader.Read
        : null;

    private static bool WasInSite(Site site, string file) =>
        site.Pages.Any(p => p.SourcePath == file) || site.EasyReadPages.Any(p => p.SourcePath == file) || site.News.Any(p => p.SourcePath == file);

    /// <summary>The last load's diagnostics with the changed files' own replaced: the checks across files are
    /// kept (they read only front matter and file names, which did not change), and so is every other file's.</summary>
    private static IReadOnlyList<Diagnostic> AllDiagnostics(LoadResult loaded, Dictionary<string, IReadOnlyList<Diagnostic>> files)
    {
        var ownedByAFile = loaded.FileDiagnostics.Values.SelectMany(d => d).ToHashSet();
        var all = new DiagnosticBag();
        all.AddRange(loaded.Diagnostics.Where(d => !ownedByAFile.Contains(d)));
        foreach (var list in files.Values) all.AddRange(list);
        return all.ToSortedList();
    }
}
