namespace LocalOfferGen.Changes;

/// <summary>When a page or service was last updated and the changes behind that date, newest first. Made while
/// loading, so every format only reads it.</summary>
public sealed record ChangeHistory(DateOnly LastUpdated, IReadOnlyList<ChangeNote> Changes, ChangeSource Source)
{
    /// <summary>True when the editor wrote notes, which the web shows under "See all updates".</summary>
    public bool HasNotes => Source == ChangeSource.Written;

    /// <summary>What a file's history is: its written <c>changes:</c> when it has any, else the days git committed it,
    /// else its <c>reviewed</c> date.</summary>
    public static ChangeHistory For(IReadOnlyList<ChangeNote> written, IReadOnlyList<DateOnly>? gitDates, DateOnly reviewed)
    {
        if (written.Count > 0)
        {
            // Newest first, and in the order written within a day, so the same file always lists the same way.
            var ordered = written.Select((c, i) => (c, i)).OrderByDescending(x => x.c.Date).ThenBy(x => x.i).Select(x => x.c).ToList();
            return new ChangeHistory(ordered[0].Date, ordered, ChangeSource.Written);
        }
        if (gitDates is { Count: > 0 })
            return new ChangeHistory(gitDates[0], gitDates.Select(d => new ChangeNote(d, null)).ToList(), ChangeSource.Git);
        return FromReviewed(reviewed);
    }

    public static ChangeHistory FromReviewed(DateOnly reviewed) => new(reviewed, [new ChangeNote(reviewed, null)], ChangeSource.Reviewed);
}
