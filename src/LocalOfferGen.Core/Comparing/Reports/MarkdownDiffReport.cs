using System.Text;

namespace LocalOfferGen.Comparing.Reports;

/// <summary>The comparison as one pull-request comment: a table each for what changed, what was added and what was
/// removed, each row linked to its page (or PDF) on the preview. The first line is <see cref="Marker"/>, an HTML
/// comment GitHub does not show, by which the workflow finds its own comment to update it on the next push.</summary>
public static class MarkdownDiffReport
{
    public const string Marker = "<!-- localoffer-diff -->";

    public static string Write(SiteDiff diff, string? previewUrl)
    {
        var text = new StringBuilder();
        text.Append(Marker).Append('\n');
        text.Append("### What this changes on the Local Offer\n\n");
        var changed = diff.Of(DiffChange.Changed).Count();
        var added = diff.Of(DiffChange.Added).Count();
        var removed = diff.Of(DiffChange.Removed).Count();
        text.Append($"The built site of `{GitTree.Short(diff.HeadCommit)}` compared with `{GitTree.Short(diff.BaseCommit)}` ({Escape(diff.BaseName)}): ");
        text.Append(diff.IsEmpty
            ? "no page, easy-read page, service or leaflet looks any different.\n"
            : $"{changed} changed, {added} added, {removed} removed.\n");
        Section(text, "Changed", diff.Of(DiffChange.Changed).ToList(), previewUrl);
        Section(text, "Added", diff.Of(DiffChange.Added).ToList(), previewUrl);
        Section(text, "Removed", diff.Of(DiffChange.Removed).ToList(), previewUrl);
        if (!diff.IsEmpty && previewUrl is not { Length: > 0 })
            text.Append("\nThe built site is in the workflow run's artifacts; the paths are where each item is published.\n");
        return text.ToString();
    }

    private static void Section(StringBuilder text, string heading, IReadOnlyList<DiffItem> items, string? previewUrl)
    {
        if (items.Count == 0) return;
        text.Append($"\n**{heading} ({items.Count})**\n\n");
        text.Append("| What | Title | Where |\n|---|---|---|\n");
        foreach (var item in items)
        {
            var where = DiffLinks.PreviewOf(item, previewUrl) is { } link
                ? $"[{Escape(item.Path)}]({link.Replace(" ", "%20", StringComparison.Ordinal).Replace(")", "%29", StringComparison.Ordinal)})"
                : $"`{item.Path.Replace("`", "", StringComparison.Ordinal)}`";
            text.Append($"| {DiffLinks.KindName(item.Kind)} | {Escape(item.Title)} | {where} |\n");
        }
    }

    /// <summary>A title as plain text in a table cell: Markdown's and HTML's special characters escaped, so a title can
    /// neither break the table nor write the marker that would make the workflow take another comment for its own.</summary>
    internal static string Escape(string text)
    {
        var escaped = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (c is '\r' or '\n') { escaped.Append(' '); continue; }
            if (c == '<') { escaped.Append("&lt;"); continue; }
            if (c == '>') { escaped.Append("&gt;"); continue; }
            if (c == '&') { escaped.Append("&amp;"); continue; }
            if ("\\`*_[]|~".Contains(c)) escaped.Append('\\');
            escaped.Append(c);
        }
        return escaped.ToString();
    }
}
