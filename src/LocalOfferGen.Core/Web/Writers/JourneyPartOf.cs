using LocalOfferGen.Journeys;
using LocalOfferGen.Model;

namespace LocalOfferGen.Web.Writers;

/// <summary>"Part of" on a page or service that a journey's steps link to (GOV.UK's step-by-step "related" box):
/// the journey, the step or steps that use the page, and the steps before and after them.</summary>
internal static class JourneyPartOf
{
    public sealed record Box(string Title, string Url, string Label, IReadOnlyList<StepLink> Steps, StepLink? Previous, StepLink? Next);

    public sealed record StepLink(string Label, string Heading, string Url);

    /// <summary>One box per journey through the page, in journey order; none when no journey links to it.</summary>
    public static IReadOnlyList<Box> For(Site site, string url) =>
        site.JourneysThrough(url).GroupBy(p => p.Journey).Select(group =>
        {
            var journey = group.Key;
            var places = group.ToList();
            var steps = places.Select(p => Link(journey, p.Step)).ToList();
            // The step before the first step that uses the page, and after the last, unless that is one of them.
            var previous = places[0].Previous is { } before && places.All(p => p.Step != before) ? Link(journey, before) : null;
            var next = places[^1].Next is { } after && places.All(p => p.Step != after) ? Link(journey, after) : null;
            return new Box(journey.Title, journey.Url, $"Part of: {journey.Title}", steps, previous, next);
        }).ToList();

    private static StepLink Link(Journey journey, JourneyStep step) =>
        new(step.Join == JourneyJoin.None ? $"Step {step.Number}" : $"Step {step.Number} ({step.Label})", step.Heading,
            JourneyUrls.ForStep(journey.Slug, step.Id));
}
