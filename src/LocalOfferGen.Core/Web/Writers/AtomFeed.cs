using System.Xml;
using LocalOfferGen.Theming;

namespace LocalOfferGen.Web.Writers;

/// <summary>One entry of an Atom feed. Addresses are absolute; <paramref name="Published"/> is left out when null.</summary>
internal sealed record AtomEntry(string Title, string Id, string? Published, string Updated, string Url, string Summary);

/// <summary>Writes an Atom feed (RFC 4287) of the site: the news feed and the recent-changes feed share its head,
/// author and entry shape.</summary>
internal static class AtomFeed
{
    private const string Atom = "http://www.w3.org/2005/Atom";

    /// <summary>The feed at <paramref name="feedUrl"/>, whose page is <paramref name="pageUrl"/> (both site addresses).</summary>
    public static void Write(WebContext web, string feedUrl, string pageUrl, string title, string updated, IEnumerable<AtomEntry> entries)
    {
        var settings = web.Site.Settings;
        var buffer = new MemoryStream();
        using (var xml = XmlWriter.Create(buffer, new XmlWriterSettings { Indent = true, Encoding = new System.Text.UTF8Encoding(false) }))
        {
            xml.WriteStartDocument();
            xml.WriteStartElement("feed", Atom);
            xml.WriteAttributeString("xml", "lang", null, settings.Language);
            xml.WriteElementString("title", Atom, title);
            xml.WriteElementString("id", Atom, settings.AbsoluteUrl(pageUrl));
            xml.WriteElementString("updated", Atom, updated);
            Link(xml, settings.AbsoluteUrl(feedUrl), "self");
            Link(xml, settings.AbsoluteUrl(pageUrl), "alternate");
            xml.WriteStartElement("author", Atom);
            xml.WriteElementString("name", Atom, settings.Authority);
            xml.WriteEndElement();
            foreach (var entry in entries)
            {
                xml.WriteStartElement("entry", Atom);
                xml.WriteElementString("title", Atom, entry.Title);
                xml.WriteElementString("id", Atom, entry.Id);
                if (entry.Published is not null) xml.WriteElementString("published", Atom, entry.Published);
                xml.WriteElementString("updated", Atom, entry.Updated);
                Link(xml, entry.Url, "alternate");
                xml.WriteElementString("summary", Atom, entry.Summary);
                xml.WriteEndElement();
            }
            xml.WriteEndElement();
        }
        web.Output.WriteBytes(feedUrl.TrimStart('/'), buffer.ToArray());
    }

    /// <summary>A day as an Atom date-time: its start, in UTC.</summary>
    public static string Timestamp(DateOnly date) => Dates.Iso(date) + "T00:00:00Z";

    private static void Link(XmlWriter xml, string href, string rel)
    {
        xml.WriteStartElement("link", Atom);
        xml.WriteAttributeString("rel", rel);
        xml.WriteAttributeString("href", href);
        xml.WriteEndElement();
    }
}
