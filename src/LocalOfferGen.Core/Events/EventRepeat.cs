namespace LocalOfferGen.Events;

/// <summary>How often an event repeats.</summary>
public enum RepeatFrequency
{
    /// <summary>On the start's weekday, every <see cref="EventRepeat.Interval"/> weeks.</summary>
    Weekly,
    /// <summary>On the same weekday of the month as the start (the 2nd Tuesday, say), every <see cref="EventRepeat.Interval"/>
    /// months; a start in the month's last seven days means the last such weekday.</summary>
    MonthlyByWeekday,
}

/// <summary>A repeat rule: the frequency, up to and including <see cref="Until"/>, leaving out <see cref="Except"/>
/// and, when <see cref="Terms"/> is set (<c>term_time_only: true</c>), every date outside those school terms.</summary>
public sealed record EventRepeat(RepeatFrequency Frequency, int Interval, DateOnly Until, IReadOnlyList<DateOnly> Except)
{
    /// <summary>The school terms (site.yml <c>term_dates</c>) the event keeps to; null when it happens in the holidays too.</summary>
    public IReadOnlyList<SchoolTerm>? Terms { get; init; }

    public bool TermTimeOnly => Terms is not null;
}
