using LocalOfferGen.Journeys;
using LocalOfferGen.Model;
using LocalOfferGen.Theming;

namespace LocalOfferGen.Web.Writers;

/// <summary>The step-by-step journeys: the list at /journeys/ and each journey's page in GOV.UK's step-by-step
/// pattern, an ordered list of every step that site.js lets families show and hide step by step.</summary>
internal static class JourneysWriter
{
    public const string IndexTitle = "Step by step guides";

    public static void Write(WebContext web)
    {
        var site = web.Site;
        if (site.Journeys.Count == 0) return;
        var home = new Crumb("Home", "/");
        web.WritePage("journeys", new PageInfo(IndexTitle, IndexSummary(site), JourneyUrls.Index, "journeys", [home], null, web.Canonical(JourneyUrls.Index)), new
        {
            Journeys = site.Journeys.Select(j => new { j.Title, j.Summary, j.Url }).ToList(),
        });
        foreach (var journey in site.Journeys.Where(j => web.Renders(j.Url)))
        {
            // One matcher for the page: a glossary term links to its meaning where the page first uses it.
            var glossary = new GlossaryMatcher(site.Glossary);
            var info = new PageInfo(journey.Title, journey.Summary, journey.Url, "journey", [home, new Crumb(IndexTitle, JourneyUrls.Index)], null,
                web.Canonical(journey.Url));
            web.WritePage("journey", info, new
            {
                Steps = journey.Steps.Select(s => Step(web, journey, s, glossary)).ToList(),
                // The whole guide is always printed and written as a Word document when those formats are built.
                PdfUrl = web.Builds("print") ? JourneyUrls.ForPdf(journey.Slug) : null,
                WordUrl = web.Builds("word") ? JourneyUrls.ForWord(journey.Slug) : null,
                Tools = new PageTools(Dates.Iso(journey.Reviewed), Dates.Long(journey.Reviewed), journey.Owner, null, null, null, null),
                Share = ShareLinks.For(journey.Title, web.Canonical(journey.Url)),
            });
        }
    }

    public static string IndexSummary(Site site) =>
        $"Guides that take you through {(site.Journeys.Count == 1 ? "a process" : "processes")} such as asking for an EHC needs assessment, one step at a time.";

    private static object Step(WebContext web, Journey journey, JourneyStep step, GlossaryMatcher glossary) => new
    {
        step.Id,
        PanelId = step.Id + "-panel",
        step.Label,
        IsLogic = step.Join != JourneyJoin.None,
        step.Heading,
        step.Timing,
        Text = MarkdownHtml.Render(step.Text, journey.Url, glossary, web.Pictures, null, web.Site.FindDownload, idPrefix: step.Id + "-file"),
        Links = step.Links.Select(l => new { l.Text, l.Url, IsExternal = l.Kind == JourneyLinkKind.External }).ToList(),
    };
}
