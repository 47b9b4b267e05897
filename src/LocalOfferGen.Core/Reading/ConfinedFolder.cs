using LocalOfferGen.Diagnostics;

namespace LocalOfferGen.Reading;

/// <summary>The one way the build reads files: from inside one folder (the content folder or the theme folder),
/// by real path. Every path is resolved with every symbolic link in every component followed
/// (<see cref="RealPath"/>), and anything whose real path is outside the folder is refused: a link that leaves
/// (<c>content/transcripts -> ../.git</c>, <c>-> /</c>) is an error (LO0160) naming the link, and nothing
/// behind it is read or published. Links that stay inside are ordinary files and folders. Readers open the
/// real path this returns, not the path as written, so a link cannot be followed twice with different results.</summary>
public sealed class ConfinedFolder
{
    private readonly string _displayRoot;

    /// <param name="root">The folder; everything read must really be inside it.</param>
    /// <param name="displayRoot">How diagnostics show the folder (as the user typed it), e.g. <c>content</c>.</param>
    /// <param name="what">The folder in words, for messages: "the content folder", "the theme folder".</param>
    public ConfinedFolder(string root, string displayRoot, string what)
    {
        Root = Path.GetFullPath(root);
        RealRoot = RealPath.Of(Root) ?? Root;
        _displayRoot = displayRoot.Replace('\\', '/').TrimEnd('/');
        What = what;
    }

    public string Root { get; }
    public string RealRoot { get; }
    public string What { get; }

    /// <summary>The path diagnostics show for a folder-relative path.</summary>
    public string Display(string relative) => _displayRoot.Length == 0 ? relative : $"{_displayRoot}/{relative}";

    /// <summary>Resolves a folder-relative path (forward slashes) without reporting anything.</summary>
    public ConfinedPath Resolve(string relative)
    {
        relative = relative.Replace('\\', '/');
        string? leavingLink = null;
        var real = RealPath.Below(RealRoot, relative, (walked, target) =>
        {
            if (RealPath.IsInside(target, RealRoot)) return true;
            leavingLink = walked;
            return false;
        });
        if (leavingLink is not null) return new ConfinedPath(ConfinedPathKind.LeavesThroughLink, null, leavingLink);
        if (real is null) return new ConfinedPath(ConfinedPathKind.LinkLoop, null, null);
        if (!RealPath.IsInside(real, RealRoot)) return new ConfinedPath(ConfinedPathKind.Outside, null, null);
        if (File.Exists(real)) return new ConfinedPath(ConfinedPathKind.File, real, null);
        return new ConfinedPath(Directory.Exists(real) ? ConfinedPathKind.Folder : ConfinedPathKind.Missing, real, null);
    }

    /// <summary>The real path of a file to open, or null: when the file does not exist (nothing is reported; the
    /// caller says what was expected), or when it is outside the folder, which is reported at
    /// <paramref name="at"/> (the place that named the file), or else at the link itself.</summary>
    public string? CheckedFile(string relative, DiagnosticBag diagnostics, SourceSpan? at = null)
    {
        var resolved = Resolve(relative);
        if (resolved.Kind == ConfinedPathKind.File) return resolved.RealPath;
        Report(resolved, relative, diagnostics, at);
        return null;
    }

    /// <summary>Whether a file is there to read, counting one behind a link that leaves the folder (reading it
    /// reports that), so that such a link is never mistaken for a missing file.</summary>
    public bool Exists(string relative) =>
        Resolve(relative).Kind is ConfinedPathKind.File or ConfinedPathKind.LeavesThroughLink or ConfinedPathKind.Outside or ConfinedPathKind.LinkLoop;

    /// <summary>Opens a file for reading (see <see cref="CheckedFile"/>); null when it is missing or refused.</summary>
    public Stream? OpenRead(string relative, DiagnosticBag diagnostics, SourceSpan? at = null) =>
        CheckedFile(relative, diagnostics, at) is { } real ? File.OpenRead(real) : null;

    /// <summary>A file's bytes (see <see cref="CheckedFile"/>); null when it is missing or refused.</summary>
    public byte[]? ReadAllBytes(string relative, DiagnosticBag diagnostics, SourceSpan? at = null) =>
        CheckedFile(relative, diagnostics, at) is { } real ? File.ReadAllBytes(real) : null;

