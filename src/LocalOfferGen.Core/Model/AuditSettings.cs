namespace LocalOfferGen.Model;

/// <summary>site.yml's optional <c>audit:</c> thresholds. The defaults follow plain-English guidance for
/// public information: most adults read easily at a Flesch reading ease of 60 and a reading age of 13.</summary>
public sealed record AuditSettings(
    int MinReadingEase,
    int MaxReadingAge,
    int MaxSentenceWords,
    int MaxSummarySentences,
    int DueSoonDays,
    int FeedbackMonths)
{
    public static AuditSettings Default { get; } = new(
        MinReadingEase: 50, MaxReadingAge: 16, MaxSentenceWords: 25, MaxSummarySentences: 2, DueSoonDays: 30, FeedbackMonths: 12);
}
