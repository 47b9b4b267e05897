using System.Net;
using LocalOfferGen.Markdown;
using Markdig.Renderers;
using Markdig.Renderers.Html;

namespace LocalOfferGen.Theming;

/// <summary>Renders a video privately: a still picture (or a plain panel) that is a link to the video on the
/// host's site, so without JavaScript nothing is fetched from the host until the viewer follows it. With
/// JavaScript, pressing play swaps in the host's privacy-enhanced player (site.js). The transcript is always
/// on the page, under the video.</summary>
public sealed class VideoHtmlRenderer(WebPictures? pictures = null) : HtmlObjectRenderer<VideoBlock>
{
    /// <summary>The only players a page may frame; base.html's Content-Security-Policy names the one a page uses.</summary>
    public static readonly IReadOnlyList<string> EmbedOrigins = ["https://www.youtube-nocookie.com", "https://player.vimeo.com"];

    protected override void Write(HtmlRenderer renderer, VideoBlock video)
    {
        var title = WebUtility.HtmlEncode(video.Title);
        var url = WebUtility.HtmlEncode(video.Url);
        var host = WebUtility.HtmlEncode(video.Link.Host);
        renderer.EnsureLine();
        renderer.Write("<figure class=\"video\">\n");
        renderer.Write("<div class=\"video-player\" data-video-player data-embed-origin=\"").Write(WebUtility.HtmlEncode(video.Link.EmbedOrigin))
            .Write("\" data-embed=\"").Write(WebUtility.HtmlEncode(video.Link.EmbedUrl(video.Captions))).Write("\" data-title=\"").Write(title).Write("\">\n");
        renderer.Write("<a class=\"video-start\" href=\"").Write(url).Write("\" data-video-play>");
        if (video.Image is { } image)
        {
            var rewrite = renderer.LinkRewriter ?? (u => u);
            if (pictures?.Find(image) is { } picture)
                renderer.Write(picture.Img(rewrite, "", eager: false, PictureHtmlRenderer.TextColumnSizes, cssClass: "video-still"));
            else
                renderer.Write("<img class=\"video-still\" src=\"").Write(WebUtility.HtmlEncode(rewrite(image))).Write("\" alt=\"\">");
        }
        renderer.Write("<span class=\"video-play\">Play video: ").Write(title)
            .Write(" <span class=\"video-host\">(").Write(host).Write(")</span></span></a>\n</div>\n");
        renderer.Write("<figcaption class=\"video-caption\">").Write(title).Write(". <a href=\"").Write(url).Write("\">Watch on ").Write(host).Write("</a>.");
        if (video.Captions) renderer.Write(" The video has captions.");
        renderer.Write(" Nothing is loaded from ").Write(host).Write(" until you press play.</figcaption>\n");
        renderer.Write("<div class=\"video-transcript\">\n<p class=\"video-transcript-heading\"><strong>Transcript: ").Write(title).Write("</strong></p>\n");
        renderer.Render(video.Transcript.Document);
        renderer.EnsureLine();
        renderer.Write("</div>\n</figure>\n");
    }
}
