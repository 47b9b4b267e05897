namespace LocalOfferGen.Events;

/// <summary>Europe/London wall-clock time and exact moments: GMT in winter, BST (UTC+1) in summer.</summary>
public static class LondonTime
{
    public static TimeZoneInfo Zone { get; } = TimeZoneInfo.FindSystemTimeZoneById("Europe/London");

    /// <summary>Whether a wall-clock time happens at all (01:30 on the last Sunday of March does not).</summary>
    public static bool Exists(DateTime local) => !Zone.IsInvalidTime(DateTime.SpecifyKind(local, DateTimeKind.Unspecified));

    /// <summary>The moment of a wall-clock time; a time that happens twice (01:30 on the last Sunday of October) is the first, in BST.</summary>
    public static DateTimeOffset ToMoment(DateTime local)
    {
        var unspecified = DateTime.SpecifyKind(local, DateTimeKind.Unspecified);
        var offset = Zone.IsAmbiguousTime(unspecified)
            ? Zone.GetAmbiguousTimeOffsets(unspecified).Max()
            : Zone.GetUtcOffset(unspecified);
        return new DateTimeOffset(unspecified, offset);
    }

    /// <summary>Today's date in the UK, whatever the machine's own time zone: the build's default <c>--today</c>.</summary>
    public static DateOnly Today => DateOnly.FromDateTime(ToLocal(DateTimeOffset.UtcNow));

    public static DateTime ToLocal(DateTimeOffset moment) => TimeZoneInfo.ConvertTime(moment, Zone).DateTime;
}
