using LocalOfferGen.Events;
using LocalOfferGen.Model;

namespace LocalOfferGen.Web.Events;

/// <summary>One line of the What's on listing: an event on one of its dates.</summary>
internal sealed record ListedOccurrence(SiteEvent Event, EventOccurrence Occurrence);

/// <summary>What the What's on listing holds on the build's date: each upcoming event's dates within
/// <see cref="Weeks"/> weeks (and at least its next one, however far off), in time order.</summary>
internal static class EventListing
{
    /// <summary>How far ahead the listing looks; an event's own page lists its next dates beyond it.</summary>
    public const int Weeks = 26;

    public static IReadOnlyList<ListedOccurrence> Of(Site site, DateOnly today)
    {
        var horizon = today.AddDays(7 * Weeks);
        return EventPublishing.Upcoming(site.Events, today)
            .SelectMany(e => e.Upcoming(today)
                .Select((o, i) => (o, i))
                .Where(x => x.i == 0 || EventWording.StartDay(x.o) < horizon)
                .Select(x => new ListedOccurrence(e, x.o)))
            .OrderBy(l => l.Occurrence.Start)
            .ThenBy(l => l.Event.Title, StringComparer.Ordinal)
            .ThenBy(l => l.Event.Slug, StringComparer.Ordinal)
            .ToList();
    }
}
