using System.Globalization;

namespace LocalOfferGen.Changes;

/// <summary>The days on which git committed each file of a content folder, read with one <c>git log</c> for the
/// whole folder (one process, not one per file: thousands of pages). Only commit dates count, so the same commit
/// always builds the same site; a file changed but not committed keeps its last commit's date. Without git, outside
/// a repository, or when git fails, there is no history and pages fall back to <c>reviewed</c>.</summary>
public sealed class GitHistory
{
    private readonly Dictionary<string, List<DateOnly>> _datesByPath;

    private GitHistory(Dictionary<string, List<DateOnly>> datesByPath, bool shallow)
    {
        _datesByPath = datesByPath;
        IsShallow = shallow;
    }

    public static GitHistory None { get; } = new([], shallow: false);

    /// <summary>True when the repository is a shallow clone (a CI checkout of depth 1): the commits at its edge are
    /// left out, so a file not changed since then has no git date and shows <c>reviewed</c>.</summary>
    public bool IsShallow { get; }

    /// <summary>How many files have at least one date.</summary>
    public int FileCount => _datesByPath.Count;

    /// <summary>The distinct days the file (a path inside the content folder, <c>pages/a.md</c>) was committed, newest
    /// first; null when git has none.</summary>
    public IReadOnlyList<DateOnly>? DatesOf(string contentPath) => _datesByPath.GetValueOrDefault(contentPath);

    /// <summary>Reads the history of everything under <paramref name="contentRoot"/>.</summary>
    public static GitHistory Read(string contentRoot)
    {
        // One call says whether this is a repository, whether it is shallow, and where the list of edge commits is.
        var facts = RunGit(contentRoot, "rev-parse", "--is-shallow-repository", "--git-path", "shallow");
        if (facts is null) return None;
        var lines = facts.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (lines.Length < 2) return None;
        var shallow = lines[0] == "true";
        var edge = shallow ? ShallowCommits(Path.Combine(contentRoot, lines[1])) : [];
        // %x1e starts each commit; -z ends its header and each file name with NUL; --relative gives paths inside
        // the content folder; --no-renames makes a moved file changed on the day it moved.
        var log = RunGit(contentRoot, "-c", "core.quotePath=false", "log", "-z", "--no-renames", "--relative", "--name-only",
            "--format=%x1e%H %cs", "--", ".");
        return log is null ? None : new GitHistory(Parse(log, edge), shallow);
    }

    /// <summary>Parses <c>git log -z --name-only --format=%x1e%H %cs</c>, newest commit first, leaving out the
    /// commits at a shallow clone's edge (each looks as if it added every file, on its own date).</summary>
    internal static Dictionary<string, List<DateOnly>> Parse(string log, IReadOnlySet<string> edge)
    {
        var dates = new Dictionary<string, List<DateOnly>>(StringComparer.Ordinal);
        foreach (var record in log.Split('\x1e', StringSplitOptions.RemoveEmptyEntries))
        {
            var parts = record.Split('\0');
            var header = parts[0].Trim().Split(' ');
            if (header.Length != 2 || edge.Contains(header[0])) continue;
            if (!DateOnly.TryParseExact(header[1], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)) continue;
            for (var i = 1; i < parts.Length; i++)
            {
                var path = parts[i].Trim('\n');
                if (path.Length == 0) continue;
                if (!dates.TryGetValue(path, out var list)) dates[path] = list = [];
                // Commit dates are not always in order (a rebased or merged branch): keep each day once, newest first.
                if (!list.Contains(date)) list.Add(date);
            }
        }
        foreach (var list in dates.Values) list.Sort((a, b) => b.CompareTo(a));
        return dates;
    }

    private static HashSet<string> ShallowCommits(string file)
    {
        try { return File.ReadAllLines(file).Select(l => l.Trim()).Where(l => l.Length > 0).ToHashSet(StringComparer.Ordinal); }
        catch (IOException) { return []; }
        catch (UnauthorizedAccessException) { return []; }
    }

    /// <summary>git's output, or null when git is missing, the folder is no repository, or git fails.</summary>
    private static string? RunGit(string workingDirectory, params string[] arguments) =>
        Git.GitCommand.Run(workingDirectory, arguments) is { Succeeded: true } result ? result.Output : null;
}
