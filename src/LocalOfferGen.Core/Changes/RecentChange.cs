using LocalOfferGen.Model;

namespace LocalOfferGen.Changes;

/// <summary>One line of the site's "Recent changes": which page or service changed, when, and (when written) how.</summary>
public sealed record RecentChange(string Title, string Url, ChangeNote Change)
{
    /// <summary>How many changes the page and its feed list: enough for a forum to follow a month of edits.</summary>
    public const int Limit = 50;

    /// <summary>The newest <see cref="Limit"/> changes of every page, easy-read page and service, newest first; on the
    /// same day by title, then address, so the list is the same every build. Generated section pages are nobody's change.</summary>
    public static IReadOnlyList<RecentChange> Of(IEnumerable<Page> pages, IEnumerable<EasyReadPage> easyRead, IEnumerable<Service> services) =>
        pages.Where(p => !p.IsGenerated).SelectMany(p => p.History.Changes.Select(c => new RecentChange(p.Title, p.Url, c)))
            .Concat(easyRead.SelectMany(p => p.History.Changes.Select(c => new RecentChange($"{p.Title} (easy read)", p.Url, c))))
            .Concat(services.SelectMany(s => s.History.Changes.Select(c => new RecentChange(s.Name, s.Url, c))))
            .OrderByDescending(r => r.Change.Date)
            .ThenBy(r => r.Title, StringComparer.OrdinalIgnoreCase)
            .ThenBy(r => r.Url, StringComparer.Ordinal)
            .Take(Limit)
            .ToList();
}
