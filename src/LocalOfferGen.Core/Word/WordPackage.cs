using System.Globalization;
using System.Security;
using System.Text;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace LocalOfferGen.Word;

/// <summary>One .docx being built: the package, its body, and the parts the body needs (styles, list
/// numbering, footnotes, pictures, links, footer, core properties). Relationship ids are given explicitly
/// so the same content always gives the same bytes.</summary>
internal sealed class WordPackage : IDisposable
{
    private readonly MemoryStream _stream = new();
    private readonly WordprocessingDocument _document;
    private readonly DocumentInfo _info;
    private readonly Dictionary<(OpenXmlPart, string), string> _links = [];
    private readonly Dictionary<(OpenXmlPart, string), string> _pictures = [];
    private FootnotesPart? _footnotes;
    private int _relationships;
    private uint _drawings;
    private int _bookmarks;
    private int _bookmarkIds;
    private int _footnoteCount;

    public WordPackage(DocumentInfo info, Typography type)
    {
        _info = info;
        Type = type;
        _document = WordprocessingDocument.Create(_stream, DocumentFormat.OpenXml.WordprocessingDocumentType.Document);
        // Parts are stored, not compressed: StablePackage compresses every entry when it rewrites the zip, so
        // compressing here too only to decompress again cost a fifth of the format's time. The documents of the
        // whole site keep the compressed copy: the compressor's output for a part of megabytes depends on the
        // sizes of the pieces it is fed, which come from reading that copy back, and their bytes must not change.
        if (!info.WholeSite) _document.CompressionOption = System.IO.Packaging.CompressionOption.NotCompressed;
        // Parts get explicit relationship ids everywhere: the library's own are random.
        Main = _document.AddNewPart<MainDocumentPart>("application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml", "rIdDocument");
        Body = new Body();
        Main.Document = new Document(Body);
    }

    public Typography Type { get; }
    public MainDocumentPart Main { get; }
    public Body Body { get; }
    public ListNumbering Numbering { get; } = new();

    /// <summary>The relationship id of an external link from <paramref name="owner"/>, or null when the
    /// address is not one Word can open.</summary>
    public string? LinkId(OpenXmlPart owner, string url)
    {
        if (_links.TryGetValue((owner, url), out var id)) return id;
        if (!Uri.TryCreate(url, UriKind.Absolute, out var uri)) return null;
        id = NextRelationshipId();
        owner.AddHyperlinkRelationship(uri, true, id);
        return _links[(owner, url)] = id;
    }

    /// <summary>The relationship id of a picture from <paramref name="owner"/>; each file is stored once per part.</summary>
    public string PictureId(OpenXmlPart owner, PictureFile picture)
    {
        if (_pictures.TryGetValue((owner, picture.SitePath), out var id)) return id;
        id = NextRelationshipId();
        var type = picture.Kind switch
        {
            PictureKind.Png => ImagePartType.Png,
            PictureKind.Jpeg => ImagePartType.Jpeg,
            _ => ImagePartType.Gif,
        };
        var part = owner switch
        {
            MainDocumentPart main => main.AddImagePart(type, id),
            FootnotesPart notes => notes.AddImagePart(type, id),
            _ => throw new InvalidOperationException($"pictures cannot be placed in {owner.GetType().Name}"),
        };
        using (var data = new MemoryStream(picture.Bytes, writable: false)) part.FeedData(data);
        return _pictures[(owner, picture.SitePath)] = id;
    }

    /// <summary>Every heading written, in order, for the table of contents.</summary>
    public List<OutlineEntry> Outline { get; } = [];

    /// <summary>A heading paragraph in the real Heading 1 to 6 style, wrapped in a bookmark so the table of
    /// contents and links inside the document can point at it.</summary>
    public Paragraph Heading(int level, string plainText, IEnumerable<DocumentFormat.OpenXml.OpenXmlElement> content, string? bookmark = null, bool newPage = false)
    {
        level = Math.Clamp(level, 1, 6);
        bookmark ??= NextBookmark();
        var properties = new ParagraphProperties(new ParagraphStyleId { Val = $"Heading{level}" });
        if (newPage) properties.Append(new PageBreakBefore());
        var id = (++_bookmarkIds).ToString(CultureInfo.InvariantCulture);
        var paragraph = new Paragraph(properties, new BookmarkStart { Id = id, Name = bookmark });
        paragraph.Append(content);
        paragraph.Append(new BookmarkEnd { Id = id });
        Outline.Add(new OutlineEntry(level, plainText, bookmark));
        return paragraph;
    }

    public Paragraph Heading(int level, string text, bool newPage = false) =>
        Heading(level, text, [Paragraphs.Text(text)], newPage: newPage);

