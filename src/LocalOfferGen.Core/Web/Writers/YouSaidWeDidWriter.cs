using LocalOfferGen.Model;
using LocalOfferGen.Theming;

namespace LocalOfferGen.Web.Writers;

/// <summary>"You said, we did" (SEND Regulations 2014 reg 56), newest period first.</summary>
internal static class YouSaidWeDidWriter
{
    public static void Write(WebContext web)
    {
        var site = web.Site;
        var info = new PageInfo("You said, we did",
            "What children, young people and families told us about the Local Offer, and what we did about it.",
            SiteUrls.YouSaidWeDid, "you-said-we-did", [new Crumb("Home", "/")], null, web.Canonical(SiteUrls.YouSaidWeDid));
        web.WritePage("you-said-we-did", info, new
        {
            Years = site.Feedback.Select((year, index) => new
            {
                year.Period,
                Published = Dates.Long(year.Published),
                PublishedIso = Dates.Iso(year.Published),
                HowWeAsked = year.HowWeAsked is null ? null : MarkdownHtml.Render(year.HowWeAsked, SiteUrls.YouSaidWeDid, pictures: web.Pictures, downloads: site.FindDownload, idPrefix: $"file-{index + 1}"),
                Items = year.Items.Select(i => new { i.YouSaid, i.WeDid, Status = StatusText(i.Status), StatusId = StatusId(i.Status) }).ToList(),
            }).ToList(),
        });
    }

    private static string StatusText(FeedbackStatus status) => status switch
    {
        FeedbackStatus.Done => "Done",
        FeedbackStatus.InProgress => "In progress",
        _ => "Planned",
    };

    private static string StatusId(FeedbackStatus status) => status switch
    {
        FeedbackStatus.Done => "done",
        FeedbackStatus.InProgress => "in-progress",
        _ => "planned",
    };
}
