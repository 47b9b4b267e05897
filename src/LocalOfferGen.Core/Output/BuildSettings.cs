namespace LocalOfferGen.Output;

/// <summary>Choices made on the command line that formats may need.</summary>
public sealed record BuildSettings
{
    /// <summary>The date a build treats as today (review dates, audit, which events are upcoming), by default the
    /// UK date; fixed in tests for reproducible output.</summary>
    public DateOnly Today { get; init; } = Events.LondonTime.Today;

    /// <summary>Where the theme override folders live (beside the content folder), or null for the default theme only.</summary>
    public string? ThemesDirectory { get; init; }

    /// <summary>Print crop and fold marks in a slug around the leaflets (the default, for a print shop); false writes
    /// every leaflet without marks or slug, page size trim plus bleed, for printing in an office.</summary>
    public bool PrintMarks { get; init; } = true;

    /// <summary>Also write large-print Word documents.</summary>
    public bool LargePrint { get; init; }

    /// <summary>The names of the formats this build writes, so a page links only to files that will exist.</summary>
    public IReadOnlyCollection<string> Formats { get; init; } = [];

    /// <summary>For <c>localoffer serve</c>'s quick rebuild: the site paths of the only pages to render again,
    /// every other page being left as it was; null (always, in <c>build</c>) renders every page.</summary>
    public IReadOnlySet<string>? OnlyPages { get; init; }

    /// <summary>For <c>localoffer serve</c>'s quick rebuild: the theme's templates, parsed by an earlier rebuild and
    /// used again while the theme and site.yml have not changed; null (always, in <c>build</c>) parses them afresh.</summary>
    public Theming.TemplateEngine? Templates { get; init; }
}
