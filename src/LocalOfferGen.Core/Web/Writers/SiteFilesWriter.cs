using System.Xml;
using LocalOfferGen.Diagnostics;
using LocalOfferGen.Model;
using LocalOfferGen.Pictures;

using LocalOfferGen.Theming;

namespace LocalOfferGen.Web.Writers;

/// <summary>The accessibility statement, the 404 page, sitemap.xml, robots.txt, the theme's assets, the
/// content's images and its documents to download (only those of content/files the site model publishes).</summary>
internal static class SiteFilesWriter
{
    /// <summary>The theme's web font files (woff2, their CSS and licence), published as assets/fonts/.</summary>
    private const string WebFontFolder = "fonts/web/";

    public static void Write(WebContext web)
    {
        WriteAccessibilityStatement(web);
        web.WritePage("404", new PageInfo("Page not found", "The page you asked for does not exist.", "/404.html", "not-found", [], null, null, Noindex: true));
        if (!web.Renders(SiteUrls.Sitemap)) return; // a serve rebuild of a few pages changes no address or date
        WriteSitemap(web);
        web.Output.WriteText("robots.txt", $"User-agent: *\nAllow: /\nDisallow: /audit/\n\nSitemap: {web.Site.Settings.AbsoluteUrl(SiteUrls.Sitemap)}\n");
        if (!web.CopiesFiles) return;
        foreach (var asset in web.Templates.Theme.List("assets/").Where(a => a != ServiceWorkerWriter.ThemeFile))
            web.Output.WriteBytes(asset, web.Templates.Theme.ReadBytes(asset)!);
        // The web font only when site.yml asks for it: by default pages use the visitor's own fonts and download none.
        if (web.Site.Settings.WebFont)
            foreach (var file in web.Templates.Theme.List(WebFontFolder))
                web.Output.WriteBytes("assets/fonts/" + file[WebFontFolder.Length..], web.Templates.Theme.ReadBytes(file)!);
        foreach (var download in web.Site.Downloads)
            web.Output.CopyFile(web.Site.FileFor(download.SitePath), download.SitePath);
        WritePictures(web);
    }

    /// <summary>Publishes every readable picture as <see cref="WebPictures"/> names it: decoded and encoded again, or for
    /// an SVG its sanitised text. Nothing in content/images is copied as it is, so a file there can carry no script,
    /// metadata (a phone photo's location) or page into the site. Any other file there is left out (the loader warns of it, LO0240); a
    /// picture that cannot be read is left out too (the loader has warned of it, LO0221).</summary>
    private static void WritePictures(WebContext web)
    {
        var published = web.Pictures.All.ToList();
        Parallel.ForEach(published.SelectMany(p => p.Files.Select(f => (Picture: p, File: f))),
            item => web.Output.WriteBytes(item.File.Path.TrimStart('/'), item.Picture.BytesOf(item.File)));
    }

    /// <summary>The generated statement, unless the council wrote its own at pages/accessibility.md.</summary>
    private static void WriteAccessibilityStatement(WebContext web)
    {
        if (web.Site.FindPage(SiteUrls.Accessibility) is not null) return;
        var info = new PageInfo("Accessibility statement", $"How accessible the {web.Site.Settings.Title} website is, how to get information in another format, and how to report a problem.",
            SiteUrls.Accessibility, "accessibility", [new Crumb("Home", "/")], null, web.Canonical(SiteUrls.Accessibility));
        web.WritePage("accessibility", info);
    }

    private static void WriteSitemap(WebContext web)
    {
        var site = web.Site;
        const string ns = "http://www.sitemaps.org/schemas/sitemap/0.9";
        var entries = site.Pages.Select(p => (p.Url, (DateOnly?)p.LastUpdated))
            .Concat(site.Services.Select(s => (s.Url, (DateOnly?)s.LastUpdated)))
            .Concat(site.News.Select(n => (n.Url, (DateOnly?)n.Date)))
            .Concat(site.Journeys.Select(j => (j.Url, (DateOnly?)j.Reviewed)))
            .Concat(site.Journeys.Count > 0 ? [(LocalOfferGen.Journeys.JourneyUrls.Index, (DateOnly?)null)] : Array.Empty<(string, DateOnly?)>())
            .Concat(new[] { SiteUrls.Services, SiteUrls.Search, SiteUrls.AToZ, SiteUrls.Glossary, SiteUrls.News, SiteUrls.YouSaidWeDid, SiteUrls.RecentChanges }
                .Select(u => (u, (DateOnly?)null)));
        if (web.Builds("easy-read"))
            entries = entries.Concat(site.EasyReadPages.Select(e => (e.Url, (DateOnly?)e.Reviewed))).Append((SiteUrls.EasyRead, null));
        if (site.FindPage(SiteUrls.Accessibility) is null) entries = entries.Append((SiteUrls.Accessibility, null));
        if (site.Events.Count > 0)
            entries = entries.Append((LocalOfferGen.Events.EventUrls.WhatsOn, null)).Concat(
                LocalOfferGen.Events.EventPublishing.Published(site.Events, web.Settings.Today, site.Settings.Events).Select(e => (e.Url, (DateOnly?)null)));
        var buffer = new MemoryStream();
        using (var xml = XmlWriter.Create(buffer, new XmlWriterSettings { Indent = true, Encoding = new System.Text.UTF8Encoding(false) }))
        {
            xml.WriteStartDocument();
            xml.WriteStartElement("urlset", ns);
            foreach (var (url, modified) in entries.DistinctBy(e => e.Item1).OrderBy(e => e.Item1, StringComparer.Ordinal))
            {
                xml.WriteStartElement("url", ns);
                xml.WriteElementString("loc", ns, site.Settings.AbsoluteUrl(url));
                if (modified is { } date) xml.WriteElementString("lastmod", ns, Dates.Iso(date));
                xml.WriteEndElement();
            }
            xml.WriteEndElement();
        }
        web.Output.WriteBytes("sitemap.xml", buffer.ToArray());
    }
}
