namespace LocalOfferGen.Events;

/// <summary>Expands an event's repeat rule into the dates it happens. Each occurrence keeps the wall-clock
/// start and length, so a 10:00 session is at 10:00 both sides of a clock change (its UTC offset changes).</summary>
public static class EventOccurrences
{
    /// <summary>More than this many occurrences is refused when reading; it keeps the expansion cheap.</summary>
    public const int MaxOccurrences = 1000;

    public static IReadOnlyList<EventOccurrence> Expand(DateTime start, DateTime end, EventRepeat? repeat)
    {
        var length = end - start;
        return Dates(DateOnly.FromDateTime(start), repeat)
            .Select(date => date.ToDateTime(TimeOnly.FromDateTime(start)))
            .Where(LondonTime.Exists)
            .Select(local => new EventOccurrence(LondonTime.ToMoment(local), LondonTime.ToMoment(local + length)))
            .ToList();
    }

    /// <summary>The dates the rule gives, without its exceptions, in order.</summary>
    public static IEnumerable<DateOnly> Dates(DateOnly first, EventRepeat? repeat)
    {
        if (repeat is null) { yield return first; yield break; }
        var except = repeat.Except.ToHashSet();
        var count = 0;
        foreach (var date in Candidates(first, repeat))
        {
            if (date > repeat.Until || count >= MaxOccurrences) yield break;
            if (except.Contains(date)) continue;
            count++;
            yield return date;
        }
    }

    private static IEnumerable<DateOnly> Candidates(DateOnly first, EventRepeat repeat)
    {
        if (repeat.Frequency == RepeatFrequency.Weekly)
        {
            for (var date = first; ; date = date.AddDays(7 * repeat.Interval)) yield return date;
        }
        var last = first.AddDays(7).Month != first.Month;
        var nth = (first.Day - 1) / 7; // 0 = first such weekday of the month
        for (var month = new DateOnly(first.Year, first.Month, 1); ; month = month.AddMonths(repeat.Interval))
        {
            var date = last ? LastWeekday(month, first.DayOfWeek) : NthWeekday(month, first.DayOfWeek, nth);
            if (date is { } d && d >= first) yield return d;
        }
    }

    private static DateOnly? NthWeekday(DateOnly month, DayOfWeek weekday, int nth)
    {
        var date = month.AddDays(((int)weekday - (int)month.DayOfWeek + 7) % 7 + 7 * nth);
        return date.Month == month.Month ? date : null;
    }

    private static DateOnly LastWeekday(DateOnly month, DayOfWeek weekday)
    {
        var end = month.AddMonths(1).AddDays(-1);
        return end.AddDays(-(((int)end.DayOfWeek - (int)weekday + 7) % 7));
    }
}
