using LocalOfferGen.Diagnostics;
using LocalOfferGen.Markdown;
using LocalOfferGen.Model;
using Markdig.Syntax.Inlines;

namespace LocalOfferGen.Audit.Checks;

/// <summary>Internal links: links to pages and pictures were already checked when the content was loaded
/// (a missing page or picture stops the build). This check adds what loading cannot know: that every
/// <c>#anchor</c> exists on its target page, and that every document of content/files is linked from somewhere.</summary>
public sealed class LinksCheck : IAuditCheck
{
    public string Id => AuditCheckIds.Links;
    public string Title => "Links";

    public void Run(AuditContext context, AuditFindings findings)
    {
        var anchors = new AnchorIds(context.Site);
        foreach (var document in AuditDocument.All(context.Site))
        {
            var ownIds = document.IsWholePage ? AnchorIds.Of(document.Text.Document) : null;
            foreach (var link in MarkdownWalker.All<LinkInline>(document.Text.Document))
            {
                if (link.IsImage || link.Url is not { Length: > 0 } url) continue;
                var at = document.At(link);
                var (path, fragment) = Split(url);
                if (path.Length == 0)
                {
                    if (fragment.Length > 0 && ownIds is not null && !ownIds.Contains(fragment))
                        findings.Error(DiagnosticCodes.MissingAnchor, at,
                            $"the link '#{fragment}' leads to no heading on this page; the headings' anchors are: {List(ownIds)}");
                    continue;
                }
                if (!path.StartsWith('/')) continue; // external addresses: see ExternalLinksCheck
                if (SiteUrls.GeneratedFolders.Any(f => path.StartsWith(f, StringComparison.Ordinal))) continue; // see BuiltLinksCheck
                if (fragment.Length > 0 && anchors.For(path) is { } targetIds && !targetIds.Contains(fragment))
                {
                    var what = path == SiteUrls.Glossary ? "no glossary entry" : $"no heading on {path}";
                    findings.Error(DiagnosticCodes.MissingAnchor, at,
                        $"the link '{url}' leads to {what} with the anchor '#{fragment}'; the anchors there are: {List(targetIds)}");
                }
            }
        }
        foreach (var file in context.Site.Downloads.Where(f => !context.DownloadLinks.ContainsKey(f.SitePath)))
            findings.Notice(DiagnosticCodes.FileNotLinked, SourceSpan.File($"{context.ContentPath}/{file.SourcePath}"),
                $"nothing links to this file, so families will not find it, though it is published at {file.SitePath}: link to it from a page, or remove it if it is out of date");
    }

    internal static (string Path, string Fragment) Split(string url)
    {
        var hash = url.IndexOf('#');
        var path = hash < 0 ? url : url[..hash];
        var fragment = hash < 0 ? "" : Uri.UnescapeDataString(url[(hash + 1)..]);
        var query = path.IndexOf('?');
        return (query < 0 ? path : path[..query], fragment);
    }

    private static string List(IReadOnlySet<string> ids) =>
        ids.Count == 0 ? "(none)" : string.Join(", ", ids.Order(StringComparer.Ordinal).Take(12).Select(i => "#" + i)) + (ids.Count > 12 ? ", ..." : "");
}
