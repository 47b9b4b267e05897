using System.Text.RegularExpressions;
using LocalOfferGen.Markdown;
using LocalOfferGen.Model;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace LocalOfferGen.Audit;

/// <summary>The anchors (<c>#id</c>) each page of the site has: the ids of its headings (set at load
/// by the auto-identifiers of the Markdown pipeline), ids written in raw HTML, and each glossary entry
/// on /glossary/. Pages the generator lays out itself, such as a service's page, are not listed, so
/// anchors into them are not checked.</summary>
public sealed partial class AnchorIds
{
    private readonly Dictionary<string, HashSet<string>> _byUrl = new(StringComparer.Ordinal);

    public AnchorIds(Site site)
    {
        foreach (var page in site.Pages) _byUrl[page.Url] = Of(page.Body.Document);
        foreach (var page in site.EasyReadPages) _byUrl[page.Url] = Of(page.Body.Document);
        foreach (var post in site.News) _byUrl[post.Url] = Of(post.Body.Document);
        _byUrl[SiteUrls.Glossary] = site.Glossary.Select(g => g.Id).ToHashSet(StringComparer.Ordinal);
    }

    /// <summary>The anchors of a page, or null when the audit cannot know them.</summary>
    public IReadOnlySet<string>? For(string url) => _byUrl.GetValueOrDefault(url);

    public static HashSet<string> Of(MarkdownDocument document)
    {
        var ids = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (node, _) in MarkdownWalker.Descendants(document))
        {
            switch (node)
            {
                case HeadingBlock heading when heading.GetAttributes().Id is { Length: > 0 } id:
                    ids.Add(id);
                    break;
                case HtmlBlock html:
                    AddHtmlIds(html.Lines.ToString(), ids);
                    break;
                case HtmlInline inline:
                    AddHtmlIds(inline.Tag, ids);
                    break;
            }
        }
        return ids;
    }

    private static void AddHtmlIds(string html, HashSet<string> ids)
    {
        foreach (Match match in HtmlId().Matches(html)) ids.Add(match.Groups["id"].Value);
    }

    [GeneratedRegex(@"\b(?:id|name)\s*=\s*[""']?(?<id>[^""'\s>]+)", RegexOptions.IgnoreCase)]
    private static partial Regex HtmlId();
}
