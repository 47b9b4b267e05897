using LocalOfferGen.Diagnostics;

namespace LocalOfferGen.Loading;

/// <summary>Lists the files of one content folder in a fixed order (ordinal by path), whatever order
/// the file system gives. Symbolic links that lead outside the content folder are not followed.</summary>
internal static class ContentFiles
{
    /// <returns>Content-relative paths with forward slashes, e.g. <c>pages/education/index.md</c>.</returns>
    public static IReadOnlyList<string> List(LoadContext context, string folder, params string[] extensions)
    {
        var root = Path.GetFullPath(context.ContentRoot);
        var start = Path.Combine(root, folder);
        if (!Directory.Exists(start)) return [];
        var files = new List<string>();
        var pending = new Stack<string>();
        pending.Push(start);
        // Real paths of folders already listed: a symbolic link back to one of them (a loop) is read once.
        var visited = new HashSet<string>(StringComparer.Ordinal) { RealPath(new DirectoryInfo(start)) };
        while (pending.Count > 0)
        {
            var directory = pending.Pop();
            foreach (var entry in new DirectoryInfo(directory).EnumerateFileSystemInfos())
            {
                var relative = Path.GetRelativePath(root, entry.FullName).Replace(Path.DirectorySeparatorChar, '/');
                if (entry.Name.StartsWith('.')) continue; // editor and OS files: .DS_Store, .swp
                if (entry.LinkTarget is not null && !LinkStaysInside(entry, root))
                {
                    context.Diagnostics.Warning(DiagnosticCodes.LinkOutside, SourceSpan.File(context.Display(relative)),
                        "this is a symbolic link to something outside the content folder; it is not followed");
                    continue;
                }
                if (entry is DirectoryInfo folderEntry)
                {
                    if (visited.Add(RealPath(folderEntry))) pending.Push(entry.FullName);
                    else context.Diagnostics.Warning(DiagnosticCodes.LinkOutside, SourceSpan.File(context.Display(relative)),
                        "this is a symbolic link to a folder that is already read (a loop); it is not followed");
                }
                else if (extensions.Length == 0 || extensions.Contains(Path.GetExtension(entry.Name).ToLowerInvariant()))
                    files.Add(relative);
            }
        }
        files.Sort(StringComparer.Ordinal);
        return files;
    }

    private static string RealPath(FileSystemInfo entry) =>
        Path.GetFullPath(entry.LinkTarget is null ? entry.FullName : entry.ResolveLinkTarget(returnFinalTarget: true)?.FullName ?? entry.FullName);

    private static bool LinkStaysInside(FileSystemInfo entry, string root)
    {
        var target = entry.ResolveLinkTarget(returnFinalTarget: true);
        if (target is null) return false;
        var full = Path.GetFullPath(target.FullName);
        return full.StartsWith(root.TrimEnd(Path.DirectorySeparatorChar) + Path.DirectorySeparatorChar, StringComparison.Ordinal);
    }
}
