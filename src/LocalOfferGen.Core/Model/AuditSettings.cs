namespace LocalOfferGen.Model;

/// <summary>site.yml's optional <c>audit:</c> thresholds. By default a page is "hard to read" below a Flesch
/// reading ease of 50 (where text becomes "fairly difficult", college level) or above a UK reading age of 14;
/// plain English aims for 60 or more and a reading age of 9 to 12.</summary>
public sealed record AuditSettings(
    int MinReadingEase,
    int MaxReadingAge,
    int MaxSentenceWords,
    int MaxSummarySentences,
    int DueSoonDays,
    int FeedbackMonths)
{
    /// <summary>A document in content/files larger than this is flagged (<c>max_file_size</c>, default 20 MB): families
    /// on pay-as-you-go data or a slow connection may not be able to download it.</summary>
    public long MaxFileBytes { get; init; } = 20L * 1024 * 1024;

    public static AuditSettings Default { get; } = new(
        MinReadingEase: 50, MaxReadingAge: 14, MaxSentenceWords: 25, MaxSummarySentences: 2, DueSoonDays: 30, FeedbackMonths: 12);
}
