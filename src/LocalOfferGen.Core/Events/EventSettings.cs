namespace LocalOfferGen.Events;

/// <summary>site.yml's optional <c>events:</c>. An event whose last date has passed leaves the listings at once, but its
/// page stays, marked as past, for <see cref="KeepPastDays"/> days (links in old newsletters still work), then goes.</summary>
public sealed record EventSettings(int KeepPastDays)
{
    public const int MaxKeepPastDays = 3650;

    public static EventSettings Default { get; } = new(90);
}