    /// <summary>A unique id for a drawing's properties (Word requires them unique in the document).</summary>
    public uint NextDrawingId() => ++_drawings;

    /// <summary>A unique bookmark name; names starting with an underscore are hidden from readers, as Word's own are.</summary>
    public string NextBookmark() => "_Toc" + (++_bookmarks).ToString("D6", CultureInfo.InvariantCulture);

    /// <summary>Starts a new footnote and returns it with its id and the part that owns its links and pictures.</summary>
    public (Footnote Note, long Id, FootnotesPart Part) NewFootnote()
    {
        if (_footnotes is null)
        {
            _footnotes = Main.AddNewPart<FootnotesPart>(NextRelationshipId());
            _footnotes.Footnotes = new Footnotes(
                new Footnote(new Paragraph(new ParagraphProperties(new SpacingBetweenLines { After = "0", Line = "240", LineRule = LineSpacingRuleValues.Auto }), new Run(new SeparatorMark())))
                    { Type = FootnoteEndnoteValues.Separator, Id = -1 },
                new Footnote(new Paragraph(new ParagraphProperties(new SpacingBetweenLines { After = "0", Line = "240", LineRule = LineSpacingRuleValues.Auto }), new Run(new ContinuationSeparatorMark())))
                    { Type = FootnoteEndnoteValues.ContinuationSeparator, Id = 0 });
        }
        var note = new Footnote { Id = ++_footnoteCount };
        _footnotes.Footnotes!.Append(note);
        return (note, _footnoteCount, _footnotes);
    }

    /// <summary>Adds the remaining parts, saves, and returns the bytes with fixed zip timestamps.</summary>
    public byte[] Finish()
    {
        Feed(Main.AddNewPart<StyleDefinitionsPart>(NextRelationshipId()), StyleSheet.Xml(Type, _info.Language));
        if (Numbering.Used) Feed(Main.AddNewPart<NumberingDefinitionsPart>(NextRelationshipId()), Numbering.Xml());
        Feed(Main.AddNewPart<DocumentSettingsPart>(NextRelationshipId()), SettingsXml());
        var footer = Main.AddNewPart<FooterPart>(NextRelationshipId());
        footer.Footer = PageFooter.Create(_info.FooterContact, twoLines: Type.Body > Typography.Standard.Body);
        Body.Append(PageLayout.Section(Main.GetIdOfPart(footer)));
        Feed(_document.AddNewPart<CoreFilePropertiesPart>("rIdCore"), CorePropertiesXml());
        _document.Dispose();
        return StablePackage.Rewrite(_stream.ToArray(), _info.Date);
    }

    public void Dispose()
    {
        _document.Dispose();
        _stream.Dispose();
    }

    private string NextRelationshipId() => "rId" + (++_relationships).ToString(CultureInfo.InvariantCulture);

    private string SettingsXml()
    {
        var lang = SecurityElement.Escape(_info.Language);
        // updateFields makes Word offer to refresh the table of contents (page numbers) when the document opens.
        var update = _info.HasContents ? """<w:updateFields w:val="true"/>""" : "";
        var notes = _footnotes is null ? "" : """<w:footnotePr><w:footnote w:id="-1"/><w:footnote w:id="0"/></w:footnotePr>""";
        return $"""
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
            <w:settings xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:zoom w:percent="100"/><w:defaultTabStop w:val="720"/><w:characterSpacingControl w:val="doNotCompress"/>{update}{notes}<w:compat><w:compatSetting w:name="compatibilityMode" w:uri="http://schemas.microsoft.com/office/word" w:val="15"/></w:compat><w:themeFontLang w:val="{lang}"/><w:decimalSymbol w:val="."/><w:listSeparator w:val=","/></w:settings>
            """;
    }

    private string CorePropertiesXml()
    {
        var stamp = _info.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) + "T00:00:00Z";
        static string E(string text) => SecurityElement.Escape(text);
        return $"""
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
            <cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"><dc:title>{E(_info.Title)}</dc:title><dc:subject>{E(_info.Subject)}</dc:subject><dc:creator>{E(_info.Author)}</dc:creator><cp:lastModifiedBy>{E(_info.Author)}</cp:lastModifiedBy><dc:language>{E(_info.Language)}</dc:language><dcterms:created xsi:type="dcterms:W3CDTF">{stamp}</dcterms:created><dcterms:modified xsi:type="dcterms:W3CDTF">{stamp}</dcterms:modified></cp:coreProperties>
            """;
    }

    private static void Feed(OpenXmlPart part, string xml)
    {
        using var data = new MemoryStream(new UTF8Encoding(false).GetBytes(xml));
        part.FeedData(data);
    }
}
