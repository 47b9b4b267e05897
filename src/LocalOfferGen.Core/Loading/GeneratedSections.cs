using LocalOfferGen.Diagnostics;
using LocalOfferGen.Model;

namespace LocalOfferGen.Loading;

/// <summary>A folder of pages without an <c>index.md</c> (what <c>localoffer new page education/my-page</c> makes in
/// a new site) still gets its section page, as Hugo gives one: its title from the folder's name ("my-section" →
/// "My section"), its pages listed, in the menu and the breadcrumbs like a written one. Each is a warning that says to
/// write the folder's <c>index.md</c>, because a page nobody wrote has no summary, owner or review date of its own;
/// so <c>build --strict</c> passes once the file is written.</summary>
internal static class GeneratedSections
{
    public static List<Page> For(LoadContext context, IReadOnlyList<Page> pages)
    {
        var urls = pages.Select(p => p.Url).ToHashSet(StringComparer.Ordinal);
        // The folders that hold published pages but no section page of their own: url → folder (pages/a/b).
        var missing = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var page in pages.Where(p => !p.IsHome))
        {
            var folder = Parent(page.SourcePath);
            if (page.IsSectionIndex) folder = Parent(folder);
            for (; folder != "pages" && folder.Length > 0; folder = Parent(folder))
            {
                var url = SiteUrls.ForPage(folder["pages/".Length..] + "/index.md");
                // A folder whose address the generator itself uses (pages/services/) keeps to that page.
                if (!urls.Contains(url) && !SiteUrls.Generated.Contains(url)) missing.TryAdd(url, folder);
            }
        }
        var made = new Dictionary<string, Page>(StringComparer.Ordinal);
        // Deepest first, so a section made for a/b/ is among the pages listed by the one made for a/.
        foreach (var (url, folder) in missing.OrderByDescending(m => m.Key.Count(c => c == '/')).ThenBy(m => m.Key, StringComparer.Ordinal))
        {
            var children = pages.Concat(made.Values).Where(p => !p.IsHome && Site.ParentOf(p.Url) == url)
                .OrderBy(p => p.Weight).ThenBy(p => p.Title, StringComparer.OrdinalIgnoreCase).ToList();
            var inside = pages.Where(p => p.Url.StartsWith(url, StringComparison.Ordinal) && p.Url != url).ToList();
            var title = TitleFrom(folder[(folder.LastIndexOf('/') + 1)..]);
            // The warning stands on the first page in the folder itself, or else the first one below it.
            var first = inside.Where(p => Parent(p.SourcePath) == folder).MinBy(p => p.SourcePath, StringComparer.Ordinal)
                ?? inside.MinBy(p => p.SourcePath, StringComparer.Ordinal)!;
            var indexFile = $"{folder}/index.md";
            context.Diagnostics.Warning(DiagnosticCodes.SectionWithoutIndex, first.Source,
                $"the folder {folder}/ has no index.md, so its section page at {url} is made for you (title \"{title}\", listing its " +
                $"{Count(children.Count)}); write {indexFile} to give the section its own title, summary, owner and review date");
            made[url] = new Page(indexFile, url, title, Summary(children), inside.Max(p => p.Reviewed), inside.Max(p => p.ReviewBy),
                context.Settings.Authority, [], [], [], children.Count == 0 ? 0 : children.Min(c => c.Weight),
                new MarkdownText("", new Markdig.Syntax.MarkdownDocument()), SourceSpan.File(context.Display(folder + "/")))
            {
                IsGenerated = true,
            };
        }
        return made.Values.OrderBy(p => p.Url, StringComparer.Ordinal).ToList();
    }

    /// <summary>"my-section" → "My section", as <c>localoffer new page</c> titles a page from its name.</summary>
    public static string TitleFrom(string folderName)
    {
        var words = string.Join(' ', folderName.Replace('-', ' ').Replace('_', ' ').Split(' ', StringSplitOptions.RemoveEmptyEntries));
        return words.Length == 0 ? folderName : char.ToUpperInvariant(words[0]) + words[1..];
    }

    /// <summary>What the section holds, in one plain sentence: "Pages in this section: Portage, Short breaks and 2 more."</summary>
    private static string Summary(IReadOnlyList<Page> children)
    {
        var titles = children.Select(c => c.Title).ToList();
        var listed = titles.Count <= 3 ? titles : [.. titles.Take(2), $"{titles.Count - 2} more"];
        var words = listed.Count == 1 ? listed[0] : string.Join(", ", listed.Take(listed.Count - 1)) + " and " + listed[^1];
        return $"Pages in this section: {words}.";
    }

    private static string Count(int pages) => pages == 1 ? "1 page" : $"{pages} pages";

    private static string Parent(string path)
    {
        var cut = path.LastIndexOf('/');
        return cut < 0 ? "" : path[..cut];
    }
}
