using LocalOfferGen.Markdown;
using LocalOfferGen.Model;
using Markdig.Renderers;
using Markdig.Syntax;

namespace LocalOfferGen.Theming;

/// <summary>Renders a page's Markdown to HTML for the website: links become relative to the page, the first
/// use of each glossary term links to its meaning, and wide tables scroll inside a labelled, focusable region
/// instead of making the page scroll sideways. Pictures are the published copies of <see cref="WebPictures"/>, with
/// their size and lazy loading (see <see cref="PictureHtmlRenderer"/>).</summary>
public static class MarkdownHtml
{
    /// <param name="pictures">The build's published pictures; null renders pictures as Markdig does (no size).</param>
    /// <param name="loading">Whether the first picture loads at once; by default every picture loads lazily.</param>
    /// <param name="downloads">Finds the document of content/files a link leads to (<see cref="Site.FindDownload"/>), so the
    /// link shows its type, size and pages; null leaves links to files plain.</param>
    /// <param name="idPrefix">Starts the ids of those details: a page showing Markdown from several files gives each its own.</param>
    public static HtmlString Render(MarkdownText text, string pageUrl, GlossaryMatcher? glossary = null, WebPictures? pictures = null,
        PictureLoading? loading = null, Func<string, DownloadFile?>? downloads = null, string idPrefix = "file")
    {
        if (text.IsEmpty) return HtmlString.Empty;
        return Render([text.Document], pageUrl, glossary, boldTerms: false, pictures, loading, downloads, idPrefix, text.LineOffset);
    }

    /// <summary>Renders some blocks or inlines of a document. With <paramref name="boldTerms"/>, glossary terms
    /// are made bold instead of linked (easy read explains them on the page itself).</summary>
    public static HtmlString Render(IEnumerable<MarkdownObject> nodes, string pageUrl, GlossaryMatcher? glossary, bool boldTerms,
        WebPictures? pictures = null, PictureLoading? loading = null, Func<string, DownloadFile?>? downloads = null,
        string idPrefix = "file", int lineOffset = 0)
    {
        var writer = new StringWriter();
        var renderer = new HtmlRenderer(writer) { LinkRewriter = url => RelativeUrls.From(pageUrl, url) };
        MarkdownPipelines.Content.Setup(renderer);
        loading ??= PictureLoading.AllLazy;
        renderer.ObjectRenderers.Add(new VideoHtmlRenderer(pictures));
        if (pictures is not null || downloads is not null)
        {
            // One renderer for links and pictures: pictures as their published copies, links to documents with their details.
            var links = renderer.ObjectRenderers.FindIndex(r => r is Markdig.Renderers.Html.Inlines.LinkInlineRenderer);
            renderer.ObjectRenderers[links] = new PictureHtmlRenderer(pictures, loading,
                downloads is null ? null : new DownloadLinkRenderer(downloads, idPrefix, lineOffset));
        }
        if (glossary is not null)
        {
            var index = renderer.ObjectRenderers.FindIndex(r => r is Markdig.Renderers.Html.Inlines.LiteralInlineRenderer);
            renderer.ObjectRenderers[index] = new GlossaryLiteralRenderer(glossary, boldTerms ? null : RelativeUrls.From(pageUrl, SiteUrls.Glossary));
        }
        foreach (var node in nodes) renderer.Render(node);
        writer.Flush();
        return new HtmlString(WrapTables(writer.ToString()));
    }

    private static string WrapTables(string html) => !html.Contains("<table", StringComparison.Ordinal)
        ? html
        : html.Replace("<table>", "<div class=\"table-scroll\" role=\"region\" aria-label=\"Table\" tabindex=\"0\"><table>", StringComparison.Ordinal)
              .Replace("</table>", "</table></div>", StringComparison.Ordinal);
}
