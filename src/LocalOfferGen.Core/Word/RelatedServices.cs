using LocalOfferGen.Model;

namespace LocalOfferGen.Word;

/// <summary>The services that share a topic with a page, found through an index of services by topic built
/// once per build: testing every service against every page grew with pages × services.</summary>
internal sealed class RelatedServices
{
    private readonly Site _site;
    private readonly Dictionary<string, List<int>> _byTopic = new(StringComparer.Ordinal);

    public RelatedServices(Site site)
    {
        _site = site;
        for (var i = 0; i < site.Services.Count; i++)
            foreach (var topic in site.Services[i].Topics)
            {
                if (!_byTopic.TryGetValue(topic, out var list)) _byTopic[topic] = list = [];
                if (list.Count == 0 || list[^1] != i) list.Add(i);
            }
    }

    /// <summary>The services that name any of the page's topics, in directory order.</summary>
    public List<Service> For(Page page)
    {
        var positions = new SortedSet<int>();
        foreach (var topic in page.Topics)
            if (_byTopic.TryGetValue(topic, out var list)) positions.UnionWith(list);
        return positions.Select(i => _site.Services[i]).ToList();
    }
}
