namespace LocalOfferGen.Events;

/// <summary>One school term from site.yml <c>term_dates</c>: the first and last day children are in school, both included.
/// A repeat that is <c>term_time_only</c> happens only on dates inside a term.</summary>
public sealed record SchoolTerm(DateOnly From, DateOnly To)
{
    public bool Contains(DateOnly date) => date >= From && date <= To;

    /// <summary>Whether <paramref name="date"/> is inside one of <paramref name="terms"/>.</summary>
    public static bool InTerm(IReadOnlyList<SchoolTerm> terms, DateOnly date)
    {
        foreach (var term in terms)
            if (term.Contains(date)) return true;
        return false;
    }
}
