using LocalOfferGen.Markdown;
using LocalOfferGen.Model;
using Markdig.Syntax.Inlines;
using SourceSpan = LocalOfferGen.Diagnostics.SourceSpan;

namespace LocalOfferGen.Audit;

/// <summary>Which documents of content/files the site's Markdown links to: for each, where the first link is and
/// how many there are. Links were resolved to site paths when the content was loaded.</summary>
public sealed record DownloadLinks(SourceSpan First, int Count)
{
    public static IReadOnlyDictionary<string, DownloadLinks> Of(Site site)
    {
        var found = new Dictionary<string, DownloadLinks>(StringComparer.Ordinal);
        foreach (var document in AuditDocument.All(site))
            foreach (var link in MarkdownWalker.All<LinkInline>(document.Text.Document))
            {
                if (link.IsImage || link.Url is not { } url || site.FindDownload(url) is not { } file) continue;
                found[file.SitePath] = found.TryGetValue(file.SitePath, out var seen)
                    ? seen with { Count = seen.Count + 1 }
                    : new DownloadLinks(document.At(link), 1);
            }
        return found;
    }

    /// <summary>"content/pages/x.md(12,5)", or "... and 3 other places".</summary>
    public string Where()
    {
        var first = $"{First.Path}({First.Line},{First.Column})";
        return Count switch { 1 => first, 2 => $"{first} and 1 other place", _ => $"{first} and {Count - 1} other places" };
    }
}