    /// <summary>Every file under a folder of this one, as folder-relative paths with forward slashes in ordinal
    /// order, whatever order the file system gives. Names starting with '.' (editor and OS files) are skipped.
    /// A symbolic link that leaves the folder is an error (LO0160) at the link; a link back to a folder already
    /// listed (a loop) is a warning (LO0212); neither is followed.</summary>
    /// <param name="extensions">Lower-case extensions with the dot (".md"); none lists every file.</param>
    public IReadOnlyList<string> Enumerate(string folder, DiagnosticBag diagnostics, params string[] extensions)
    {
        folder = folder.Replace('\\', '/').Trim('/');
        var start = Resolve(folder);
        if (start.Kind != ConfinedPathKind.Folder)
        {
            if (start.Kind != ConfinedPathKind.Missing && start.Kind != ConfinedPathKind.File) Report(start, folder, diagnostics, null);
            return [];
        }
        var files = new List<string>();
        var pending = new Stack<(string Relative, string Real)>();
        pending.Push((folder, start.RealPath!));
        var visited = new HashSet<string>(RealPath.Comparison == StringComparison.Ordinal ? StringComparer.Ordinal : StringComparer.OrdinalIgnoreCase)
            { start.RealPath! };
        while (pending.Count > 0)
        {
            var (relativeFolder, realFolder) = pending.Pop();
            foreach (var entry in new DirectoryInfo(realFolder).EnumerateFileSystemInfos())
            {
                if (entry.Name.StartsWith('.')) continue;
                var relative = relativeFolder.Length == 0 ? entry.Name : $"{relativeFolder}/{entry.Name}";
                var real = entry.FullName;
                if (entry.LinkTarget is not null)
                {
                    var target = RealPath.Of(entry.FullName);
                    if (target is null || !RealPath.IsInside(target, RealRoot))
                    {
                        Report(new ConfinedPath(target is null ? ConfinedPathKind.LinkLoop : ConfinedPathKind.LeavesThroughLink, null, relative),
                            relative, diagnostics, null);
                        continue;
                    }
                    real = target;
                }
                if (Directory.Exists(real))
                {
                    if (visited.Add(real)) pending.Push((relative, real));
                    else diagnostics.Warning(DiagnosticCodes.LinkLoop, SourceSpan.File(Display(relative)),
                        "this is a symbolic link to a folder that is already read (a loop); it is not followed");
                }
                else if (File.Exists(real) && (extensions.Length == 0 || extensions.Contains(Path.GetExtension(entry.Name).ToLowerInvariant())))
                    files.Add(relative);
            }
        }
        files.Sort(StringComparer.Ordinal);
        return files;
    }

    private void Report(ConfinedPath resolved, string relative, DiagnosticBag diagnostics, SourceSpan? at)
    {
        switch (resolved.Kind)
        {
            case ConfinedPathKind.LeavesThroughLink:
                var link = resolved.Link!;
                diagnostics.Error(DiagnosticCodes.LinkLeavesFolder, at ?? SourceSpan.File(Display(link)), link == relative
                    ? $"{Display(link)} is a symbolic link that leads outside {What}; nothing outside {What} is read or published. Put the file itself here instead of a link"
                    : $"'{relative}' is reached through {Display(link)}, a symbolic link that leads outside {What}; nothing outside {What} is read or published. Put the files themselves there instead of a link");
                break;
            case ConfinedPathKind.Outside:
                diagnostics.Error(DiagnosticCodes.LinkLeavesFolder, at ?? SourceSpan.File(Display(relative)),
                    $"'{relative}' is outside {What}; only files inside it are read");
                break;
            case ConfinedPathKind.LinkLoop:
                diagnostics.Error(DiagnosticCodes.LinkLeavesFolder, at ?? SourceSpan.File(Display(resolved.Link ?? relative)),
                    $"'{resolved.Link ?? relative}' is a symbolic link that leads round in a loop; it is not followed");
                break;
        }
    }
}

public enum ConfinedPathKind { File, Folder, Missing, LeavesThroughLink, Outside, LinkLoop }

/// <summary>What a folder-relative path is, really.</summary>
/// <param name="RealPath">The real path to open, for a file or folder inside (or missing from) the folder.</param>
/// <param name="Link">The first symbolic link on the way that leads outside, as a folder-relative path.</param>
public readonly record struct ConfinedPath(ConfinedPathKind Kind, string? RealPath, string? Link);
