using System.Globalization;
using System.Security;
using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;

namespace LocalOfferGen.Word;

/// <summary>One .docx being built: its body, made of Open XML SDK elements, and the parts the body needs
/// (styles, list numbering, footnotes, pictures, links, footer, core properties). <see cref="Finish"/> writes
/// the package's zip directly, every part in a fixed order with the content date as its time, so the same
/// content always gives the same bytes.</summary>
internal sealed class WordPackage
{
    private const string DocumentPart = "/word/document.xml";
    private const string FootnotesPart = "/word/footnotes.xml";
    private const string FooterPart = "/word/footer1.xml";
    private const string RelationshipTypes = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/";

    private readonly DocumentInfo _info;
    private readonly Dictionary<string, Media> _media = new(StringComparer.Ordinal);
    private Footnotes? _footnotes;
    private PartRelationships? _footnoteRelationships;
    private int _relationships;
    private uint _drawings;
    private int _bookmarks;
    private int _bookmarkIds;
    private int _footnoteCount;

    public WordPackage(DocumentInfo info, Typography type)
    {
        _info = info;
        Type = type;
        // Parts get explicit relationship ids everywhere, counted in the order the content asks for them.
        Main = new PartRelationships(DocumentPart, NextRelationshipId);
    }

    public Typography Type { get; }

    /// <summary>The first page is a cover: it shows no footer (the page numbers still count it).</summary>
    public bool CoverWithoutFooter { get; init; }
    /// <summary>The relationships of the document body: links and pictures in the text, and the other parts.</summary>
    public PartRelationships Main { get; }
    public Body Body { get; } = new();
    public ListNumbering Numbering { get; } = new();

    /// <summary>The relationship id of an external link from <paramref name="owner"/>, or null when the
    /// address is not one Word can open.</summary>
    public string? LinkId(PartRelationships owner, string url) => owner.Link(url);

    /// <summary>The relationship ids of a picture from <paramref name="owner"/>: its PNG or JPEG, and its SVG (null
    /// for a raster picture). Each file is stored once in the package.</summary>
    public (string Id, string? SvgId) PictureIds(PartRelationships owner, WordPicture picture)
    {
        var fallback = Store(picture.Key, picture.Fallback.Extension[1..], picture.Fallback.MimeType, picture.Fallback.Bytes);
        var svg = picture.Svg is null ? null : Store(picture.SitePath + "|svg", "svg", SvgType, Encoding.UTF8.GetBytes(picture.Svg));
        return (owner.Picture(fallback), svg is null ? null : owner.Picture(svg));
    }

