using LocalOfferGen.Diagnostics;

namespace LocalOfferGen.Model;

/// <summary>One entry of the directory, from services/*.yml (aligned with Open Referral UK).</summary>
public sealed record Service(
    string Id,
    string SourcePath,
    string Url,
    string Name,
    string Organisation,
    MarkdownText Description,
    IReadOnlyList<string> Categories,
    IReadOnlyList<string> Needs,
    AgeRange AgeRange,
    MarkdownText Eligibility,
    MarkdownText HowToAccess,
    string? Cost,
    ServiceContact Contact,
    IReadOnlyList<ServiceLocation> Locations,
    string? Schedule,
    string? Accessibility,
    bool InArea,
    DateOnly Reviewed,
    DateOnly ReviewBy,
    IReadOnlyList<string> Topics,
    SourceSpan Source)
{
    /// <summary>The service's id in an Open Referral UK system it was imported from (optional key
    /// <c>oruk_id</c>); the ORUK export keeps it, so the council's existing ids survive.</summary>
    public Guid? OrukId { get; init; }

    /// <summary>Where the <c>reviewed</c> date stands in the file: the line to edit after checking the entry.</summary>
    public SourceSpan ReviewedAt { get; init; }
    /// <summary>When the service was last updated and the changes behind it (see Changes/): its <c>changes:</c>, else
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

public sealed record ServiceContact(string? Phone, string? Email, string? Website);

public sealed record ServiceLocation(string Name, string? Address, string? Postcode);
