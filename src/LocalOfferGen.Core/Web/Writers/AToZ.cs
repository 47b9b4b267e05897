using LocalOfferGen.Model;

using LocalOfferGen.Theming;

namespace LocalOfferGen.Web.Writers;

/// <summary>Every page, easy-read page and service by first letter: the A to Z page, and the search page's
/// fallback when JavaScript is off.</summary>
internal static class AToZ
{
    public static IReadOnlyList<object> Groups(WebContext web)
    {
        var site = web.Site;
        var items = site.Pages.Where(p => !p.IsHome).Select(p => (p.Title, p.Url, Kind: "Page"))
            .Concat(site.Services.Select(s => (Title: s.Name, s.Url, Kind: "Service")));
        if (web.Builds("easy-read"))
            items = items.Concat(site.EasyReadPages.Select(e => (e.Title, e.Url, Kind: "Easy read")));
        return items
            .OrderBy(i => i.Title, StringComparer.OrdinalIgnoreCase).ThenBy(i => i.Kind, StringComparer.Ordinal)
            .GroupBy(i => Letter(i.Title))
            .Select(g => (object)new { Letter = g.Key, Items = g.Select(i => new { i.Title, i.Url, i.Kind }).ToList() })
            .ToList();
    }

    public static void Write(WebContext web)
    {
        if (!web.Renders(SiteUrls.AToZ)) return;
        var info = new PageInfo("A to Z", "Every page and service of the Local Offer in alphabetical order.", SiteUrls.AToZ, "a-z",
            [new Crumb("Home", "/")], null, web.Canonical(SiteUrls.AToZ));
        web.WritePage("a-z", info, new { Letters = Groups(web) });
    }

    private static string Letter(string title)
    {
        var first = title.TrimStart().FirstOrDefault(char.IsLetterOrDigit);
        return char.IsLetter(first) ? char.ToUpperInvariant(first).ToString() : "0-9";
    }
}
