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
    SourceSpan Source);

public sealed record ServiceContact(string? Phone, string? Email, string? Website);

public sealed record ServiceLocation(string Name, string? Address, string? Postcode);
