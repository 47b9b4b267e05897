using LocalOfferGen.Git;
using System.Formats.Tar;
using LocalOfferGen.Diagnostics;

namespace LocalOfferGen.Comparing;

/// <summary>The git repository that holds a content folder, and the commits <c>localoffer diff</c> compares: each
/// commit's content folder (and the themes folder beside it, when the commit has one) is copied out with
/// <c>git archive</c> into a folder of its own, so the work tree, the index and the branches are never touched.</summary>
internal sealed class GitTree
{
    private GitTree(string top, string contentPath)
    {
        Top = top;
        ContentPath = contentPath;
    }

    /// <summary>The work tree's top folder.</summary>
    public string Top { get; }

    /// <summary>The content folder inside the repository, with '/' (<c>content</c>); empty when it is the top.</summary>
    public string ContentPath { get; }

    /// <summary>The repository holding <paramref name="contentDirectory"/>, or null with LO1120 reported.</summary>
    public static GitTree? Find(string contentDirectory, DiagnosticBag diagnostics)
    {
        var full = Path.GetFullPath(contentDirectory);
        var at = SourceSpan.File(contentDirectory);
        if (!Directory.Exists(full))
        {
            diagnostics.Error(DiagnosticCodes.DiffNotARepository, at, "the content folder does not exist here; give it with --content, from inside the repository");
            return null;
        }
        var top = GitCommand.Run(full, "rev-parse", "--show-toplevel");
        if (!top.Succeeded)
        {
            diagnostics.Error(DiagnosticCodes.DiffNotARepository, at, top.Started
                ? $"the content folder is not in a git repository, so there are no commits to compare (git: {top.Error})"
                : "git was not found on PATH: localoffer diff reads the commits to compare with git; install git");
            return null;
        }
        var root = top.Output.Trim();
        // git gives the top with symbolic links followed; so is the content folder, to find the one inside the other.
        var relative = Path.GetRelativePath(RealPath(root), RealPath(full)).Replace(Path.DirectorySeparatorChar, '/');
        if (relative == ".") relative = "";
        if (relative.StartsWith("..", StringComparison.Ordinal))
        {
            diagnostics.Error(DiagnosticCodes.DiffNotARepository, at, $"the content folder is not inside the work tree of {root}");
            return null;
        }
        return new GitTree(root, relative);
    }

    /// <summary>The commit a name such as <c>main</c>, <c>origin/main</c>, <c>HEAD^1</c> or a hash stands for, or null
    /// with LO1121 reported.</summary>
    public string? Resolve(string name, DiagnosticBag diagnostics)
    {
        // "--end-of-options" keeps a name that starts with '-' from being read as an option.
        var result = name.Length == 0 ? null : GitCommand.Run(Top, "rev-parse", "--verify", "--quiet", "--end-of-options", name + "^{commit}");
        if (result is { Succeeded: true }) return result.Output.Trim();
        diagnostics.Error(DiagnosticCodes.DiffUnknownRef, SourceSpan.File(name.Length == 0 ? "(empty)" : name),
            "no commit of this name in the repository: give a branch, a tag or a commit hash (in a shallow CI checkout, fetch the " +
            "commit first, for example with fetch-depth: 2 for a pull request's merge commit and its base)");
        return null;
    }

    /// <summary>Copies the commit's content folder, and the themes folder beside it, into <paramref name="folder"/>;
    /// returns the copied content folder, or null with LO1122 or LO1123 reported.</summary>
    public string? CopyOut(string name, string commit, string folder, DiagnosticBag diagnostics)
    {
        var at = SourceSpan.File(name);
        var contentTree = ContentPath.Length == 0 ? commit : $"{commit}:{ContentPath}";
        if (!IsFolder(contentTree))
        {
            diagnostics.Error(DiagnosticCodes.DiffNoContentAtRef, at,
                $"this commit ({Short(commit)}) has no folder '{(ContentPath.Length == 0 ? "." : ContentPath)}', so there is no Local Offer in it to compare");
            return null;
        }
        var paths = new List<string>();
        if (ContentPath.Length > 0)
        {
            paths.Add(ContentPath);
            var themes = ThemesPath();
            if (IsFolder($"{commit}:{themes}")) paths.Add(themes);
        }
        Directory.CreateDirectory(folder);
        string? unreadable = null;
        var archive = GitCommand.Run(Top, ["archive", "--format=tar", commit, "--", .. paths], stream =>
        {
            try
            {
                TarFile.ExtractToDirectory(stream, folder, overwriteFiles: false);
            }
            catch (Exception e) when (e is InvalidDataException or IOException or UnauthorizedAccessException)
            {
                unreadable = e.Message;
            }
            return "";
        });
        if (!archive.Succeeded || unreadable is not null)
        {
            diagnostics.Error(DiagnosticCodes.DiffCannotCopy, at,
                $"the content of {Short(commit)} could not be copied out of git into {folder}: {unreadable ?? archive.Error}");
            return null;
        }
        return ContentPath.Length == 0 ? folder : Path.Combine(folder, ContentPath.Replace('/', Path.DirectorySeparatorChar));
    }

    /// <summary>True when the object is a folder (a tree). Asked with <c>-t</c>: after the ':' of <c>commit:path</c> all
    /// is path, so <c>^{tree}</c> cannot be added to it.</summary>
    private bool IsFolder(string treeish) => GitCommand.Run(Top, "cat-file", "-t", treeish) is { Succeeded: true } type && type.Output.Trim() == "tree";

    /// <summary>The themes folder a build looks in: beside the content folder.</summary>
    private string ThemesPath()
    {
        var cut = ContentPath.LastIndexOf('/');
        return cut < 0 ? "themes" : ContentPath[..cut] + "/themes";
    }

    public static string Short(string commit) => commit.Length > 12 ? commit[..12] : commit;

    private static string RealPath(string path)
    {
        // Each folder on the way may be a link (macOS's /tmp is /private/tmp): resolve from the top down.
        var full = Path.GetFullPath(path);
        var root = Path.GetPathRoot(full)!;
        var current = root;
        foreach (var part in full[root.Length..].Split(Path.DirectorySeparatorChar, StringSplitOptions.RemoveEmptyEntries))
        {
            current = Path.Combine(current, part);
            var info = new DirectoryInfo(current);
            if (info.LinkTarget is not null && info.ResolveLinkTarget(returnFinalTarget: true) is { } target) current = target.FullName;
        }
        return current;
    }
}
