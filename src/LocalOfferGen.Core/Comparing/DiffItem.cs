namespace LocalOfferGen.Comparing;

/// <summary>What kind of thing a line of the comparison is about.</summary>
public enum DiffItemKind
{
    Page,
    EasyReadPage,
    Service,
    Leaflet,
}

public enum DiffChange
{
    Changed,
    Added,
    Removed,
}

/// <summary>One page, easy-read page, service or leaflet whose output differs between the two commits.
/// <paramref name="Path"/> is where it is published (<c>/education/plans/</c>, <c>/print/schools.pdf</c>): on the
/// head commit's site, or the base's for one removed.</summary>
public sealed record DiffItem(DiffItemKind Kind, DiffChange Change, string Id, string Title, string Path);

/// <summary>The comparison of two commits' built output, in a fixed order: changed, added, removed, each by kind then path.</summary>
public sealed record SiteDiff(string BaseName, string BaseCommit, string HeadName, string HeadCommit, IReadOnlyList<DiffItem> Items)
{
    public IEnumerable<DiffItem> Of(DiffChange change) => Items.Where(i => i.Change == change);

    public bool IsEmpty => Items.Count == 0;
}
