using System.Xml;
using LocalOfferGen.Changes;
using LocalOfferGen.Model;
using LocalOfferGen.Theming;

namespace LocalOfferGen.Web.Writers;

/// <summary>The "Recent changes" page and its Atom feed: the newest changes of every page and service, so parent
/// carer forums can follow what the Local Offer changed.</summary>
internal static class RecentChangesWriter
{
    public static void Write(WebContext web)
    {
        var site = web.Site;
        var info = new PageInfo("Recent changes", $"The latest {RecentChange.Limit} changes to pages and services of the {site.Settings.Title}.",
            SiteUrls.RecentChanges, "recent-changes", [new Crumb("Home", "/")], null, web.Canonical(SiteUrls.RecentChanges));
        web.WritePage("recent-changes", info, new
        {
            Changes = site.RecentChanges.Select(r => new
            {
                r.Title, r.Url, DateIso = Dates.Iso(r.Change.Date), Date = Dates.Long(r.Change.Date), Note = NoteOf(r),
            }).ToList(),
            FeedUrl = SiteUrls.RecentChangesFeed,
        });
        WriteFeed(web);
    }

    /// <summary>What families read for a change: the editor's note, or plainly that the page changed.</summary>
    private static string NoteOf(RecentChange change) => change.Change.Note ?? "Updated";

    private static void WriteFeed(WebContext web)
    {
        var site = web.Site;
        const string atom = "http://www.w3.org/2005/Atom";
        var buffer = new MemoryStream();
        using (var xml = XmlWriter.Create(buffer, new XmlWriterSettings { Indent = true, Encoding = new System.Text.UTF8Encoding(false) }))
        {
            xml.WriteStartDocument();
            xml.WriteStartElement("feed", atom);
            xml.WriteAttributeString("xml", "lang", null, site.Settings.Language);
            xml.WriteElementString("title", atom, $"{site.Settings.Title}: recent changes");
            xml.WriteElementString("id", atom, site.Settings.AbsoluteUrl(SiteUrls.RecentChanges));
            var newest = site.RecentChanges.Count > 0 ? site.RecentChanges[0].Change.Date : site.ContentDate;
            xml.WriteElementString("updated", atom, Timestamp(newest));
            Link(xml, atom, site.Settings.AbsoluteUrl(SiteUrls.RecentChangesFeed), "self");
            Link(xml, atom, site.Settings.AbsoluteUrl(SiteUrls.RecentChanges), "alternate");
            xml.WriteStartElement("author", atom);
            xml.WriteElementString("name", atom, site.Settings.Authority);
            xml.WriteEndElement();
            var seen = new Dictionary<string, int>(StringComparer.Ordinal);
            foreach (var change in site.RecentChanges)
            {
                var day = $"{change.Url}#updated-{Dates.Iso(change.Change.Date)}";
                var count = seen[day] = seen.GetValueOrDefault(day) + 1;
                var url = site.Settings.AbsoluteUrl(change.Url);
                xml.WriteStartElement("entry", atom);
                xml.WriteElementString("title", atom, $"{change.Title}: {NoteOf(change)}");
                // The same change keeps its id in every build, so feed readers do not show it twice.
                xml.WriteElementString("id", atom, $"{url}#updated-{Dates.Iso(change.Change.Date)}" + (count > 1 ? $"-{count}" : ""));
                xml.WriteElementString("updated", atom, Timestamp(change.Change.Date));
                Link(xml, atom, url, "alternate");
                xml.WriteElementString("summary", atom, NoteOf(change));
                xml.WriteEndElement();
            }
            xml.WriteEndElement();
        }
        web.Output.WriteBytes(SiteUrls.RecentChangesFeed.TrimStart('/'), buffer.ToArray());
    }

    private static void Link(XmlWriter xml, string ns, string href, string rel)
    {
        xml.WriteStartElement("link", ns);
        xml.WriteAttributeString("rel", rel);
        xml.WriteAttributeString("href", href);
        xml.WriteEndElement();
    }

    private static string Timestamp(DateOnly date) => Dates.Iso(date) + "T00:00:00Z";
}
