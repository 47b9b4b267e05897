using LocalOfferGen.Diagnostics;
using LocalOfferGen.Model;

namespace LocalOfferGen.Audit;

public enum ReviewState
{
    UpToDate,
    DueSoon,
    Overdue,
}

/// <summary>When a page, easy-read page, service or step-by-step journey was last checked and when it must be checked again.</summary>
/// <param name="DaysOverdue">Days past <see cref="ReviewBy"/>: positive when overdue, zero or negative otherwise.</param>
public sealed record ReviewItem(string Kind, string Title, string Url, string Path, DateOnly Reviewed, DateOnly ReviewBy, ReviewState State, int DaysOverdue)
{
    /// <summary>Days until the review date (negative when overdue).</summary>
    public int DaysLeft => -DaysOverdue;

    /// <summary>Who reviews it: a page's <c>owner</c>, a service's <c>organisation</c>, an easy-read page's standard
    /// page's owner; null for an easy-read page without a standard page.</summary>
    public string? Owner { get; init; }

    /// <summary>The file relative to the content folder (<c>pages/x.md</c>).</summary>
    public string SourcePath { get; init; } = "";

    /// <summary>Where its <c>reviewed</c> date stands: the line to edit once it is checked.</summary>
    public SourceSpan ReviewedAt { get; init; }

    /// <summary>Every page, easy-read page, service and journey, most overdue first, then by review date and address.</summary>
    public static IReadOnlyList<ReviewItem> Of(AuditContext context)
    {
        var site = context.Site;
        // A generated section page has no review date of its own: its pages are reviewed.
        var items = site.Pages.Where(p => !p.IsGenerated)
                .Select(p => Make("page", p.Title, p.Url, p.Source.Path, p.Reviewed, p.ReviewBy) with { Owner = p.Owner, SourcePath = p.SourcePath, ReviewedAt = p.ReviewedAt })
            .Concat(site.EasyReadPages
                .Select(e => Make("easy-read", e.Title, e.Url, e.Source.Path, e.Reviewed, e.ReviewBy) with { Owner = site.FindPage(e.StandardUrl)?.Owner, SourcePath = e.SourcePath, ReviewedAt = e.ReviewedAt }))
            .Concat(site.Services
                .Select(s => Make("service", s.Name, s.Url, s.Source.Path, s.Reviewed, s.ReviewBy) with { Owner = s.Organisation, SourcePath = s.SourcePath, ReviewedAt = s.ReviewedAt }))
            .Concat(site.Journeys
                .Select(j => Make("journey", j.Title, j.Url, j.Source.Path, j.Reviewed, j.ReviewBy) with { Owner = j.Owner, SourcePath = j.SourcePath, ReviewedAt = j.ReviewedAt }));
        return items.OrderBy(i => i.ReviewBy).ThenBy(i => i.Url, StringComparer.Ordinal).ToList();

        ReviewItem Make(string kind, string title, string url, string path, DateOnly reviewed, DateOnly reviewBy)
        {
            var overdue = context.Today.DayNumber - reviewBy.DayNumber;
            var state = overdue > 0 ? ReviewState.Overdue
                : -overdue <= context.Settings.DueSoonDays ? ReviewState.DueSoon
                : ReviewState.UpToDate;
            return new ReviewItem(kind, title, url, path, reviewed, reviewBy, state, overdue);
        }
    }
}
