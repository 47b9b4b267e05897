using LocalOfferGen.Model;

namespace LocalOfferGen.Journeys;

/// <summary>What a journey's steps may link to: the published pages (by address) and services (by id).</summary>
internal sealed class JourneyLinkTargets
{
    public JourneyLinkTargets(IEnumerable<Page> pages, IEnumerable<Service> services)
    {
        PagesByUrl = pages.GroupBy(p => p.Url, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        ServicesById = services.GroupBy(s => s.Id, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
    }

    public IReadOnlyDictionary<string, Page> PagesByUrl { get; }
    public IReadOnlyDictionary<string, Service> ServicesById { get; }
}
