using LocalOfferGen.Diagnostics;
using LocalOfferGen.Model;

namespace LocalOfferGen.Events;

/// <summary>One "What's on" event, read from events/YYYY-MM-DD-slug.md. Times are UK wall-clock times
/// (Europe/London); <see cref="Occurrences"/> turns them into exact moments, summer time included.</summary>
public sealed record SiteEvent(
    string SourcePath,
    string Slug,
    string Url,
    string Title,
    string Summary,
    DateTime Start,
    DateTime End,
    string Organiser,
    MarkdownText Body,
    SourceSpan Source)
{
    /// <summary>How the event repeats; null for a one-off.</summary>
    public EventRepeat? Repeat { get; init; }
    /// <summary>The id of the service whose place it is held at; null when online only.</summary>
    public string? LocationServiceId { get; init; }
    /// <summary>Where <c>location</c> is written, for the error when no service has that id.</summary>
    public SourceSpan? LocationSource { get; init; }
    public bool Online { get; init; }
    /// <summary>What it costs as written; null or "free" means free.</summary>
    public string? Cost { get; init; }
    public IReadOnlyList<string> AgeGroups { get; init; } = [];
    public IReadOnlyList<string> Needs { get; init; } = [];
    public string? BookingUrl { get; init; }
    public string? BookingPhone { get; init; }

    public bool IsFree => Cost is null || string.Equals(Cost, "free", StringComparison.OrdinalIgnoreCase);

    /// <summary>Every time the event happens, in order, as exact moments.</summary>
    public IReadOnlyList<EventOccurrence> Occurrences => _occurrences ??= EventOccurrences.Expand(Start, End, Repeat);
    private IReadOnlyList<EventOccurrence>? _occurrences;

    /// <summary>Whether the event still has an occurrence that ends on or after <paramref name="today"/> (UK date).</summary>
    public bool IsUpcoming(DateOnly today) => Upcoming(today).Any();

    /// <summary>The occurrences that end on or after <paramref name="today"/> (UK date), in order.</summary>
    public IEnumerable<EventOccurrence> Upcoming(DateOnly today) =>
        Occurrences.Where(o => DateOnly.FromDateTime(LondonTime.ToLocal(o.End)) >= today);
}

/// <summary>One time an event happens.</summary>
public readonly record struct EventOccurrence(DateTimeOffset Start, DateTimeOffset End);
