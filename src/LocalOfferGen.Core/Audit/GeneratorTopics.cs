using LocalOfferGen.Model;
using LocalOfferGen.Wording;

namespace LocalOfferGen.Audit;

/// <summary>Topics the generator meets by itself, counted only when the thing that meets them is
/// actually built (its format is part of the build) and configured (the content it needs exists).</summary>
public static class GeneratorTopics
{
    public static IEnumerable<CoverageSource> Meeting(string topicId, AuditContext context)
    {
        var site = context.Site;
        switch (topicId)
        {
            case "published-comments":
                if (context.Built("web") && site.Feedback.Count > 0)
                    yield return new("generator", $"\"You said, we did\" page ({Count(site.Feedback.Count, "period")})", SiteUrls.YouSaidWeDid);
                break;
            case "comments-and-feedback":
                if (context.Built("web") && site.Settings.Feedback is { } feedback && (feedback.Url is not null || feedback.Email is not null))
                    yield return new("generator", "Feedback link on every page (site.yml feedback)", feedback.Url ?? $"mailto:{feedback.Email}");
                break;
            case "offline-access" or "accessible-formats":
                if (context.Built("word"))
                    yield return new("generator", "Word document of every page", "/documents/");
                if (context.Built("print") && site.Leaflets.Count > 0)
                    yield return new("generator", $"Printed leaflets ({Count(site.Leaflets.Count, "leaflet")})", "/print/");
                if (topicId == "accessible-formats" && context.Built("easy-read") && site.EasyReadPages.Count > 0)
                    yield return new("generator", $"Easy-read pages ({Count(site.EasyReadPages.Count, "page")})", SiteUrls.EasyRead);
                break;
        }
    }

    private static string Count(int n, string word) => Counts.Of(n, word);
}
