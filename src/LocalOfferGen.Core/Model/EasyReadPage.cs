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
    /// <summary>Where the <c>reviewed</c> date stands in the file: the line to edit after checking the page.</summary>
    public SourceSpan ReviewedAt { get; init; }
}
