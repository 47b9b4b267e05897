namespace LocalOfferGen.Model;

/// <summary>The fixed categories of the content contract, with the words families see.</summary>
public sealed record Category(string Id, string Label)
{
    public static readonly IReadOnlyList<Category> All =
    [
        new("education", "Education"),
        new("health", "Health"),
        new("social-care", "Social care"),
        new("advice", "Advice and support"),
        new("leisure", "Leisure and activities"),
        new("travel", "Travel"),
        new("adulthood", "Preparing for adulthood"),
    ];

    public static Category? Find(string id) => All.FirstOrDefault(c => c.Id == id);

    /// <summary>Where a directory files a service that names none of the categories above.</summary>
    public static readonly Category Other = new("other", "Other services");

    /// <summary>The category a printed directory gives a service in full: its first known one, else <see cref="Other"/>.</summary>
    public static Category PrimaryOf(Service service) =>
        service.Categories.Select(Find).FirstOrDefault(c => c is not null) ?? Other;
}
