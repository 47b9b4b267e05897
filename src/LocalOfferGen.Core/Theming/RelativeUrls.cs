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
        var depth = 0;
        var folder = fromPage[..(fromPage.LastIndexOf('/') + 1)];
        foreach (var c in folder) if (c == '/') depth++;
        depth--; // the leading slash
        var prefix = depth <= 0 ? "./" : string.Concat(Enumerable.Repeat("../", depth));
        var relative = prefix + target[1..];
        // Pretty URLs end in a folder; when opened from disk (no web server) a folder shows no page,
        // so links keep their trailing slash and the server's index.html does the rest.
        return relative == "./" ? "./" : relative.StartsWith("./", StringComparison.Ordinal) && relative.Length > 2 ? relative[2..] : relative;
    }
}
