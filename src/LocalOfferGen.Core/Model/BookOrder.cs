namespace LocalOfferGen.Model;

/// <summary>A page as a book (the Word handbook, the PDF handbook) files it: its place in the reading order and its
/// heading level, one below the nearest page above it that exists.</summary>
public sealed record BookPage(Page Page, int Level);

/// <summary>The pages in the order a printed book gives them, each with a heading level that never skips one. Site
/// order puts a page whose parent folder has no index.md after everything else, where it would read as part of the
/// last chapter; here it is filed after the pages of the nearest section above it that exists (its own section), one
/// level below that section, or as a chapter of its own when no section above it exists.</summary>
public static class BookOrder
{
    public static IReadOnlyList<BookPage> Of(Site site)
    {
        var pages = site.Pages;
        var byUrl = pages.ToDictionary(p => p.Url, StringComparer.Ordinal);
        // The nearest existing page above each page (home counts for nothing: sections are chapters beside it).
        Page? Parent(Page page)
        {
            if (page.IsHome) return null;
            for (var url = Site.ParentOf(page.Url); url != "/"; url = Site.ParentOf(url))
                if (byUrl.TryGetValue(url, out var above)) return above;
            return null;
        }
        var children = new Dictionary<Page, List<Page>>();
        var roots = new List<Page>();
        foreach (var page in pages)
        {
            if (Parent(page) is { } parent)
            {
                if (!children.TryGetValue(parent, out var list)) children[parent] = list = [];
                list.Add(page);
            }
            else roots.Add(page);
        }
        // Site order within each parent, so pages keep their weights; depth first, as the site reads.
        var ordered = new List<BookPage>(pages.Count);
        var stack = new Stack<(Page Page, int Level)>();
        for (var i = roots.Count - 1; i >= 0; i--) stack.Push((roots[i], 1));
        while (stack.Count > 0)
        {
            var (page, level) = stack.Pop();
            ordered.Add(new BookPage(page, level));
            if (!children.TryGetValue(page, out var list)) continue;
            for (var i = list.Count - 1; i >= 0; i--) stack.Push((list[i], Math.Min(level + 1, 6)));
        }
        return ordered;
    }
}
