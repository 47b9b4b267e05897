using LocalOfferGen.Diagnostics;

namespace LocalOfferGen.Comparing;

/// <summary><c>localoffer diff BASE HEAD</c>: builds the Local Offer of two commits and lists the pages, easy-read
/// pages, services and leaflets whose output differs (see <see cref="OutputFingerprint"/> for what counts).</summary>
public static class SiteComparer
{
    public sealed record Result(SiteDiff? Diff, IReadOnlyList<Diagnostic> Diagnostics);

    /// <summary>Compares the commits <paramref name="baseName"/> and <paramref name="headName"/> of the repository
    /// holding <paramref name="contentDirectory"/>. Every problem is reported (a bad name on both sides, both sides'
    /// build errors) before giving up; the scratch folders are removed either way.</summary>
    public static Result Compare(string contentDirectory, string baseName, string headName, DateOnly today)
    {
        var diagnostics = new DiagnosticBag();
        var git = GitTree.Find(contentDirectory, diagnostics);
        if (git is null) return new Result(null, diagnostics.ToSortedList());
        var baseCommit = git.Resolve(baseName, diagnostics);
        var headCommit = git.Resolve(headName, diagnostics);
        if (baseCommit is null || headCommit is null) return new Result(null, diagnostics.ToSortedList());

        var scratch = Path.Combine(Path.GetTempPath(), "localoffer-diff-" + Guid.NewGuid().ToString("N"));
        try
        {
            // One after the other: each build already uses every core.
            var before = CommitBuilder.Build(git, baseName, baseCommit, Path.Combine(scratch, "base"), today, diagnostics);
            var after = CommitBuilder.Build(git, headName, headCommit, Path.Combine(scratch, "head"), today, diagnostics);
            if (before is null || after is null) return new Result(null, diagnostics.ToSortedList());
            return new Result(Between(before, after), diagnostics.ToSortedList());
        }
        finally
        {
            try { Directory.Delete(scratch, recursive: true); }
            catch (IOException) { }
            catch (UnauthorizedAccessException) { }
        }
    }

    /// <summary>The items added, removed, or whose output differs, between two built commits.</summary>
    public static SiteDiff Between(BuiltCommit before, BuiltCommit after)
    {
        var old = ItemFiles.Of(before.Site).ToDictionary(i => i.Key);
        var items = new List<DiffItem>();
        foreach (var item in ItemFiles.Of(after.Site))
        {
            if (!old.Remove(item.Key, out var was))
                items.Add(new DiffItem(item.Kind, DiffChange.Added, item.Id, item.Title, item.Path));
            else if (OutputFingerprint.Of(before.OutputRoot, was.Files, before.Site.ContentDate)
                     != OutputFingerprint.Of(after.OutputRoot, item.Files, after.Site.ContentDate))
                items.Add(new DiffItem(item.Kind, DiffChange.Changed, item.Id, item.Title, item.Path));
        }
        items.AddRange(old.Values.Select(i => new DiffItem(i.Kind, DiffChange.Removed, i.Id, i.Title, i.Path)));
        var ordered = items.OrderBy(i => i.Change).ThenBy(i => i.Kind).ThenBy(i => i.Path, StringComparer.Ordinal).ToList();
        return new SiteDiff(before.Name, before.Commit, after.Name, after.Commit, ordered);
    }
}
