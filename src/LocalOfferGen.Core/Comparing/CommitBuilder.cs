using LocalOfferGen.Building;
using LocalOfferGen.Diagnostics;
using LocalOfferGen.Output;

namespace LocalOfferGen.Comparing;

/// <summary>Builds one commit's Local Offer for <c>localoffer diff</c>: copied out of git into a scratch folder, then
/// built like <c>localoffer build</c> with only the formats whose files are compared (the website, easy-read pages and
/// the print PDFs). Both sides are built with the same <c>today</c>; the copy has no git history, so "Last updated"
/// comes from the content (<c>changes:</c>, <c>reviewed</c>) and two commits with the same page give the same page.</summary>
internal static class CommitBuilder
{
    /// <summary>The formats whose files <see cref="ItemFiles"/> reads.</summary>
    public static readonly IReadOnlyList<string> Formats = ["web", "easy-read", "print"];

    public static BuiltCommit? Build(GitTree git, string name, string commit, string scratch, DateOnly today, DiagnosticBag diagnostics)
    {
        var content = git.CopyOut(name, commit, Path.Combine(scratch, "tree"), diagnostics);
        if (content is null) return null;
        var result = SiteBuilder.Build(new BuildOptions
        {
            ContentDirectory = content,
            OutputDirectory = Path.Combine(scratch, "output"),
            Formats = Formats.ToList(),
            Settings = new BuildSettings { Today = today },
        });
        if (result.Succeeded && result.Site is { } site) return new BuiltCommit(name, commit, site, Path.Combine(scratch, "output"));
        // The build's own errors name files in the scratch copy; they are the editor's to fix on that commit.
        foreach (var error in result.Diagnostics.Where(d => d.Severity == Severity.Error).Take(5))
            diagnostics.Add(error with { Path = ShortenPath(error.Path, scratch) });
        diagnostics.Error(DiagnosticCodes.DiffCommitDoesNotBuild, SourceSpan.File(name),
            $"the Local Offer at {GitTree.Short(commit)} does not build ({Wording.Counts.Of(result.Errors, "error")}; up to 5 are listed with this one, " +
            "paths inside the commit), so its output cannot be compared; 'localoffer build' on that commit shows them all");
        return null;
    }

    private static string ShortenPath(string path, string scratch)
    {
        var tree = Path.Combine(scratch, "tree") + Path.DirectorySeparatorChar;
        return path.StartsWith(tree, StringComparison.Ordinal) ? path[tree.Length..].Replace(Path.DirectorySeparatorChar, '/') : path;
    }
}
