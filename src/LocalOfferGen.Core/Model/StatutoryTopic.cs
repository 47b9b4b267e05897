namespace LocalOfferGen.Model;

/// <summary>Something the law says a Local Offer must (or should) cover.</summary>
public sealed record StatutoryTopic(string Id, string Title, TopicLevel Level, string Reference, bool IsLocal);

public enum TopicLevel
{
    Must,
    Should,
}
