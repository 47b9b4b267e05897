using System.Runtime.CompilerServices;
using System.Text.Encodings.Web;
using System.Text.Json;
using LocalOfferGen.Markdown;
using LocalOfferGen.Model;
using LocalOfferGen.Theming;

namespace LocalOfferGen.Web.Writers;

/// <summary>The search page and its static index, <c>/search-index.json</c>: titles, summaries and words of
/// every page, easy-read page, service, step-by-step journey, news post and upcoming event. Addresses in it are relative to the search page.</summary>
internal static class SearchWriter
{
    private const int MaxTextLength = 4000;

    // Each page's, service's or post's entry as JSON, kept while that object lives: serve rewrites the index after
    // every change, and all but the changed pages are the same objects as last time.
    private static readonly ConditionalWeakTable<object, byte[]> EntryJson = new();

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
        if (web.Renders(SiteUrls.Search)) web.WritePage("search", info, new { Letters = AToZ.Groups(web) });
        // Written by every serve rebuild too, so search finds the words just typed.
        web.Output.WriteBytes("search-index.json", JsonArray(Entries(web)));
    }

    private static List<byte[]> Entries(WebContext web)
    {
        var site = web.Site;
        var entries = new List<byte[]>();
        foreach (var page in site.Pages)
            entries.Add(EntryJson.GetValue(page, _ => Serialize(Entry(page.Title, page.Url, "Page", page.Summary, page.Body))));
        if (web.Builds("easy-read"))
            foreach (var page in site.EasyReadPages)
                entries.Add(EntryJson.GetValue(page, _ => Serialize(Entry(page.Title, page.Url, "Easy read", page.Summary ?? "", page.Body))));
        foreach (var service in site.Services)
            entries.Add(EntryJson.GetValue(service, _ => Serialize(new SearchEntry(service.Name, Relative(service.Url), "Service", ServicePagesWriter.Summary(service),
                Limit($"{service.Organisation} {MarkdownWalker.PlainText(service.Eligibility.Document)} {MarkdownWalker.PlainText(service.HowToAccess.Document)} " +
                      string.Join(' ', service.Needs.Concat(service.Categories)))))));
        foreach (var journey in site.Journeys)
            entries.Add(EntryJson.GetValue(journey, _ => Serialize(new SearchEntry(journey.Title, Relative(journey.Url), "Step by step", journey.Summary,
                Limit(string.Join(' ', journey.Steps.Select(s => $"{s.Heading} {s.Timing} {MarkdownWalker.PlainText(s.Text.Document)}")))))));
        foreach (var post in site.News)
            entries.Add(EntryJson.GetValue(post, _ => Serialize(Entry(post.Title, post.Url, "News", post.Summary, post.Body))));
        // Only events still to come: a past event's page is kept for old links, but search should not offer it.
        foreach (var e in LocalOfferGen.Events.EventPublishing.Upcoming(site.Events, web.Settings.Today))
            entries.Add(EntryJson.GetValue(e, _ => Serialize(Entry(e.Title, e.Url, "Event", e.Summary, e.Body))));
        return entries;
    }

    private static byte[] Serialize(SearchEntry entry) => JsonSerializer.SerializeToUtf8Bytes(entry, Json);

    /// <summary>The entries as one JSON array, the same bytes as serializing the list at once.</summary>
    private static byte[] JsonArray(List<byte[]> entries)
    {
        var json = new byte[2 + entries.Sum(e => e.Length) + Math.Max(entries.Count - 1, 0)];
        var at = 0;
        json[at++] = (byte)'[';
        for (var i = 0; i < entries.Count; i++)
        {
            if (i > 0) json[at++] = (byte)',';
            entries[i].CopyTo(json, at);
            at += entries[i].Length;
        }
        json[at] = (byte)']';
        return json;
    }

    private static SearchEntry Entry(string title, string url, string kind, string summary, MarkdownText body) =>
        new(title, Relative(url), kind, summary, Limit(MarkdownWalker.PlainText(body.Document)));

    private static string Relative(string url) => RelativeUrls.From(SiteUrls.Search, url);

    /// <summary>Cuts long text, never between the two halves of a character such as an emoji (which would
    /// leave a broken character in the index).</summary>
    private static string Limit(string text) =>
        text.Length <= MaxTextLength ? text : text[..(char.IsHighSurrogate(text[MaxTextLength - 1]) ? MaxTextLength - 1 : MaxTextLength)];

    private sealed record SearchEntry(
        [property: System.Text.Json.Serialization.JsonPropertyName("title")] string Title,
        [property: System.Text.Json.Serialization.JsonPropertyName("url")] string Url,
        [property: System.Text.Json.Serialization.JsonPropertyName("kind")] string Kind,
        [property: System.Text.Json.Serialization.JsonPropertyName("summary")] string Summary,
        [property: System.Text.Json.Serialization.JsonPropertyName("text")] string Text);
}
