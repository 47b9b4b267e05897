using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using LocalOfferGen.ColourManagement;
using PdfSharp.Pdf;
using PdfSharp.Pdf.Advanced;
using PdfSharp.UniversalAccessibility;

namespace LocalOfferGen.Print.Pdf;

/// <summary>A PDF document set up to be accessible, print-ready and reproducible: tagged through PDFsharp's UAManager,
/// with its language, a title shown in the window title bar, all colour CMYK with a FOGRA39 output intent, XMP
/// metadata claiming PDF/UA-1 and PDF/X-4, and dates and document identifier fixed from the content so that the
/// same content gives the same bytes.</summary>
internal sealed class TaggedPdf
{
    private readonly DateTime _date;
    private readonly string _identity;
    private readonly CmykOutputProfile _profile;

    public TaggedPdf(string title, string subject, string author, string language, DateOnly contentDate, string identity, CmykOutputProfile profile)
    {
        Document = new PdfDocument();
        Document.Info.Title = title;
        Document.Info.Subject = subject;
        Document.Info.Author = author;
        Document.Info.Creator = "LocalOfferGen";
        _date = contentDate.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc);
        Document.Info.CreationDate = _date;
        Document.Info.ModificationDate = _date;
        Document.ViewerPreferences.DisplayDocTitle = true;
        Document.Options.CompressContentStreams = false;
        Document.Options.NoCompression = true;
        // Every colour PDFsharp writes is DeviceCMYK, and the page groups it adds are CMYK too (PDF/X-4 allows no RGB).
        Document.Options.ColorMode = PdfColorMode.Cmyk;
        _profile = profile;
        Ua = UAManager.ForDocument(Document);
        Ua.SetDocumentLanguage(language);
        _identity = identity;
    }

    public PdfDocument Document { get; }
    public UAManager Ua { get; }
    public StructureBuilder Tags => Ua.StructureBuilder;

    private readonly List<(string Title, int Level, PdfPage Page, double Top)> _headings = [];

    /// <summary>A heading (level 0 the title, 1 a section, 2 below it) where it is drawn: a bookmark on a document of more than 2 pages.</summary>
    public void Bookmark(string title, int level, PdfSharp.Drawing.XGraphics gfx, PdfSharp.Drawing.XPoint at) =>
        _headings.Add((title, level, Ua.CurrentPage, gfx.Transformer.WorldToDefaultPage(at).Y));

    /// <summary>A new page; every document adds its pages here, so the parent tree stays short (see <see cref="ParentTree"/>).</summary>
    public PdfPage AddPage()
    {
        ParentTree.Settle(Document, Ua.StructureTreeRoot);
        return Document.AddPage();
    }

    public byte[] Save()
    {
        ParentTree.Settle(Document, Ua.StructureTreeRoot, all: true);
        // A book writes its own nested bookmarks from its contents list; other documents get their headings'.
        if (Document.PageCount > BookmarkedFromPages - 1 && Document.Outlines.Count == 0) AddOutlines();
        // The trailer ID and the XMP document ID come from the document's identity, not a fresh GUID.
        var id = IdFor(_identity);
        Document.Internals.FirstDocumentID = id;
        Document.Internals.SecondDocumentID = id;
        Colour.ImageColours.ToCmyk(Document, _profile);
        PdfX4.Apply(Document, _profile.Bytes);
        using var stream = new MemoryStream();
        Document.Save(stream, closeStream: false);
        var pdf = stream.ToArray();
        FixSubsetTags(pdf, _identity);
        var xmp = Xmp(new Guid(MD5.HashData(Encoding.UTF8.GetBytes(_identity))));
        return PdfPostProcessing.ReplaceMetadata(ToUnicodeRepair.Repair(pdf), xmp);
    }

    /// <summary>Documents of this many pages or more get bookmarks (outlines) for their headings.</summary>
    public const int BookmarkedFromPages = 3;

    /// <summary>The headings as nested bookmarks, each opening its page at the heading; the viewer shows them on opening.</summary>
    private void AddOutlines()
    {
        var parents = new PdfSharp.Pdf.PdfOutline?[3];
        foreach (var (title, level, page, top) in _headings)
        {
            var parent = Enumerable.Range(0, level).Reverse().Select(l => parents[l]).FirstOrDefault(p => p is not null);
            var outline = (parent?.Outlines ?? Document.Outlines).Add(title, page, opened: true);
            outline.PageDestinationType = PdfSharp.Pdf.PdfPageDestinationType.Xyz;
            outline.Left = 0;
            outline.Top = top;
            parents[level] = outline;
            for (var l = level + 1; l < parents.Length; l++) parents[l] = null;
        }
        Document.PageMode = PdfPageMode.UseOutlines;
    }

    /// <summary>PDFsharp tags each embedded font subset with six random letters ("ABCDEF+Arial"). They are replaced,
    /// in place, with letters derived from the document's identity, so that rebuilding gives the same file. The tags
    /// are the starts of the names given for /FontName and /BaseFont, found by parsing the file's objects (never by
    /// searching its bytes, which a title could contain), and numbered in order of first appearance.</summary>
    internal static void FixSubsetTags(byte[] pdf, string identity)
    {
        var positions = PdfPostProcessing.NameValuePositions(pdf, SubsetTagKeys)
            .Where(at => at + 7 <= pdf.Length && pdf[at + 6] == '+' && IsTag(pdf.AsSpan(at, 6))).ToList();
        var tags = new List<string>();
        foreach (var at in positions)
        {
            var tag = Encoding.ASCII.GetString(pdf, at, 6);
            var number = tags.IndexOf(tag);
            if (number < 0) { number = tags.Count; tags.Add(tag); }
            var hash = SHA256.HashData(Encoding.UTF8.GetBytes($"{identity}#{number}"));
            for (var j = 0; j < 6; j++) pdf[at + j] = (byte)('A' + hash[j] % 26);
        }
    }

    private static readonly HashSet<string> SubsetTagKeys = new(StringComparer.Ordinal) { "FontName", "BaseFont" };

    private static bool IsTag(ReadOnlySpan<byte> letters)
    {
        foreach (var b in letters) if (b is < (byte)'A' or > (byte)'Z') return false;
        return true;
    }

    private static string IdFor(string identity)
    {
        var bytes = MD5.HashData(Encoding.UTF8.GetBytes(identity));
        return Encoding.Latin1.GetString(bytes);
    }

    /// <summary>XMP metadata with the title, language, fixed dates and ids, and the PDF/UA and PDF/X-4 identifiers
    /// (PDF/X-4 also wants the version and rendition class, and the producer and trapping as the document information has them).
    /// PDFsharp 6.2 writes its own XMP on saving, without the PDF/UA identifier and with random ids, so this replaces it.</summary>
    private string Xmp(Guid documentId)
    {
        var date = _date.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
        var info = Document.Info;
        return $"""
            <?xpacket begin="{'\uFEFF'}" id="W5M0MpCehiHzreSzNTczkc9d"?>
            <x:xmpmeta xmlns:x="adobe:ns:meta/">
              <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
                <rdf:Description rdf:about="" xmlns:pdfuaid="http://www.aiim.org/pdfua/ns/id/">
                  <pdfuaid:part>1</pdfuaid:part>
                </rdf:Description>
                <rdf:Description rdf:about="" xmlns:pdfxid="http://www.npes.org/pdfx/ns/id/">
                  <pdfxid:GTS_PDFXVersion>{PdfX4.Version}</pdfxid:GTS_PDFXVersion>
                </rdf:Description>
                <rdf:Description rdf:about="" xmlns:pdf="http://ns.adobe.com/pdf/1.3/">
                  <pdf:Producer>{Escape(info.Producer)}</pdf:Producer>
                  <pdf:Trapped>False</pdf:Trapped>
                </rdf:Description>
                <rdf:Description rdf:about="" xmlns:dc="http://purl.org/dc/elements/1.1/">
                  <dc:format>application/pdf</dc:format>
                  <dc:title><rdf:Alt><rdf:li xml:lang="x-default">{Escape(info.Title)}</rdf:li></rdf:Alt></dc:title>
                  <dc:description><rdf:Alt><rdf:li xml:lang="x-default">{Escape(info.Subject)}</rdf:li></rdf:Alt></dc:description>
                  <dc:creator><rdf:Seq><rdf:li>{Escape(info.Author)}</rdf:li></rdf:Seq></dc:creator>
                  <dc:language><rdf:Bag><rdf:li>{Escape(Document.Internals.Catalog.Language)}</rdf:li></rdf:Bag></dc:language>
                </rdf:Description>
                <rdf:Description rdf:about="" xmlns:xmp="http://ns.adobe.com/xap/1.0/">
                  <xmp:CreatorTool>{Escape(info.Creator)}</xmp:CreatorTool>
                  <xmp:CreateDate>{date}</xmp:CreateDate>
                  <xmp:ModifyDate>{date}</xmp:ModifyDate>
                  <xmp:MetadataDate>{date}</xmp:MetadataDate>
                </rdf:Description>
                <rdf:Description rdf:about="" xmlns:xmpMM="http://ns.adobe.com/xap/1.0/mm/">
                  <xmpMM:DocumentID>uuid:{documentId:D}</xmpMM:DocumentID>
                  <xmpMM:InstanceID>uuid:{documentId:D}</xmpMM:InstanceID>
                  <xmpMM:VersionID>1</xmpMM:VersionID>
                  <xmpMM:RenditionClass>default</xmpMM:RenditionClass>
                </rdf:Description>
              </rdf:RDF>
            </x:xmpmeta>
            <?xpacket end="w"?>
            """;
    }

    private static string Escape(string? text) => System.Security.SecurityElement.Escape(text ?? "");
}
