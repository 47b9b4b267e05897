namespace LocalOfferGen.Theming;

/// <summary>Site paths become addresses relative to the page that links to them, so the built site works
/// from any folder: a web server's root, a sub-path such as GitHub Pages, or a USB stick.</summary>
public static class RelativeUrls
{
    /// <param name="fromPage">The site path of the page holding the link, e.g. <c>/education/post-16/</c> or <c>/404.html</c>.</param>
    /// <param name="target">A site path (<c>/services/</c>, <c>/images/a.png#x</c>); anything else is returned unchanged.</param>
    public static string From(string fromPage, string target)
    {
        if (!target.StartsWith('/') || target.StartsWith("//", StringComparison.Ordinal)) return target;
        var depth = -1; // the leading slash
        var folderEnd = fromPage.LastIndexOf('/');
        for (var i = 0; i <= folderEnd; i++)
            if (fromPage[i] == '/') depth++;
        // Pretty URLs end in a folder; when opened from disk (no web server) a folder shows no page,
        // so links keep their trailing slash and the server's index.html does the rest.
        if (depth <= 0) return target.Length == 1 ? "./" : target[1..];
        return string.Concat(Up(depth), target.AsSpan(1));
    }

    /// <summary>"../" once per folder level; made once per depth, since every link on every page needs one.</summary>
    private static string Up(int depth) => depth < UpByDepth.Length ? UpByDepth[depth] : string.Concat(Enumerable.Repeat("../", depth));

    private static readonly string[] UpByDepth = Enumerable.Range(0, 16).Select(d => string.Concat(Enumerable.Repeat("../", d))).ToArray();
}
