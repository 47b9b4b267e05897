using LocalOfferGen.Model;
using LocalOfferGen.Print;

namespace LocalOfferGen.Comparing;

/// <summary>The things a comparison lists, from one side's site model, each with the output files that show it:
/// a page's and a service's web page, an easy-read page's web page and A4 PDF, a leaflet's PDF.</summary>
internal static class ItemFiles
{
    public sealed record Item(DiffItemKind Kind, string Id, string Title, string Path, IReadOnlyList<string> Files)
    {
        public (DiffItemKind, string) Key => (Kind, Id);
    }

    public static IEnumerable<Item> Of(Site site)
    {
        foreach (var page in site.Pages)
            yield return new Item(DiffItemKind.Page, page.Url, page.Title, page.Url, [HtmlFile(page.Url)]);
        foreach (var page in site.EasyReadPages)
            yield return new Item(DiffItemKind.EasyReadPage, page.Url, page.Title, page.Url, [HtmlFile(page.Url), EasyReadPdf.PathFor(page)]);
        foreach (var service in site.Services)
            yield return new Item(DiffItemKind.Service, service.Id, service.Name, service.Url, [HtmlFile(service.Url)]);
        foreach (var leaflet in site.Leaflets)
        {
            var pdf = $"print/{leaflet.Id}.pdf";
            yield return new Item(DiffItemKind.Leaflet, leaflet.Id, leaflet.Title, "/" + pdf, [pdf]);
        }
    }

    /// <summary><c>/a/b/</c> → <c>a/b/index.html</c>.</summary>
    private static string HtmlFile(string url) => url.Trim('/') is { Length: > 0 } path ? path + "/index.html" : "index.html";
}
