using System.Text;

namespace LocalOfferGen.Word;

/// <summary>[Content_Types].xml: the type of every part, by the same names and types the Open XML SDK gave
/// them. Pictures and relationships go by extension; every other part is named.</summary>
internal static class ContentTypes
{
    public const string Document = "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml";
    public const string Styles = "application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml";
    public const string Numbering = "application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml";
    public const string FontTable = "application/vnd.openxmlformats-officedocument.wordprocessingml.fontTable+xml";
    public const string Settings = "application/vnd.openxmlformats-officedocument.wordprocessingml.settings+xml";
    public const string Footer = "application/vnd.openxmlformats-officedocument.wordprocessingml.footer+xml";
    public const string Footnotes = "application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml";
    public const string CoreProperties = "application/vnd.openxmlformats-package.core-properties+xml";

    /// <param name="pictureTypes">The extension and type of each kind of picture stored, each once.</param>
    /// <param name="parts">Each part's absolute name and its type.</param>
    public static byte[] Xml(IEnumerable<(string Extension, string Type)> pictureTypes, IEnumerable<(string Name, string Type)> parts)
    {
        var xml = new StringBuilder("""<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">""");
        xml.Append("""<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>""");
        foreach (var (extension, type) in pictureTypes) xml.Append($"""<Default Extension="{extension}" ContentType="{type}"/>""");
        foreach (var (name, type) in parts) xml.Append($"""<Override PartName="{name}" ContentType="{type}"/>""");
        return Encoding.UTF8.GetBytes(xml.Append("</Types>").ToString());
    }
}
