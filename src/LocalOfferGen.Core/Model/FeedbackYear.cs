using LocalOfferGen.Diagnostics;

namespace LocalOfferGen.Model;

/// <summary>"You said, we did" for one period (SEND Regulations 2014 reg 56).</summary>
public sealed record FeedbackYear(
    string SourcePath,
    string Period,
    DateOnly Published,
    MarkdownText? HowWeAsked,
    IReadOnlyList<FeedbackItem> Items,
    SourceSpan Source);

public sealed record FeedbackItem(string YouSaid, string WeDid, FeedbackStatus Status);

public enum FeedbackStatus
{
    Done,
    InProgress,
    Planned,
}
