namespace LocalOfferGen.Serving;

/// <summary>What a request path means inside the served folder.</summary>
public enum RequestKind
{
    /// <summary>A file to send: <see cref="RequestTarget.File"/>.</summary>
    File,
    /// <summary>A folder asked for without its closing slash: send the reader to <see cref="RequestTarget.RedirectTo"/>.</summary>
    Redirect,
    /// <summary>Nothing to send: the 404 page, with status 404. Folders without an index.html land here too,
    /// so the server never lists a folder.</summary>
    NotFound,
}

public sealed record RequestTarget(RequestKind Kind, string? File = null, string? RedirectTo = null);

/// <summary>Turns the path of a request (<c>/education/?x=1</c>, already without its query) into a file inside the
/// served folder. Anything that could leave the folder (<c>..</c>, encoded slashes or backslashes, NUL,
/// links pointing outside) or reach a hidden file is simply not found.</summary>
public static class RequestPath
{
    public static RequestTarget Resolve(string root, string escapedPath)
    {
        root = Path.GetFullPath(root).TrimEnd(Path.DirectorySeparatorChar);
        string path;
        try { path = Uri.UnescapeDataString(escapedPath); }
        catch (UriFormatException) { return NotFound; }
        if (!path.StartsWith('/') || path.Contains('\\') || path.Contains('\0')) return NotFound;

        var segments = path.Split('/', StringSplitOptions.RemoveEmptyEntries);
        if (segments.Any(s => s.StartsWith('.'))) return NotFound;   // "..", "." and hidden files alike
        var full = Path.GetFullPath(Path.Combine([root, .. segments]));
        if (full != root && !full.StartsWith(root + Path.DirectorySeparatorChar, StringComparison.Ordinal)) return NotFound;

        if (Directory.Exists(full))
        {
            var index = Path.Combine(full, "index.html");
            if (!IsInside(root, index)) return NotFound;
            if (!path.EndsWith('/')) return new RequestTarget(RequestKind.Redirect, RedirectTo: path + "/");
            return new RequestTarget(RequestKind.File, index);
        }
        if (path.EndsWith('/') || !IsInside(root, full)) return NotFound;
        return new RequestTarget(RequestKind.File, full);
    }

    private static readonly RequestTarget NotFound = new(RequestKind.NotFound);

    /// <summary>True when the file exists and, following any symbolic links, is still inside the folder.</summary>
    private static bool IsInside(string root, string file)
    {
        var info = new FileInfo(file);
        if (!info.Exists) return false;
        var target = info.LinkTarget is null ? info.FullName : info.ResolveLinkTarget(returnFinalTarget: true)?.FullName;
        return target is not null && target.StartsWith(root + Path.DirectorySeparatorChar, StringComparison.Ordinal);
    }
}
