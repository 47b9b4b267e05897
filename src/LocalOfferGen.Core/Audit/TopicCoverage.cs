using LocalOfferGen.Model;

namespace LocalOfferGen.Audit;

/// <summary>What covers one statutory topic: published pages, services and step-by-step journeys that name it in <c>topics</c>,
/// and things the generator builds itself.</summary>
public sealed record TopicCoverage(StatutoryTopic Topic, string Group, IReadOnlyList<CoverageSource> CoveredBy)
{
    public bool IsCovered => CoveredBy.Count > 0;

    /// <summary>Every topic in list order, with what covers it.</summary>
    public static IReadOnlyList<TopicCoverage> Of(AuditContext context)
    {
        var site = context.Site;
        return site.Topics.Select(topic =>
        {
            var sources = site.Pages.Where(p => p.Topics.Contains(topic.Id))
                .Select(p => new CoverageSource("page", p.Title, p.Url))
                .Concat(site.Services.Where(s => s.Topics.Contains(topic.Id)).Select(s => new CoverageSource("service", s.Name, s.Url)))
                // A step-by-step journey's topics count as a page's do: it is a published page that explains the process.
                .Concat(site.Journeys.Where(j => j.Topics.Contains(topic.Id)).Select(j => new CoverageSource("journey", j.Title, j.Url)))
                .Concat(GeneratorTopics.Meeting(topic.Id, context))
                .ToList();
            return new TopicCoverage(topic, TopicGroups.Of(topic), sources);
        }).ToList();
    }
}

/// <summary>A page, a service, a journey, or something the generator built (kind <c>generator</c>) that covers a topic.</summary>
public sealed record CoverageSource(string Kind, string Title, string Url);