    /// <summary>Stores a picture file once under a name like the packaging library gave: /media/image.png, then
    /// image2, image3 ...; returns its part name.</summary>
    private string Store(string key, string extension, string type, byte[] bytes)
    {
        if (_media.TryGetValue(key, out var media)) return media.Name;
        var number = _media.Count == 0 ? "" : (_media.Count + 1).ToString(CultureInfo.InvariantCulture);
        _media[key] = media = new Media($"/media/image{number}.{extension}", extension, type, bytes);
        return media.Name;
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

    /// <summary>Starts a new footnote and returns it with its id and the relationships of the footnotes part,
    /// which own the links and pictures inside it.</summary>
    public (Footnote Note, long Id, PartRelationships Part) NewFootnote()
    {
        if (_footnotes is null)
        {
            Main.Add(RelationshipTypes + "footnotes", FootnotesPart);
            _footnoteRelationships = new PartRelationships(FootnotesPart, NextRelationshipId);
            _footnotes = new Footnotes(
                new Footnote(new Paragraph(new ParagraphProperties(new SpacingBetweenLines { After = "0", Line = "240", LineRule = LineSpacingRuleValues.Auto }), new Run(new SeparatorMark())))
                    { Type = FootnoteEndnoteValues.Separator, Id = -1 },
                new Footnote(new Paragraph(new ParagraphProperties(new SpacingBetweenLines { After = "0", Line = "240", LineRule = LineSpacingRuleValues.Auto }), new Run(new ContinuationSeparatorMark())))
                    { Type = FootnoteEndnoteValues.ContinuationSeparator, Id = 0 });
        }
        var note = new Footnote { Id = ++_footnoteCount };
        _footnotes.Append(note);
        return (note, _footnoteCount, _footnoteRelationships!);
    }

    /// <summary>Adds the remaining parts and writes the package. The bytes are the package stream's own
    /// buffer, handed over without a copy.</summary>
    public ArraySegment<byte> Finish()
    {
        var parts = new List<(string Name, string Type)> { (DocumentPart, ContentTypes.Document) };
        Main.Add(RelationshipTypes + "styles", "/word/styles.xml");
        parts.Add(("/word/styles.xml", ContentTypes.Styles));
        if (Numbering.Used)
        {
            Main.Add(RelationshipTypes + "numbering", "/word/numbering.xml");
            parts.Add(("/word/numbering.xml", ContentTypes.Numbering));
        }
        Main.Add(RelationshipTypes + "settings", "/word/settings.xml");
        parts.Add(("/word/settings.xml", ContentTypes.Settings));
        Main.Add(RelationshipTypes + "fontTable", "/word/fontTable.xml");
        parts.Add(("/word/fontTable.xml", ContentTypes.FontTable));
        var footerId = Main.Add(RelationshipTypes + "footer", FooterPart);
        parts.Add((FooterPart, ContentTypes.Footer));
        if (_footnotes is not null) parts.Add((FootnotesPart, ContentTypes.Footnotes));
        parts.Add(("/docProps/core.xml", ContentTypes.CoreProperties));
        Body.Append(PageLayout.Section(footerId, CoverWithoutFooter));

        // Room for the compressed text of a page and the pictures, which deflate hardly shrinks, so the
        // stream seldom has to grow (and copy itself) while it is written.
        var pictureBytes = _media.Values.Sum(m => m.Bytes.Length);
        using var package = new PackageArchive(_info.Date, (_info.WholeSite ? 1 << 20 : 1 << 15) + pictureBytes);
        // Entries in name order, [Content_Types].xml first, as the packages were always written.
        package.Add("[Content_Types].xml", ContentTypes.Xml(_media.Values.Select(m => (m.Extension, m.Type)).Distinct().Order(), parts));
        package.Add("_rels/.rels", SharedParts.PackageRelationships);
        package.Add("docProps/core.xml", Encoding.UTF8.GetBytes(CorePropertiesXml()));
        foreach (var media in _media.Values.OrderBy(m => m.Name, StringComparer.Ordinal)) package.Add(media.Name[1..], media.Bytes);
        package.AddXml(Main.EntryName, Main.WriteTo);
        if (_footnoteRelationships is { Any: true } noteLinks) package.AddXml(noteLinks.EntryName, noteLinks.WriteTo);
        package.AddXml(DocumentPart[1..], WithNamespaces(new Document(Body)));
        package.Add("word/fontTable.xml", FontTable.Xml);
        package.Add(FooterPart[1..], SharedParts.FooterXml(_info.FooterContact, twoLines: Type.Body > Typography.Standard.Body));
        if (_footnotes is not null) package.AddXml(FootnotesPart[1..], WithNamespaces(_footnotes));
        if (Numbering.Used) package.Add("word/numbering.xml", Numbering.Xml());
        package.Add("word/settings.xml", SharedParts.SettingsXml(_info.Language, _info.HasContents, _footnotes is not null));
        package.Add("word/styles.xml", SharedParts.StylesXml(Type, _info.Language));
        return package.Finish();
    }

    private string NextRelationshipId() => "rId" + (++_relationships).ToString(CultureInfo.InvariantCulture);

    private const string SvgType = "image/svg+xml";

    /// <summary>A picture file in the package: its part name, extension, content type and bytes.</summary>
    private sealed record Media(string Name, string Extension, string Type, byte[] Bytes);

    /// <summary>Declares the namespaces once on the part's root, so each link and picture does not repeat them;
    /// the drawing ones only when the document has pictures.</summary>
    private OpenXmlElement WithNamespaces(OpenXmlElement root)
    {
        root.AddNamespaceDeclaration("w", "http://schemas.openxmlformats.org/wordprocessingml/2006/main");
        root.AddNamespaceDeclaration("r", "http://schemas.openxmlformats.org/officeDocument/2006/relationships");
        if (_drawings == 0) return root;
        root.AddNamespaceDeclaration("wp", "http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing");
        root.AddNamespaceDeclaration("a", "http://schemas.openxmlformats.org/drawingml/2006/main");
        root.AddNamespaceDeclaration("pic", "http://schemas.openxmlformats.org/drawingml/2006/picture");
        return root;
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
}
