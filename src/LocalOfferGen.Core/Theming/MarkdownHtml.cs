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
    public static HtmlString Render(MarkdownText text, string pageUrl, GlossaryMatcher? glossary = null, WebPictures? pictures = null, PictureLoading? loading = null)
    {
        if (text.IsEmpty) return HtmlString.Empty;
        return Render([text.Document], pageUrl, glossary, boldTerms: false, pictures, loading);
    }

    /// <summary>Renders some blocks or inlines of a document. With <paramref name="boldTerms"/>, glossary terms
    /// are made bold instead of linked (easy read explains them on the page itself).</summary>
    public static HtmlString Render(IEnumerable<MarkdownObject> nodes, string pageUrl, GlossaryMatcher? glossary, bool boldTerms,
        WebPictures? pictures = null, PictureLoading? loading = null)
    {
        var writer = new StringWriter();
        var renderer = new HtmlRenderer(writer) { LinkRewriter = url => RelativeUrls.From(pageUrl, url) };
        MarkdownPipelines.Content.Setup(renderer);
        loading ??= PictureLoading.AllLazy;
        renderer.ObjectRenderers.Add(new VideoHtmlRenderer(pictures));
        if (pictures is not null)
        {
            var links = renderer.ObjectRenderers.FindIndex(r => r is Markdig.Renderers.Html.Inlines.LinkInlineRenderer);
            renderer.ObjectRenderers[links] = new PictureHtmlRenderer(pictures, loading);
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
