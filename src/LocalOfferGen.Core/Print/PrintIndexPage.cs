using System.Globalization;
using System.Net;
using System.Text;
using LocalOfferGen.Model;
using LocalOfferGen.Wording;

namespace LocalOfferGen.Print;

/// <summary>output/print/index.html: the print team's page, listing every leaflet with its size, pages and
/// what it covers, every easy-read PDF and every step-by-step guide, each with a download link.</summary>
internal static class PrintIndexPage
{
    public sealed record LeafletEntry(Leaflet Leaflet, string Path, long Bytes);
    public sealed record EasyReadEntry(EasyReadPage Page, string Path, int Pages, long Bytes);
    public sealed record JourneyEntry(Journeys.Journey Journey, string Path, int Pages, long Bytes);
    /// <summary>The handbook or the directory as an A4 book.</summary>
    public sealed record BookEntry(string Title, string Description, string Path, int Pages, long Bytes);

    public static string Render(Site site, IReadOnlyList<LeafletEntry> leaflets, IReadOnlyList<EasyReadEntry> easyRead,
        IReadOnlyList<JourneyEntry> journeys, string fontFamily, IReadOnlyList<BookEntry>? books = null)
    {
        books ??= [];
        var html = new StringBuilder();
        var title = $"Leaflets for printing: {site.Settings.Title}";
        var contact = site.Settings.Contact;
        // Plain HTML with the site's page conventions (skip link, landmarks, description, a strict content
        // security policy) and no styles of its own, so it reads well in any browser and needs no other format.
        // Each list link sits in its own paragraph: the browser's paragraph spacing keeps links far enough apart
        // to tap (WCAG 2.5.8 target size) without a style sheet.
        html.Append($"""
            <!DOCTYPE html>
            <html lang="{E(site.Settings.Language)}">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <meta http-equiv="Content-Security-Policy" content="default-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'">
            <meta name="description" content="{E($"Print-ready leaflets and easy-read documents from {site.Settings.Title}, to download and send to a print shop.")}">
            <title>{E(title)}</title>
            </head>
            <body>
            <a href="#main">Skip to main content</a>
            <header><p><a href="../">{E(site.Settings.Title)}</a></p></header>
            <nav aria-label="Print"><ul><li><p><a href="#leaflets">Leaflets</a></p></li><li><p><a href="#easy-read">Easy read documents</a></p></li>{(journeys.Count == 0 ? "" : "<li><p><a href=\"#journeys\">Step-by-step guides</a></p></li>")}{(books.Count == 0 ? "" : "<li><p><a href=\"#books\">Books</a></p></li>")}</ul></nav>
            <main id="main">
            <h1>{E(title)}</h1>
            <p>These PDFs are made from the Local Offer's own pages, so they always match the website. Content updated
            {E(site.ContentDate.ToString("d MMMM yyyy", CultureInfo.InvariantCulture))}.</p>
            {(leaflets.Count == 0 ? "" : $"<p>Each leaflet page is the trim size plus {E(BleedText(leaflets))} of bleed on every side, with crop marks in an 8 mm slug beyond the bleed (unless written without marks for office printing), set in {E(fontFamily)}. Every PDF is PDF/X-4 in CMYK for FOGRA39 (ISO Coated v2), with the profile embedded, and PDF/UA-1. Send the PDF to the print shop as it is.</p>")}

            """);
        html.Append("<h2 id=\"leaflets\">Leaflets</h2>\n");
        if (leaflets.Count == 0) html.Append("<p>There are no leaflets.</p>\n");
        else
        {
            html.Append("<ul>\n");
            foreach (var entry in leaflets)
            {
                var leaflet = entry.Leaflet;
                var sections = leaflet.Sections.Select(s => s.Heading ?? s.Page?.Title ?? s.Journey?.Title).OfType<string>();
                html.Append($"""
                    <li>
                    <h3>{E(leaflet.Title)}</h3>
                    <p>{E(SizeText(leaflet))}. Covers: {E(Sentence(string.Join("; ", sections)))} The back has the contact details and a QR code that opens {Breakable(site.Settings.AbsoluteUrl(leaflet.QrPath))}.</p>
                    <p><a href="{E(Href(entry.Path))}" download>Download {E(leaflet.Title)} (PDF, {E(Size(entry.Bytes))})</a></p>
                    </li>

                    """);
            }
            html.Append("</ul>\n");
        }
        html.Append("<h2 id=\"easy-read\">Easy read documents</h2>\n");
        if (easyRead.Count == 0) html.Append("<p>There are no easy-read pages.</p>\n");
        else
        {
            html.Append("<p>A4 documents to print on an office printer: a picture on the left of every sentence, words in large print.</p>\n<ul>\n");
            foreach (var entry in easyRead)
                html.Append($"<li><p><a href=\"{E(Href(entry.Path))}\" download>{E(entry.Page.Title)} (PDF, A4, {entry.Pages} {(entry.Pages == 1 ? "page" : "pages")}, {E(Size(entry.Bytes))})</a></p></li>\n");
            html.Append("</ul>\n");
        }
        if (journeys.Count > 0)
        {
            html.Append("<h2 id=\"journeys\">Step-by-step guides</h2>\n<p>Each step-by-step guide in full on A4, every step numbered with its links printed out, in large print.</p>\n<ul>\n");
            foreach (var entry in journeys)
                html.Append($"<li><p><a href=\"{E(Href(entry.Path))}\" download>{E(entry.Journey.Title)} (PDF, A4, {E(Counts.Of(entry.Pages, "page"))}, {E(Size(entry.Bytes))})</a></p></li>\n");
            html.Append("</ul>\n");
        }
        if (books.Count > 0)
        {
            html.Append("<h2 id=\"books\">Books</h2>\n<p>A4 books to print on an office printer or send to a print shop: a contents list with page numbers, a page number on every page, and \"see page\" for a service or page the book itself has.</p>\n<ul>\n");
            foreach (var entry in books)
                html.Append($"<li><p><a href=\"{E(Href(entry.Path))}\" download>{E(entry.Title)} (PDF, A4, {E(Counts.Of(entry.Pages, "page"))}, {E(Size(entry.Bytes))})</a></p><p>{E(entry.Description)}</p></li>\n");
            html.Append("</ul>\n");
        }
        html.Append("</main>\n<footer><p>")
            .Append(E(site.Settings.Authority));
        if (contact.Phone is { } phone) html.Append(". Phone ").Append(E(phone));
        if (contact.Email is { } email) html.Append(", email <a href=\"mailto:").Append(E(email)).Append("\">").Append(E(email)).Append("</a>");
        html.Append(".</p></footer>\n</body>\n</html>\n");
        return html.ToString();
    }

