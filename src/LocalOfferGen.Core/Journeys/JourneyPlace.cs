namespace LocalOfferGen.Journeys;

/// <summary>Where a page or service stands in a journey: the step that links to it, and the steps either side,
/// for the "Part of" box on that page.</summary>
public sealed record JourneyPlace(Journey Journey, JourneyStep Step, JourneyStep? Previous, JourneyStep? Next);

/// <summary>For each page and service address, every (journey, step) that links to it.</summary>
internal static class JourneyPlaces
{
    public static Dictionary<string, List<JourneyPlace>> Index(IReadOnlyList<Journey> journeys)
    {
        var byUrl = new Dictionary<string, List<JourneyPlace>>(StringComparer.Ordinal);
        foreach (var journey in journeys)
            for (var i = 0; i < journey.Steps.Count; i++)
            {
                var step = journey.Steps[i];
                var place = new JourneyPlace(journey, step, i > 0 ? journey.Steps[i - 1] : null, i + 1 < journey.Steps.Count ? journey.Steps[i + 1] : null);
                foreach (var url in step.Links.Where(l => l.Kind != JourneyLinkKind.External).Select(l => PathOf(l.Url)).Distinct(StringComparer.Ordinal))
                {
                    if (!byUrl.TryGetValue(url, out var list)) byUrl[url] = list = [];
                    list.Add(place);
                }
            }
        return byUrl;
    }

    /// <summary>A link's address without its <c>#</c> part: the page it leads to.</summary>
    public static string PathOf(string url)
    {
        var cut = url.IndexOf('#');
        return cut < 0 ? url : url[..cut];
    }
}
