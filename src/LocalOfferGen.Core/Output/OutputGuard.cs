using LocalOfferGen.Diagnostics;

namespace LocalOfferGen.Output;

/// <summary>Decides whether a build may use a folder as its output, before anything is created, moved or deleted.
/// The output folder is the generator's alone: a folder that already exists is replaced only when an earlier
/// build made it (it has <see cref="OutputMarker"/>) or it is empty, and never when it is, holds or lies inside
/// what the build reads (the content folder, the theme folder, the project folder holding them, the git work tree).
/// Paths are compared after following symbolic links, so a link cannot hide any of these.</summary>
public static class OutputGuard
{
    /// <summary>True when <paramref name="output"/> may be written; otherwise false, with one error reported.</summary>
    public static bool Check(string output, string contentDirectory, string themesDirectory, DiagnosticBag diagnostics)
    {
        var at = SourceSpan.File(output);
        var typed = Path.GetFullPath(output);
        var real = RealPath(typed);
        var content = RealPath(Path.GetFullPath(contentDirectory));
        var themes = RealPath(Path.GetFullPath(themesDirectory));
        var project = Path.GetDirectoryName(content);
        var sources = new List<(string Name, string Folder)> { ("the content folder", content), ("the theme folder", themes) };
        if (project is not null) sources.Add(("the project folder (the one holding the content folder)", project));
        if (GitWorkTree(content) is { } git) sources.Add(("the git work tree", git));

        if (Path.GetPathRoot(real) == real)
            return Refuse(diagnostics, DiagnosticCodes.OutputHoldsSources, at,
                "--output is the root of the file system; a build replaces its whole output folder, so give a folder of its own, such as 'output'");
        // "Is" before "holds": --output .. from the project folder is named as the project folder, not as what it holds.
        foreach (var (exact, (name, folder)) in sources.Select(s => (true, s)).Concat(sources.Select(s => (false, s))))
            if (exact ? Same(folder, real) : IsSameOrInside(folder, real))
                return Refuse(diagnostics, DiagnosticCodes.OutputHoldsSources, at,
                    $"--output {(exact ? "is" : "holds")} {name} ({folder}); a build replaces its whole output folder, so that would " +
                    "remove what the site is built from. Give a folder of its own, such as 'output' beside the content folder");
        foreach (var (name, folder) in sources.Take(2))
            if (IsSameOrInside(real, folder))
                return Refuse(diagnostics, DiagnosticCodes.OutputInsideSources, at,
                    $"--output lies inside {name} ({folder}), so each build would read the last one's output back in. " +
                    "Give a folder outside it, such as 'output' beside the content folder");

        var info = new DirectoryInfo(typed);
        if (info.LinkTarget is not null)
            return Refuse(diagnostics, DiagnosticCodes.OutputNotAFolder, at,
                $"--output is a symbolic link (to {info.LinkTarget}); a build replaces the folder itself, so give the real folder instead");
        if (File.Exists(typed))
            return Refuse(diagnostics, DiagnosticCodes.OutputNotAFolder, at, "--output is a file, not a folder; give a folder for the site");
        if (Directory.Exists(typed) && !OutputMarker.IsIn(typed) && Directory.EnumerateFileSystemEntries(typed).Any())
            return Refuse(diagnostics, DiagnosticCodes.OutputNotOurs, at,
                $"this folder already exists and was not made by 'localoffer build' (it has no {OutputMarker.FileName} file), so the build " +
                "will not replace it: nothing was moved or deleted. Give a new or empty folder with --output. If it is a site that an " +
                "earlier version of LocalOfferGen built, delete it yourself and build again");
        return true;
    }

    private static bool Refuse(DiagnosticBag diagnostics, string code, SourceSpan at, string message)
    {
        diagnostics.Error(code, at, message);
        return false;
    }

    /// <summary>The nearest folder at or above the content folder that holds <c>.git</c> (a folder, or a file in a
    /// worktree or submodule).</summary>
    private static string? GitWorkTree(string content)
    {
        for (var folder = content; folder is not null; folder = Path.GetDirectoryName(folder))
            if (Path.Exists(Path.Combine(folder, ".git"))) return folder;
        return null;
    }

    /// <summary>The full path with every symbolic link on the way followed, as far as the path exists.</summary>
    public static string RealPath(string fullPath)
    {
        var root = Path.GetPathRoot(fullPath)!;
        var current = root;
        foreach (var part in fullPath[root.Length..].Split(Path.DirectorySeparatorChar, StringSplitOptions.RemoveEmptyEntries))
        {
            var next = Path.Combine(current, part);
            FileSystemInfo? target = null;
            try { target = new DirectoryInfo(next).ResolveLinkTarget(returnFinalTarget: true); }
            catch (IOException) { }
            catch (UnauthorizedAccessException) { }
            current = target is null ? next : Path.GetFullPath(target.FullName);
        }
        return current;
    }

    /// <summary>Windows and macOS file systems ignore case by default, so there "Content" is "content".</summary>
    private static StringComparison Comparison =>
        OperatingSystem.IsWindows() || OperatingSystem.IsMacOS() ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal;

    private static bool Same(string a, string b) =>
        string.Equals(a.TrimEnd(Path.DirectorySeparatorChar), b.TrimEnd(Path.DirectorySeparatorChar), Comparison);

    /// <summary>True when <paramref name="path"/> is <paramref name="folder"/> or lies anywhere inside it.</summary>
    private static bool IsSameOrInside(string path, string folder) =>
        Same(path, folder) || path.StartsWith(folder.TrimEnd(Path.DirectorySeparatorChar) + Path.DirectorySeparatorChar, Comparison);
}
