using System.Text;

namespace LocalOfferGen.Comparing.Reports;

/// <summary>The comparison for a terminal: one line per item, <c>changed  page  /education/plans/  EHC plans</c>.</summary>
public static class TextDiffReport
{
    public static string Write(SiteDiff diff, string? previewUrl)
    {
        var text = new StringBuilder();
        foreach (var item in diff.Items)
            text.Append($"{DiffLinks.ChangeKey(item.Change),-8} {DiffLinks.KindKey(item.Kind),-9} {DiffLinks.PreviewOf(item, previewUrl) ?? item.Path}  {Diagnostics.LogText.Escape(item.Title)}\n");
        var counts = $"{diff.Of(DiffChange.Changed).Count()} changed, {diff.Of(DiffChange.Added).Count()} added, {diff.Of(DiffChange.Removed).Count()} removed";
        text.Append($"{GitTree.Short(diff.BaseCommit)} ({diff.BaseName}) to {GitTree.Short(diff.HeadCommit)} ({diff.HeadName}): {(diff.IsEmpty ? "no output changed" : counts)}.\n");
        return text.ToString();
    }
}
