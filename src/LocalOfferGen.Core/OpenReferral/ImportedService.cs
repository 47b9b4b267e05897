namespace LocalOfferGen.OpenReferral;

/// <summary>One service read from ORUK JSON, in the terms of the content contract (services/*.yml).</summary>
public sealed record ImportedService
{
    public required string Slug { get; init; }
    public required string Name { get; init; }
    public required string Organisation { get; init; }
    public required string Description { get; init; }
    public required IReadOnlyList<string> Categories { get; init; }
    public IReadOnlyList<string> Needs { get; init; } = [];
    public required int MinimumAge { get; init; }
    public required int MaximumAge { get; init; }
    public required string Eligibility { get; init; }
    public required string HowToAccess { get; init; }
    public string? Cost { get; init; }
    public string? Phone { get; init; }
    public string? Email { get; init; }
    public string? Website { get; init; }
    public IReadOnlyList<ImportedLocation> Locations { get; init; } = [];
    public string? Schedule { get; init; }
    public string? Accessibility { get; init; }
    public bool InArea { get; init; } = true;
    public required DateOnly Reviewed { get; init; }
    public DateOnly? ReviewBy { get; init; }
    public IReadOnlyList<string> Topics { get; init; } = [];
    public Guid? OrukId { get; init; }
}

public sealed record ImportedLocation(string Name, string? Address, string? Postcode);
