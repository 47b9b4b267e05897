using System.Xml;

namespace LocalOfferGen.Word;

/// <summary>The relationships of one part (the document body or the footnotes): its links, its pictures and,
/// for the body, the other parts it uses. Ids come from the package's one counter, so they are unique in the
/// package and follow the order the content asks for them: the same content gives the same ids.</summary>
internal sealed class PartRelationships(string partName, Func<string> nextId)
{
    public const string HyperlinkType = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink";
    public const string ImageType = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/image";

    private readonly List<(string Id, string Type, string Target, bool External)> _all = [];
    private readonly Dictionary<string, string> _links = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _pictures = new(StringComparer.Ordinal);

    /// <summary>Where the relationships of a part such as <c>/word/document.xml</c> are stored: <c>word/_rels/document.xml.rels</c>.</summary>
    public string EntryName { get; } = $"{partName[1..partName.LastIndexOf('/')]}/_rels/{partName[(partName.LastIndexOf('/') + 1)..]}.rels";

    /// <summary>The id of an external link, or null when the address is not one Word can open.</summary>
    public string? Link(string url)
    {
        if (_links.TryGetValue(url, out var id)) return id;
        if (!Uri.TryCreate(url, UriKind.Absolute, out _)) return null;
        // Stored as written, as the packaging library stored a link's address.
        return _links[url] = Add(HyperlinkType, url, external: true);
    }

    /// <summary>The id of a picture file stored at <paramref name="mediaTarget"/>; one relationship per file.</summary>
    public string Picture(string mediaTarget)
    {
        if (_pictures.TryGetValue(mediaTarget, out var id)) return id;
        return _pictures[mediaTarget] = Add(ImageType, mediaTarget, external: false);
    }

    /// <summary>Adds a relationship to another part of the package (an absolute part name) and returns its id.</summary>
    public string Add(string type, string target, bool external = false)
    {
        var id = nextId();
        _all.Add((id, type, target, external));
        return id;
    }

    public bool Any => _all.Count > 0;

    public void WriteTo(XmlWriter xml)
    {
        xml.WriteStartElement("Relationships", "http://schemas.openxmlformats.org/package/2006/relationships");
        foreach (var (id, type, target, external) in _all)
        {
            xml.WriteStartElement("Relationship");
            xml.WriteAttributeString("Id", id);
            xml.WriteAttributeString("Type", type);
            xml.WriteAttributeString("Target", target);
            if (external) xml.WriteAttributeString("TargetMode", "External");
            xml.WriteEndElement();
        }
        xml.WriteEndElement();
    }
}
