namespace LocalOfferGen.Reminders;

/// <summary>A content file's path from the root of the git repository that holds the content folder, as GitHub's
/// links need it (<c>content/pages/x.md</c>) however the audit was given <c>--content</c>.</summary>
public sealed class RepositoryPaths
{
    private readonly string _contentRoot;
    private readonly string? _repositoryRoot;

    public RepositoryPaths(string contentRoot)
    {
        _contentRoot = Path.GetFullPath(contentRoot);
        _repositoryRoot = FindRepositoryRoot(_contentRoot);
    }

    /// <param name="contentRelative">The file relative to the content folder (<c>pages/x.md</c>).</param>
    /// <param name="fallback">The path to use when the content folder is in no git repository.</param>
    public string Of(string contentRelative, string fallback)
    {
        if (_repositoryRoot is null) return fallback;
        var full = Path.Combine(_contentRoot, contentRelative.Replace('/', Path.DirectorySeparatorChar));
        return Path.GetRelativePath(_repositoryRoot, full).Replace(Path.DirectorySeparatorChar, '/');
    }

    /// <summary>The nearest folder at or above the content folder with a <c>.git</c> folder (or, in a worktree, file).</summary>
    private static string? FindRepositoryRoot(string folder)
    {
        for (var directory = new DirectoryInfo(folder); directory is not null; directory = directory.Parent)
        {
            var git = Path.Combine(directory.FullName, ".git");
            if (Directory.Exists(git) || File.Exists(git)) return directory.FullName;
        }
        return null;
    }
}
