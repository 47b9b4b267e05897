namespace LocalOfferGen.Events;

/// <summary>Where events are published.</summary>
public static class EventUrls
{
    /// <summary>An event's own page; the slug is its whole file name (date included), so two events of one name on
    /// different days have different addresses.</summary>
    public static string ForEvent(string slug) => $"/whats-on/{slug}/";
}
