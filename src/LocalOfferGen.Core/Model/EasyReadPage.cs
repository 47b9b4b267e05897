using LocalOfferGen.Diagnostics;

namespace LocalOfferGen.Model;

/// <summary>An easy-read version from easy-read/**.md. Its standard page, when there is one, has the
/// URL <see cref="StandardUrl"/>.</summary>
public sealed record EasyReadPage(
    string SourcePath,
    string Url,
    string StandardUrl,
    string Title,
    string? Summary,
    DateOnly Reviewed,
    DateOnly ReviewBy,
    MarkdownText Body,
    SourceSpan Source)
{
    /// <summary>When the easy-read page was last updated and the changes behind it (see Changes/): its <c>changes:</c>,
    /// else the days git committed it, else <c>reviewed</c>.</summary>
    public Changes.ChangeHistory History
    {
        get => _history ?? Changes.ChangeHistory.FromReviewed(Reviewed);
        init => _history = value;
    }
    private readonly Changes.ChangeHistory? _history;

    /// <summary>The date shown as "Last updated".</summary>
    public DateOnly LastUpdated => History.LastUpdated;
    /// <summary>Where the <c>reviewed</c> date stands in the file: the line to edit after checking the page.</summary>
    public SourceSpan ReviewedAt { get; init; }
}
