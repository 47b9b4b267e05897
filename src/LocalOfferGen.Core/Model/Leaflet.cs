using LocalOfferGen.Diagnostics;

namespace LocalOfferGen.Model;

/// <summary>A print leaflet definition from leaflets/*.yml. <see cref="Pages"/> counts flat pages (front and
/// back is 2); a trifold leaflet has 6 panels instead.</summary>
public sealed record Leaflet(
    string Id,
    string SourcePath,
    string Title,
    LeafletSize Size,
    double BleedMm,
    bool CropMarks,
    int Pages,
    LeafletFold Fold,
    string QrPath,
    IReadOnlyList<LeafletSection> Sections,
    SourceSpan Source)
{
    /// <summary>Where <c>qr</c> is given (the file's start when it is left out, for the home page).</summary>
    public SourceSpan QrSource { get; init; } = Source;

    /// <summary>The "Last updated" date the leaflet prints: the newest of the pages it shows; for a leaflet of
    /// its own text only, <paramref name="contentDate"/> (the site's newest date).</summary>
    public DateOnly LastUpdated(DateOnly contentDate) =>
        Sections.Where(s => s.Page is not null).Select(s => s.Page!.LastUpdated).DefaultIfEmpty(contentDate).Max();

    /// <summary>A trifold's panel widths in mm, inside from left to right (panels 2, 3, 4); the outside is the mirror
    /// (5, 6, 1). Roll folds need the panel that folds in (4, backed by 5) a little narrower so it does not buckle.</summary>
    public IReadOnlyList<double> PanelsMm { get; init; } = DefaultPanelsMm;

    public static IReadOnlyList<double> DefaultPanelsMm { get; } = [100, 100, 97];
}

public enum LeafletSize
{
    A5,
    DL,
}

/// <summary>How a leaflet is folded. A trifold DL leaflet is 6 panels printed on both sides of an A4 sheet.</summary>
public enum LeafletFold
{
    None,
    Trifold,
}

/// <summary>A section is either a heading with Markdown text, a page shown by its title, summary and address, or
/// (with <see cref="Journey"/>) a step-by-step journey's steps condensed, with the address of its page.</summary>
public sealed record LeafletSection(string? Heading, MarkdownText? Text, Page? Page, SourceSpan Source)
{
    /// <summary>The journey a <c>journey:</c> section shows; null for the other kinds.</summary>
    public Journeys.Journey? Journey { get; init; }
}
