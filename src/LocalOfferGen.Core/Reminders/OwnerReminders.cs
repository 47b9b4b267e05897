using LocalOfferGen.Audit;

namespace LocalOfferGen.Reminders;

/// <summary>Groups the pages, easy-read pages and services overdue or due soon by owner, for one GitHub issue each
/// (<c>localoffer audit --format owners</c>). An owner with a GitHub user or team in site.yml <c>owners:</c> gets an
/// issue of its own; every other owner's items go in one issue for the content team, so nothing is left unasked.</summary>
public static class OwnerReminders
{
    /// <summary>The label the workflow puts on, and looks for among, the issues it keeps.</summary>
    public const string Label = "local-offer-review";

    /// <param name="links">Where to link each file for editing, or null for no links.</param>
    /// <returns>Owners with a handle by name (ignoring case), then the content team's; each owner's items are
    /// in review-date order (most overdue first), then by file and line, so the lists are the same run after run.</returns>
    public static IReadOnlyList<OwnerReminder> Of(AuditContext context, EditLinks? links)
    {
        var paths = new RepositoryPaths(context.Site.ContentRoot);
        var handles = context.Site.Settings.Owners.ToDictionary(o => o.Owner, o => o.Handle, StringComparer.Ordinal);
        var due = ReviewItem.Of(context)
            .Where(r => r.State != ReviewState.UpToDate)
            .Select(r =>
            {
                var file = paths.Of(r.SourcePath, r.ReviewedAt.Path ?? r.Path);
                return new ReminderItem(r, file, r.ReviewedAt.Line, links?.For(file));
            })
            .OrderBy(i => i.Review.ReviewBy).ThenBy(i => i.File, StringComparer.Ordinal).ThenBy(i => i.Line).ThenBy(i => i.Review.Url, StringComparer.Ordinal)
            .ToList();

        var reminders = due.Where(i => i.Review.Owner is { } owner && handles.ContainsKey(owner))
            .GroupBy(i => i.Review.Owner!, StringComparer.Ordinal)
            .OrderBy(g => g.Key, StringComparer.OrdinalIgnoreCase).ThenBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => new OwnerReminder(OwnerReminder.KeyOf(g.Key), g.Key, handles[g.Key], g.ToList()))
            .ToList();
        // The content team's items stay grouped by owner (no owner last), each group in review-date order.
        var unmapped = due.Where(i => i.Review.Owner is not { } owner || !handles.ContainsKey(owner))
            .OrderBy(i => i.Review.Owner is null)
            .ThenBy(i => i.Review.Owner ?? "", StringComparer.OrdinalIgnoreCase).ThenBy(i => i.Review.Owner ?? "", StringComparer.Ordinal)
            .ToList();
        if (unmapped.Count > 0) reminders.Add(new OwnerReminder(OwnerReminder.ContentTeamKey, null, null, unmapped));
        return reminders;
    }
}
