namespace LocalOfferGen.Reading;

/// <summary>The real path of a file or folder, like POSIX realpath: every symbolic link (or Windows junction)
/// in every component is followed, and ".." is applied to the real folder reached so far, as the operating
/// system does, never to the text of the path (<c>link/..</c> is the parent of the link's target).</summary>
internal static class RealPath
{
    /// <summary>More links than this in one path is taken as a loop, as Linux's ELOOP does.</summary>
    private const int MaxLinks = 40;

    public static StringComparison Comparison { get; } =
        OperatingSystem.IsLinux() ? StringComparison.Ordinal : StringComparison.OrdinalIgnoreCase;

    /// <returns>The real path, or null for a loop of links. A path that does not exist resolves as far as it exists.</returns>
    public static string? Of(string path)
    {
        var links = 0;
        return Resolve(Path.IsPathRooted(path) ? path : Path.Combine(Environment.CurrentDirectory, path), ref links);
    }

    /// <summary>Follows <paramref name="relative"/> (components separated by '/') from a folder that is already real.</summary>
    public static string? Below(string realFolder, string relative, Func<string, string, bool>? onLink = null)
    {
        var links = 0;
        return Walk(realFolder, Components(relative), ref links, onLink);
    }

    /// <summary>Whether <paramref name="path"/> (real) is <paramref name="folder"/> (real) or inside it.</summary>
    public static bool IsInside(string path, string folder)
    {
        var trimmed = folder.TrimEnd(Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar);
        return path.Equals(trimmed, Comparison)
            || (path.StartsWith(trimmed, Comparison) && path.Length > trimmed.Length && IsSeparator(path[trimmed.Length]))
            || trimmed.Length == 0;
    }

    private static string? Resolve(string absolute, ref int links)
    {
        var root = Path.GetPathRoot(absolute) ?? "";
        return Walk(root, Components(absolute[root.Length..]), ref links, null);
    }

    /// <param name="onLink">Called with the path walked so far (as written) and the real path of each symbolic link's
    /// target; returning false stops the walk (the caller has seen enough), and the walk returns null.</param>
    private static string? Walk(string current, IReadOnlyList<string> parts, ref int links, Func<string, string, bool>? onLink)
    {
        for (var i = 0; i < parts.Count; i++)
        {
            var part = parts[i];
            if (part == ".") continue;
            if (part == "..")
            {
                current = Path.GetDirectoryName(current) ?? current; // the parent of the root is the root
                continue;
            }
            var next = Path.Combine(current, part);
            var target = LinkTarget(next);
            if (target is null)
            {
                current = next;
                continue;
            }
            if (++links > MaxLinks) return null;
            var followed = Resolve(Path.IsPathRooted(target) ? target : Path.Combine(current, target), ref links);
            if (followed is null) return null;
            if (onLink is not null && !onLink(string.Join('/', parts.Take(i + 1)), followed)) return null;
            current = followed;
        }
        return current;
    }

    private static string? LinkTarget(string path)
    {
        try
        {
            return new FileInfo(path).LinkTarget;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return null; // unreadable: opening it fails later, with its own message
        }
    }

    private static string[] Components(string path) =>
        path.Split(OperatingSystem.IsWindows() ? ['/', '\\'] : ['/'], StringSplitOptions.RemoveEmptyEntries);

    private static bool IsSeparator(char c) => c == Path.DirectorySeparatorChar || c == Path.AltDirectorySeparatorChar;
}
