using LocalOfferGen.Diagnostics;
using LocalOfferGen.Model;

namespace LocalOfferGen.Journeys;

/// <summary>A step-by-step journey, journeys/&lt;name&gt;.yml: the numbered steps a family goes through (GOV.UK's
/// step-by-step pattern), each linking to the pages and services that help with it.</summary>
/// <param name="SourcePath">The content path, <c>journeys/ehc-needs-assessment.yml</c>.</param>
/// <param name="Slug">The file name as an address: <c>ehc-needs-assessment</c> (what a leaflet's <c>journey:</c> names).</param>
/// <param name="Url">The journey's page, <c>/journeys/ehc-needs-assessment/</c> (see <see cref="JourneyUrls"/>).</param>
/// <param name="Summary">One plain sentence or two, as a page's summary.</param>
/// <param name="Steps">In order; an "and"/"or" step follows the step it goes with and shares its number.</param>
/// <param name="Topics">Statutory topic ids the journey covers, as a page's <c>topics</c>; the audit counts them.</param>
public sealed record Journey(
    string SourcePath,
    string Slug,
    string Url,
    string Title,
    string Summary,
    DateOnly Reviewed,
    DateOnly ReviewBy,
    string Owner,
    IReadOnlyList<string> Topics,
    IReadOnlyList<JourneyStep> Steps,
    SourceSpan Source)
{
    /// <summary>Where the <c>reviewed</c> date stands in the file: the line to edit after checking the journey.</summary>
    public SourceSpan ReviewedAt { get; init; }

    /// <summary>Every page and service address the steps link to, each once, in step order.</summary>
    public IEnumerable<string> LinkedUrls =>
        Steps.SelectMany(s => s.Links).Where(l => l.Kind != JourneyLinkKind.External).Select(l => l.Url).Distinct(StringComparer.Ordinal);
}

/// <summary>One step of a journey.</summary>
/// <param name="Number">The number shown: an "and"/"or" step shares the number of the step before it, as on GOV.UK.</param>
/// <param name="Id">The step's anchor on the journey page (unique in the journey): <c>/journeys/x/#ask-for-an-assessment</c>.</param>
/// <param name="Timing">When it happens, as the editor wrote it ("within 6 weeks"), or null.</param>
/// <param name="Join">How the step goes with the one before it: on its own, or "and" / "or".</param>
public sealed record JourneyStep(
    int Number,
    string Id,
    string Heading,
    MarkdownText Text,
    string? Timing,
    IReadOnlyList<JourneyLink> Links,
    JourneyJoin Join,
    SourceSpan Source)
{
    /// <summary>What the step's marker shows: its number, or "and" / "or".</summary>
    public string Label => Join switch
    {
        JourneyJoin.And => "and",
        JourneyJoin.Or => "or",
        _ => Number.ToString(System.Globalization.CultureInfo.InvariantCulture),
    };
}

/// <summary>How a step goes with the step before it (GOV.UK's "and"/"or" steps).</summary>
public enum JourneyJoin
{
    /// <summary>A step of its own, with the next number.</summary>
    None,
    /// <summary>Done as well as the step before it, at the same time: same number.</summary>
    And,
    /// <summary>Done instead of the step before it: same number.</summary>
    Or,
}

/// <summary>A link of a step, checked when loading.</summary>
/// <param name="Text">The link text: the editor's, else the page's title or the service's name.</param>
/// <param name="Url">A site address (<c>/ehc-plans/</c>, <c>/services/exampleshire-sendiass/</c>) or, for an external link, an absolute https address.</param>
/// <param name="Target">The page's or service's source path, for formats that show it; null for an external link.</param>
public sealed record JourneyLink(string Text, string Url, JourneyLinkKind Kind, string? Target = null);

public enum JourneyLinkKind
{
    Page,
    Service,
    External,
}
