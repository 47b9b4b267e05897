namespace LocalOfferGen.OpenReferral;

/// <summary>The names of the <c>localoffer</c> object each exported service carries beside the ORUK fields.
/// It holds what ORUK has no field for (the Markdown behind the plain-text fields, statutory topics,
/// the review-by date, the service's id on this site), so an import of a LocalOfferGen feed loses
/// nothing. The schema allows extra properties; other ORUK readers ignore it.</summary>
internal static class OrukExtension
{
    public const string Name = "localoffer";
    public const string Id = "id";
    public const string Description = "description";
    public const string Eligibility = "eligibility";
    public const string HowToAccess = "how_to_access";
    public const string Accessibility = "accessibility";
    public const string InArea = "in_area";
    public const string ReviewBy = "review_by";
    public const string Topics = "topics";
}
