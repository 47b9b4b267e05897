using System.Collections.Concurrent;
using System.Security;
using System.Text;
using System.Xml;

namespace LocalOfferGen.Word;

/// <summary>The parts many documents share byte for byte: the styles of each type size and language, the
/// settings, and the package's own relationships. Each is made once per build and reused as bytes.</summary>
internal static class SharedParts
{
    private static readonly ConcurrentDictionary<(Typography, string), byte[]> Styles = new();
    private static readonly ConcurrentDictionary<(string, bool, bool), byte[]> Settings = new();
    private static readonly ConcurrentDictionary<(string, bool), byte[]> Footers = new();

    /// <summary>The package's relationships: the document body and the core properties, with fixed ids.</summary>
    public static readonly byte[] PackageRelationships = Encoding.UTF8.GetBytes(
        """<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rIdDocument" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="/word/document.xml"/><Relationship Id="rIdCore" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="/docProps/core.xml"/></Relationships>""");

    public static byte[] StylesXml(Typography type, string language) =>
        Styles.GetOrAdd((type, language), key => Encoding.UTF8.GetBytes(StyleSheet.Xml(key.Item1, key.Item2)));

    /// <param name="hasContents">Word should refresh the table of contents when the document opens.</param>
    /// <param name="hasFootnotes">The document has footnotes, whose separators the settings must name.</param>
    public static byte[] SettingsXml(string language, bool hasContents, bool hasFootnotes) =>
        Settings.GetOrAdd((language, hasContents, hasFootnotes), key => Encoding.UTF8.GetBytes(MakeSettings(key.Item1, key.Item2, key.Item3)));

    /// <summary>The footer (word/footer1.xml), the same on every document of one type size.</summary>
    public static byte[] FooterXml(string contact, bool twoLines) =>
        Footers.GetOrAdd((contact, twoLines), key =>
        {
            using var bytes = new MemoryStream();
            using (var xml = XmlWriter.Create(bytes, PackageArchive.XmlSettings))
            {
                xml.WriteStartDocument(standalone: true);
                PageFooter.Create(key.Item1, key.Item2).WriteTo(xml);
            }
            return bytes.ToArray();
        });

    private static string MakeSettings(string language, bool hasContents, bool hasFootnotes)
    {
        var lang = SecurityElement.Escape(language);
        // updateFields makes Word offer to refresh the table of contents (page numbers) when the document opens.
        var update = hasContents ? """<w:updateFields w:val="true"/>""" : "";
        var notes = hasFootnotes ? """<w:footnotePr><w:footnote w:id="-1"/><w:footnote w:id="0"/></w:footnotePr>""" : "";
        return $"""
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
            <w:settings xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:zoom w:percent="100"/><w:defaultTabStop w:val="720"/><w:characterSpacingControl w:val="doNotCompress"/>{update}{notes}<w:compat><w:compatSetting w:name="compatibilityMode" w:uri="http://schemas.microsoft.com/office/word" w:val="15"/></w:compat><w:themeFontLang w:val="{lang}"/><w:decimalSymbol w:val="."/><w:listSeparator w:val=","/></w:settings>
            """;
    }
}
