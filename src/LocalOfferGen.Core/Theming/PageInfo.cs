namespace LocalOfferGen.Theming;

/// <summary>What every template sees as <c>page</c>: the head, the breadcrumbs and the menu's current item.</summary>
public sealed record PageInfo(
    string Title,
    string Description,
    string Url,
    string Kind,
    IReadOnlyList<Crumb> Breadcrumbs,
    string? SectionUrl,
    string? Canonical,
    bool Noindex = false)
{
    public bool IsHome => Url == "/";
}

public sealed record Crumb(string Title, string Url);
