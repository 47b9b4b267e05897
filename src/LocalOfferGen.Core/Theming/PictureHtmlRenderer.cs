using LocalOfferGen.Markdown;
using Markdig.Renderers;
using Markdig.Renderers.Html.Inlines;
using Markdig.Syntax.Inlines;

namespace LocalOfferGen.Theming;

/// <summary>Renders a Markdown picture as the <c>&lt;img&gt;</c> of its published copies (see <see cref="WebPictures"/>):
/// width and height, srcset for a large picture, lazy loading for all but the first picture of a page's main text.
/// A link to a document of content/files is left to <paramref name="downloads"/>; other links, and a picture this
/// build does not publish, are rendered as Markdig renders them.</summary>
internal sealed class PictureHtmlRenderer(WebPictures? pictures, PictureLoading loading, DownloadLinkRenderer? downloads = null) : LinkInlineRenderer
{
    /// <summary>How wide a picture in the text column is shown: the whole screen on a phone, at most the 40em column.</summary>
    public const string TextColumnSizes = "(min-width: 42em) 40em, 100vw";

    protected override void Write(HtmlRenderer renderer, LinkInline link)
    {
        if (!link.IsImage || link.Url is not { Length: > 0 } url || pictures?.Find(url) is not { } picture)
        {
            if (downloads is null || !downloads.TryWrite(renderer, link)) base.Write(renderer, link);
            return;
        }
        var rewrite = renderer.LinkRewriter ?? (u => u);
        renderer.Write(picture.Img(rewrite, MarkdownWalker.PlainText(link), loading.TakeEager(), TextColumnSizes, title: link.Title));
    }
}

/// <summary>Whether the next picture of a page loads at once: only the first of its main text does, since it is the
/// one likely to be on the first screen; every later picture waits until the reader scrolls near it.</summary>
public sealed class PictureLoading(bool firstIsEager)
{
    private bool _eager = firstIsEager;

    /// <summary>No picture loads at once (text lower on a page, such as a service's eligibility).</summary>
    public static PictureLoading AllLazy => new(false);

    public bool TakeEager()
    {
        var eager = _eager;
        _eager = false;
        return eager;
    }
}
