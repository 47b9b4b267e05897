using System.Text.Encodings.Web;
using System.Text.Json;
using LocalOfferGen.Markdown;
using LocalOfferGen.Model;
using LocalOfferGen.Theming;

namespace LocalOfferGen.Web.Writers;

/// <summary>The search page and its static index, <c>/search-index.json</c>: titles, summaries and words of
/// every page, easy-read page, service and news post. Addresses in it are relative to the search page.</summary>
internal static class SearchWriter
{
    private const int MaxTextLength = 4000;

    private static readonly JsonSerializerOptions Json = new()
    {
        // The default encoder escapes <, >, & and quotes, so nothing in the index can close a tag.
        Encoder = JavaScriptEncoder.Default,
        WriteIndented = false,
    };

    public static void Write(WebContext web)
    {
        var info = new PageInfo("Search", "Search the Local Offer's pages, easy-read pages, services and news.", SiteUrls.Search, "search",
            [new Crumb("Home", "/")], SiteUrls.Search, web.Canonical(SiteUrls.Search));
        web.WritePage("search", info, new { Letters = AToZ.Groups(web) });
        web.Output.WriteBytes("search-index.json", JsonSerializer.SerializeToUtf8Bytes(Entries(web), Json));
    }

    private static List<SearchEntry> Entries(WebContext web)
    {
        var site = web.Site;
        var entries = new List<SearchEntry>();
        foreach (var page in site.Pages)
            entries.Add(Entry(page.Title, page.Url, "Page", page.Summary, page.Body));
        if (web.Builds("easy-read"))
            foreach (var page in site.EasyReadPages)
                entries.Add(Entry(page.Title, page.Url, "Easy read", page.Summary ?? "", page.Body));
        foreach (var service in site.Services)
            entries.Add(new SearchEntry(service.Name, Relative(service.Url), "Service", ServicePagesWriter.Summary(service),
                Limit($"{service.Organisation} {MarkdownWalker.PlainText(service.Eligibility.Document)} {MarkdownWalker.PlainText(service.HowToAccess.Document)} " +
                      string.Join(' ', service.Needs.Concat(service.Categories)))));
        foreach (var post in site.News)
            entries.Add(Entry(post.Title, post.Url, "News", post.Summary, post.Body));
        return entries;
    }

    private static SearchEntry Entry(string title, string url, string kind, string summary, MarkdownText body) =>
        new(title, Relative(url), kind, summary, Limit(MarkdownWalker.PlainText(body.Document)));

    private static string Relative(string url) => RelativeUrls.From(SiteUrls.Search, url);

    private static string Limit(string text) => text.Length <= MaxTextLength ? text : text[..MaxTextLength];

    private sealed record SearchEntry(
        [property: System.Text.Json.Serialization.JsonPropertyName("title")] string Title,
        [property: System.Text.Json.Serialization.JsonPropertyName("url")] string Url,
        [property: System.Text.Json.Serialization.JsonPropertyName("kind")] string Kind,
        [property: System.Text.Json.Serialization.JsonPropertyName("summary")] string Summary,
        [property: System.Text.Json.Serialization.JsonPropertyName("text")] string Text);
}
