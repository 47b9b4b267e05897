using LocalOfferGen.Diagnostics;

namespace LocalOfferGen.Model;

/// <summary>An information page from pages/**.md.</summary>
public sealed record Page(
    string SourcePath,
    string Url,
    string Title,
    string Summary,
    DateOnly Reviewed,
    DateOnly ReviewBy,
    string Owner,
    IReadOnlyList<string> Topics,
    IReadOnlyList<string> AgeGroups,
    IReadOnlyList<string> Categories,
    int Weight,
    MarkdownText Body,
    SourceSpan Source)
{
    /// <summary>True for a section's own page (index.md) and the home page.</summary>
    public bool IsSectionIndex => SourcePath.EndsWith("/index.md", StringComparison.Ordinal) || SourcePath == "pages/index.md";
    public bool IsHome => Url == "/";

    /// <summary>True for the section page the generator makes for a folder of pages without an index.md
    /// (see Loading/GeneratedSections): nobody wrote it, so nobody reviews it; it lists the folder's pages.</summary>
    public bool IsGenerated { get; init; }

    /// <summary>Where the <c>reviewed</c> date stands in the file: the line an owner edits after checking the page.</summary>
    public SourceSpan ReviewedAt { get; init; }

    /// <summary>When the page was last updated and the changes behind it (see Changes/): its <c>changes:</c>, else
    /// the days git committed it, else <c>reviewed</c>.</summary>
    public Changes.ChangeHistory History
    {
        get => _history ?? Changes.ChangeHistory.FromReviewed(Reviewed);
        init => _history = value;
    }
    private readonly Changes.ChangeHistory? _history;

    /// <summary>The date shown as "Last updated".</summary>
    public DateOnly LastUpdated => History.LastUpdated;
}
