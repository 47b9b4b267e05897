using System.Globalization;
using System.Text;
using LocalOfferGen.Audit;

namespace LocalOfferGen.Reminders;

/// <summary>The words of each owner's GitHub issue (title and Markdown body), and the Markdown of every owner's list
/// (<c>--format owners-markdown</c>). Nothing in them changes from week to week unless the list does (no day counts),
/// so the workflow edits an issue only when there is something new to say.</summary>
public static class ReminderMarkdown
{
    public static string Title(OwnerReminder reminder)
    {
        var who = reminder.IsContentTeam ? "owners with no GitHub user or team" : reminder.Owner;
        return $"Local Offer reviews due: {who} ({Counts(reminder)})";
    }

    public static string Body(OwnerReminder reminder)
    {
        var md = new StringBuilder();
        md.Append(reminder.Marker).Append('\n');
        if (reminder.IsContentTeam)
        {
            md.Append("These pages and services of the Local Offer are overdue for review or due soon, and their owners have no GitHub ")
              .Append("user or team in `owners:` in site.yml, so only the content team is told. Pass each list on, or add the owner ")
              .Append("to `owners:` (like `\"Short Breaks Team\": \"@exampleshire/short-breaks\"`) to give it an issue of its own.\n");
            foreach (var group in reminder.Items.GroupBy(i => i.Review.Owner))
            {
                md.Append("\n### ").Append(group.Key is { } owner ? Text(owner) : "No owner (easy-read pages without a standard page)").Append("\n\n");
                Table(md, group.ToList());
            }
        }
        else
        {
            md.Append(reminder.Handle).Append(": these pages and services of **").Append(Text(reminder.Owner!))
              .Append("** in the Local Offer are overdue for review or due soon.\n\n");
            Table(md, reminder.Items);
        }
        md.Append('\n')
          .Append("Check that each is still right for families, then change its `reviewed` date (on the line given) to the day you ")
          .Append("checked it. The Local Offer workflow updates this issue each week, and closes it when nothing is due.\n");
        return md.ToString();
    }

    /// <summary>Every owner's list, for a person to read (a job summary, an email).</summary>
    public static string Document(IReadOnlyList<OwnerReminder> reminders)
    {
        var md = new StringBuilder("# Local Offer reviews by owner\n\n");
        if (reminders.Count == 0) return md.Append("Nothing is overdue or due for review soon.\n").ToString();
        foreach (var reminder in reminders)
        {
            md.Append("## ").Append(Text(Title(reminder)));
            if (reminder.Handle is not null) md.Append(" for ").Append(reminder.Handle);
            md.Append("\n\n");
            if (reminder.IsContentTeam)
                foreach (var group in reminder.Items.GroupBy(i => i.Review.Owner))
                {
                    md.Append("### ").Append(group.Key is { } owner ? Text(owner) : "No owner (easy-read pages without a standard page)").Append("\n\n");
                    Table(md, group.ToList());
                    md.Append('\n');
                }
            else
            {
                Table(md, reminder.Items);
                md.Append('\n');
            }
        }
        return md.ToString();
    }

    private static void Table(StringBuilder md, IReadOnlyList<ReminderItem> items)
    {
        md.Append("| Page or service | File to edit | Review by | Status |\n|---|---|---|---|\n");
        foreach (var item in items)
        {
            var file = Code(item.File) + (item.Line > 0 ? $" line {item.Line.ToString(CultureInfo.InvariantCulture)}" : "");
            var edit = item.EditUrl is null ? file : $"[{file}]({item.EditUrl})";
            var status = item.Review.State == ReviewState.Overdue ? "**overdue**" : "due soon";
            md.Append($"| {Text(item.Review.Title)} ({Noun(item.Review.Kind)}) | {edit} | {item.Review.ReviewBy:yyyy-MM-dd} | {status} |\n");
        }
    }

    private static string Counts(OwnerReminder reminder)
    {
        var parts = new List<string>();
        if (reminder.Overdue > 0) parts.Add($"{reminder.Overdue.ToString(CultureInfo.InvariantCulture)} overdue");
        if (reminder.DueSoon > 0) parts.Add($"{reminder.DueSoon.ToString(CultureInfo.InvariantCulture)} due soon");
        return string.Join(", ", parts);
    }

    private static string Noun(string kind) => kind == "easy-read" ? "easy-read page" : kind;

    /// <summary>A title or name as text in a table cell: Markdown and HTML characters escaped, one line, and an '@'
    /// followed by a zero-width space, so a title can never notify a GitHub user.</summary>
    internal static string Text(string text)
    {
        var escaped = new StringBuilder(text.Length + 8);
        foreach (var c in text)
        {
            if (c is '\r' or '\n') { escaped.Append(' '); continue; }
            if (c is '\\' or '`' or '*' or '_' or '[' or ']' or '<' or '>' or '|' or '#' or '!' or '~' or '&') escaped.Append('\\');
            escaped.Append(c);
            if (c == '@') escaped.Append('\u200B');
        }
        return escaped.ToString();
    }

    /// <summary>A file name as code, fenced with more backticks than it holds in a row (and '|' escaped for the table).</summary>
    private static string Code(string text)
    {
        var longest = 0;
        for (int i = 0, run = 0; i < text.Length; i++) longest = Math.Max(longest, run = text[i] == '`' ? run + 1 : 0);
        var fence = new string('`', longest + 1);
        var pad = text.StartsWith('`') || text.EndsWith('`') ? " " : "";
        return fence + pad + text.Replace("|", "\\|") + pad + fence;
    }
}
