namespace LocalOfferGen.Model;

/// <summary>Puts pages in the order a reader meets them: home, then depth first through the sections,
/// siblings by weight and then title.</summary>
internal static class SiteOrder
{
    public static IReadOnlyList<Page> Sort(IReadOnlyList<Page> pages)
    {
        var byParent = pages.Where(p => !p.IsHome)
            .GroupBy(p => Site.ParentOf(p.Url), StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.OrderBy(p => p.Weight).ThenBy(p => p.Title, StringComparer.OrdinalIgnoreCase)
                .ThenBy(p => p.Url, StringComparer.Ordinal).ToList(), StringComparer.Ordinal);
        var ordered = new List<Page>(pages.Count);
        var home = pages.FirstOrDefault(p => p.IsHome);
        if (home is not null) ordered.Add(home);
        var stack = new Stack<Page>();
        Push(byParent, "/", stack);
        while (stack.Count > 0)
        {
            var page = stack.Pop();
            ordered.Add(page);
            if (page.IsSectionIndex) Push(byParent, page.Url, stack);
        }
        // Pages whose parent folder has no index.md still appear, after the rest.
        var placed = ordered.ToHashSet();
        foreach (var page in pages)
            if (placed.Add(page)) ordered.Add(page);
        return ordered;
    }

    private static void Push(Dictionary<string, List<Page>> byParent, string parent, Stack<Page> stack)
    {
        if (!byParent.TryGetValue(parent, out var children)) return;
        for (var i = children.Count - 1; i >= 0; i--) stack.Push(children[i]);
    }
}
