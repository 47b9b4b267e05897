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

    /// <summary>The dates the rule gives, without its exceptions and (term time only) the school holidays, in order.</summary>
    public static IEnumerable<DateOnly> Dates(DateOnly first, EventRepeat? repeat)
    {
        if (repeat is null) { yield return first; yield break; }
        var except = repeat.Except.ToHashSet();
        var count = 0;
        foreach (var date in RuleDates(first, repeat))
        {
            if (count >= MaxOccurrences) yield break;
            if (except.Contains(date)) continue;
            if (repeat.Terms is { } terms && !SchoolTerm.InTerm(terms, date)) continue;
            count++;
            yield return date;
        }
    }

    /// <summary>Every date the frequency gives from <paramref name="first"/> to <see cref="EventRepeat.Until"/>, before
    /// exceptions and terms are left out: what an iCalendar RRULE gives, so its EXDATEs are the difference.</summary>
    public static IEnumerable<DateOnly> RuleDates(DateOnly first, EventRepeat repeat) =>
        Candidates(first, repeat).TakeWhile(date => date <= repeat.Until);

    private static IEnumerable<DateOnly> Candidates(DateOnly first, EventRepeat repeat)
    {
        if (repeat.Frequency == RepeatFrequency.Weekly)
        {
            // The calendar ends at 9999-12-31: the dates stop there instead of overflowing.
            var lastStep = DateOnly.MaxValue.AddDays(-7 * repeat.Interval);
            for (var date = first; ; date = date.AddDays(7 * repeat.Interval))
            {
                yield return date;
                if (date > lastStep) yield break;
            }
        }
        var last = first > DateOnly.MaxValue.AddDays(-7) || first.AddDays(7).Month != first.Month;
        var nth = (first.Day - 1) / 7; // 0 = first such weekday of the month
        for (var month = new DateOnly(first.Year, first.Month, 1); ; month = month.AddMonths(repeat.Interval))
        {
            var date = last ? LastWeekday(month, first.DayOfWeek) : NthWeekday(month, first.DayOfWeek, nth);
            if (date is { } d && d >= first) yield return d;
            if (month.Year == DateOnly.MaxValue.Year && month.Month + repeat.Interval > 12) yield break;
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
