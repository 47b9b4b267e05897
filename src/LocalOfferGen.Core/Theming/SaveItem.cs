using LocalOfferGen.Markdown;
using LocalOfferGen.Model;

namespace LocalOfferGen.Theming;

/// <summary>What "Save to my list" keeps about a page, written into the page as data-* attributes
/// (partials/save-to-list.html) so the browser can store it and /my-list/ can show it offline:
/// for a service, who it is for, how to get it and the phone number; for a page, its summary.</summary>
public sealed record SaveItem(string Kind, string Title, string Url, string Canonical, string Summary,
    string? Organisation = null, string? WhoFor = null, string? HowToGet = null, string? Phone = null)
{
    /// <summary>Longest "how to get it" kept: the list must print on one or two A4 pages.</summary>
    private const int MaxHowToGet = 320;

    public static SaveItem ForPage(Page page, string canonical) =>
        new("page", page.Title, page.Url, canonical, page.Summary);

    public static SaveItem ForService(Site site, Service service, string canonical, string summary, string ages)
    {
        var needs = service.Needs.Select(n => site.Settings.Needs.FirstOrDefault(x => x.Id == n)?.Label ?? n).ToList();
        var who = needs.Count == 0 ? $"Ages {ages}." : $"Ages {ages}. {string.Join(", ", needs)}.";
        return new("service", service.Name, service.Url, canonical, summary, service.Organisation, who,
            WholeSentences(MarkdownWalker.PlainText(service.HowToAccess.Document), MaxHowToGet), service.Contact.Phone);
    }

    /// <summary>The first sentences of a text that fit in <paramref name="max"/> characters (always at least one).</summary>
    public static string WholeSentences(string text, int max)
    {
        if (text.Length <= max) return text;
        var end = -1;
        for (var i = text.IndexOf(". ", StringComparison.Ordinal); i >= 0 && i < max; i = text.IndexOf(". ", i + 1, StringComparison.Ordinal))
            end = i + 1;
        if (end > 0) return text[..end];
        var first = text.IndexOf(". ", StringComparison.Ordinal);
        return first > 0 ? text[..(first + 1)] : text;
    }
}
