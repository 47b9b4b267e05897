using LocalOfferGen.Diagnostics;
using LocalOfferGen.Journeys;
using LocalOfferGen.Loading.Yaml;
using LocalOfferGen.Model;

namespace LocalOfferGen.Loading;

/// <summary>A leaflet section <c>journey: ehc-needs-assessment</c>: it shows that journey's steps condensed. The
/// journey is named by its file name in journeys/; a name that is none of them is reported with the nearest one.</summary>
internal static class LeafletJourneySection
{
    public static LeafletSection? Read(LoadContext context, YamlFields section, IReadOnlyList<Journey> journeys)
    {
        var slug = section.Text("journey")?.Trim();
        var others = new[] { "heading", "text", "page" }.Where(section.Has).ToList();
        if (others.Count > 0)
        {
            context.Diagnostics.Error(DiagnosticCodes.LeafletJourneySectionMixed, section.SpanOf(others[0]),
                $"this section shows the journey '{slug}', so it cannot also have {string.Join(" or ", others.Select(k => $"'{k}'"))}: " +
                "the journey gives its own heading and words; put them in a section of their own");
            return null;
        }
        if (slug is null) return null;
        if (journeys.FirstOrDefault(j => j.Slug == slug) is { } journey)
            return new LeafletSection(null, null, null, section.Mapping.Span) { Journey = journey };
        var slugs = journeys.Select(j => j.Slug).Order(StringComparer.Ordinal).ToList();
        var near = YamlFields.Nearest(slug, slugs);
        var hint = near is not null ? $": did you mean '{near}'?"
            : slugs.Count == 0 ? "; there are no journeys: write one in content/journeys/ first"
            : $"; the journeys are: {string.Join(", ", slugs)}";
        context.Diagnostics.Error(DiagnosticCodes.LeafletUnknownJourney, section.SpanOf("journey"),
            $"there is no journey '{slug}' (looked for content/journeys/{slug}.yml){hint}");
        return null;
    }
}
