using System.Net;
using LocalOfferGen.Model;
using Markdig.Renderers;
using Markdig.Renderers.Html.Inlines;
using Markdig.Syntax.Inlines;

namespace LocalOfferGen.Theming;

/// <summary>Renders a link to a document of content/files the way GOV.UK shows attachments: the link, then what the
/// file is in brackets, "(PDF, 245 KB, 12 pages)", so families on metered data or with a screen reader know what
/// they will get before they follow it. The details are in the link's sentence (its context) and are also its
/// accessible description (<c>aria-describedby</c>), so a screen reader listing links reads them too.</summary>
/// <param name="idPrefix">Starts the ids of the details; a page that shows Markdown from several files gives each its own.</param>
/// <param name="lineOffset">Where the Markdown starts in its file, so ids of texts from one file do not clash.</param>
internal sealed class DownloadLinkRenderer(Func<string, DownloadFile?> downloads, string idPrefix, int lineOffset) : LinkInlineRenderer
{
    protected override void Write(HtmlRenderer renderer, LinkInline link)
    {
        if (!TryWrite(renderer, link)) base.Write(renderer, link);
    }

    /// <summary>Writes the link with its details when it leads to a document; false (nothing written) when it does not.</summary>
    public bool TryWrite(HtmlRenderer renderer, LinkInline link)
    {
        if (link.IsImage || link.Url is not { } url || downloads(url) is not { } file || !renderer.EnableHtmlForInline)
            return false;
        // Unique on the page: no two links start at the same place in one file.
        var id = $"{idPrefix}-{link.Line + 1 + lineOffset}-{link.Column + 1}";
        // Written here rather than by the base renderer, so that the shared document is not changed to carry the id.
        renderer.Write("<span class=\"attachment-link\"><a href=\"").WriteEscapeUrl(renderer.LinkRewriter?.Invoke(url) ?? url).Write('"');
        renderer.WriteAttributes(link);
        if (!string.IsNullOrEmpty(link.Title)) renderer.Write(" title=\"").WriteEscape(link.Title).Write('"');
        renderer.Write(" aria-describedby=\"").Write(id).Write("\">");
        renderer.WriteChildren(link);
        renderer.Write("</a>");
        renderer.Write(" <span class=\"attachment-details\" id=\"").Write(id).Write("\">(");
        var type = WebUtility.HtmlEncode(file.Type.Name);
        renderer.Write("<span class=\"attachment-attribute\">");
        if (file.Type.Expansion is { } expansion)
            renderer.Write("<abbr title=\"").Write(WebUtility.HtmlEncode(expansion)).Write("\">").Write(type).Write("</abbr>");
        else renderer.Write(type);
        renderer.Write("</span>, <span class=\"attachment-attribute\">").Write(file.Size).Write("</span>");
        if (file.PageCount is { } pages) renderer.Write(", <span class=\"attachment-attribute\">").Write(pages).Write("</span>");
        renderer.Write(")</span></span>");
        return true;
    }
}