    public static string SizeText(Leaflet leaflet) => (leaflet.Size, leaflet.Fold) switch
    {
        (LeafletSize.DL, LeafletFold.Trifold) => "DL trifold (99 × 210 mm folded): 6 panels on both sides of one A4 sheet (297 × 210 mm), roll fold",
        (LeafletSize.DL, _) => $"DL (99 × 210 mm), {Counts.Of(leaflet.Pages, "page")}",
        _ => $"A5 (148 × 210 mm), {Counts.Of(leaflet.Pages, "page")}",
    };

    private static string BleedText(IReadOnlyList<LeafletEntry> leaflets)
    {
        var bleeds = leaflets.Select(l => l.Leaflet.BleedMm).Distinct().Order().ToList();
        return bleeds.Count == 1 ? $"{bleeds[0]} mm" : "the leaflet's chosen amount";
    }

    /// <summary>A link relative to print/index.html.</summary>
    private static string Href(string path) => path["print/".Length..];

    private static string Size(long bytes) => bytes < 1024 * 1024
        ? $"{Math.Max(1, bytes / 1024)} KB"
        : (bytes / (1024.0 * 1024)).ToString("0.0", CultureInfo.InvariantCulture) + " MB";

    private static string Sentence(string text) => text.EndsWith('.') || text.EndsWith('?') || text.EndsWith('!') ? text : text + ".";

    private static string E(string text) => WebUtility.HtmlEncode(text);

    /// <summary>A web address that may wrap after each slash, so it never widens the page on a phone (WCAG 1.4.10).</summary>
    private static string Breakable(string url) => E(url).Replace("/", "/<wbr>", StringComparison.Ordinal);
}
