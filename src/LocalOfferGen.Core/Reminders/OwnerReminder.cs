using LocalOfferGen.Audit;

namespace LocalOfferGen.Reminders;

/// <summary>One page, easy-read page or service overdue or due soon, with the file (from the repository's root) and
/// line of its <c>reviewed</c> date, and a link to edit it on GitHub when the repository is known.</summary>
public sealed record ReminderItem(ReviewItem Review, string File, int Line, string? EditUrl);

/// <summary>What one GitHub issue lists: the items of one owner mapped to a GitHub user or team in site.yml
/// <c>owners:</c>, or (<see cref="Owner"/> null) the items of every owner with no mapping, for the content team.</summary>
/// <param name="Key">Names the issue for good: the workflow finds its issue again by <see cref="Marker"/>.</param>
public sealed record OwnerReminder(string Key, string? Owner, string? Handle, IReadOnlyList<ReminderItem> Items)
{
    public const string ContentTeamKey = "content-team";

    public bool IsContentTeam => Owner is null;

    public int Overdue => Items.Count(i => i.Review.State == ReviewState.Overdue);
    public int DueSoon => Items.Count(i => i.Review.State == ReviewState.DueSoon);

    /// <summary>A hidden line in the body; the owner's name is percent-encoded, so it can never close the comment.</summary>
    public string Marker => $"<!-- localoffer-review: {Key} -->";

    /// <summary>The key of an owner's issue: its name, percent-encoded.</summary>
    public static string KeyOf(string owner) => "owner/" + Uri.EscapeDataString(owner);
}
