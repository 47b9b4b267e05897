using LocalOfferGen.Diagnostics;

namespace LocalOfferGen.Model;

/// <summary>A news post. <see cref="Date"/> is the day it is dated (from <c>date:</c> as written, or the file
/// name); <see cref="Time"/> the exact moment when <c>date:</c> gives a time too.</summary>
public sealed record NewsPost(
    string SourcePath,
    string Slug,
    string Url,
    DateOnly Date,
    string Title,
    string Summary,
    MarkdownText Body,
    SourceSpan Source)
{
    /// <summary>The moment of publication when <c>date:</c> has a time (<c>2026-09-08T10:30:00+01:00</c>); null for a date alone.</summary>
    public DateTimeOffset? Time { get; init; }

    /// <summary>Orders two posts of the same day: the later time first; a post without a time counts as the day's start.</summary>
    public long TimeOrder => Time?.UtcTicks ?? long.MinValue;
}
