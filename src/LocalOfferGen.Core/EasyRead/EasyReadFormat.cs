using LocalOfferGen.Diagnostics;
using LocalOfferGen.Model;
using LocalOfferGen.Output;
using LocalOfferGen.Theming;
using Markdig.Syntax;

namespace LocalOfferGen.EasyRead;

/// <summary>Easy-read web pages, <c>/easy-read/&lt;path&gt;/</c>, with their own layout (picture left, words
/// right), a "Words to know" part, and the <c>/easy-read/</c> list.</summary>
public sealed class EasyReadFormat : IOutputFormat
{
    public string Name => "easy-read";

    public void Write(Site site, OutputFolder output, BuildSettings settings, DiagnosticBag diagnostics)
    {
        var web = new WebContext(site, output, settings, diagnostics);
        var listInfo = new PageInfo("Easy read", "Key pages of the Local Offer in easy read: short sentences with pictures.",
            SiteUrls.EasyRead, "easy-read-list", [new Crumb("Home", "/")], null, web.Canonical(SiteUrls.EasyRead));
        web.WritePage("easy-read-list", listInfo, new
        {
            Items = site.EasyReadPages.Select(p => new { p.Title, p.Url, p.Summary }).ToList(),
        });
        Parallel.ForEach(site.EasyReadPages.Where(p => web.Renders(p.Url)), page => WritePage(web, page));
    }

    private static PageTools ToolsFor(WebContext web, EasyReadPage page, Page? standard)
    {
        var (wordUrl, wordSize) = web.WordDocumentFor(page.Url);
        var tools = new PageTools(Dates.Iso(page.Reviewed), Dates.Long(page.Reviewed), null,
            standard?.Url, standard is null ? null : "Full version of this page", wordUrl, wordSize);
        return PageTools.WithHistory(tools, page.History);
    }

    /// <summary>A row's picture as an img element of its published copies, shown in the picture column
    /// (6.5rem on a phone, 11rem from 40em up, as site.css sets it).</summary>
    private static HtmlString? Picture(WebContext web, EasyReadPage page, Markdig.Syntax.Inlines.LinkInline image, PictureLoading loading)
    {
        if (image.Url is not { Length: > 0 } url || web.Pictures.Find(url) is not { } picture) return null;
        return new HtmlString(picture.Img(u => RelativeUrls.From(page.Url, u), EasyReadLayout.AltText(image), loading.TakeEager(),
            "(min-width: 40em) 11rem, 6.5rem"));
    }

    private static void WritePage(WebContext web, EasyReadPage page)
    {
        var standard = web.Builds("web") ? web.Site.StandardFor(page) : null;
        var glossary = new GlossaryMatcher(web.Site.Glossary);
        // The rows' pictures in page order: only the first loads at once (see PictureLoading).
        var loading = new PictureLoading(firstIsEager: true);
        var parts = EasyReadLayout.Parts(page).Select(part => new
        {
            part.Heading,
            part.Id,
            Rows = part.Rows.Select(row => new
            {
                // The published copy's address (a WebP is published as PNG or JPEG), for themes that write their own img.
                ImageUrl = row.Image?.Url is { } imageUrl ? web.Pictures.Find(imageUrl)?.Main.Path ?? imageUrl : null,
                ImageAlt = row.Image is null ? null : EasyReadLayout.AltText(row.Image),
                Image = row.Image is null ? null : Picture(web, page, row.Image, loading),
                Html = row.Image is null
                    ? MarkdownHtml.Render(row.Words, page.Url, glossary, boldTerms: true, web.Pictures, downloads: web.Site.FindDownload, lineOffset: page.Body.LineOffset)
                    : new HtmlString($"<p>{MarkdownHtml.Render(row.Words, page.Url, glossary, boldTerms: true, web.Pictures, downloads: web.Site.FindDownload, lineOffset: page.Body.LineOffset).Value.Trim()}</p>"),
            }).ToList(),
        }).ToList();
        var crumbs = new List<Crumb> { new("Home", "/"), new("Easy read", SiteUrls.EasyRead) };
        var info = new PageInfo(page.Title, page.Summary ?? $"An easy read version of {page.Title}.", page.Url, "easy-read",
            crumbs, null, web.Canonical(page.Url));
        web.WritePage("easy-read", info, new
        {
            Easy = new
            {
                page.Summary,
                Parts = parts,
                Words = glossary.Used.Select(g => new { g.Term, g.Meaning }).ToList(),
            },
            Tools = ToolsFor(web, page, standard),
        });
    }
}
