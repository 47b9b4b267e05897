using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using PdfSharp.Pdf;
using PdfSharp.Pdf.Advanced;
using PdfSharp.UniversalAccessibility;

namespace LocalOfferGen.Print.Pdf;

/// <summary>A PDF document set up to be accessible and reproducible: tagged through PDFsharp's UAManager,
/// with its language, a title shown in the window title bar, XMP metadata claiming PDF/UA-1, and dates and
/// document identifier fixed from the content so that the same content gives the same bytes.</summary>
internal sealed class TaggedPdf
{
    private readonly DateTime _date;
    private readonly string _identity;

    public TaggedPdf(string title, string subject, string author, string language, DateOnly contentDate, string identity)
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
        Ua = UAManager.ForDocument(Document);
        Ua.SetDocumentLanguage(language);
        _identity = identity;
    }

    public PdfDocument Document { get; }
    public UAManager Ua { get; }
    public StructureBuilder Tags => Ua.StructureBuilder;

    public byte[] Save()
    {
        // The trailer ID and the XMP document ID come from the document's identity, not a fresh GUID.
        var id = IdFor(_identity);
        Document.Internals.FirstDocumentID = id;
        Document.Internals.SecondDocumentID = id;
        using var stream = new MemoryStream();
        Document.Save(stream, closeStream: false);
        var pdf = stream.GetBuffer().AsSpan(0, (int)stream.Length);
        FixSubsetTags(pdf, _identity);
        var xmp = Xmp(new Guid(MD5.HashData(Encoding.UTF8.GetBytes(_identity))));
        return PdfPostProcessing.ReplaceMetadata(ToUnicodeRepair.Repair(pdf.ToArray()), xmp);
    }

    /// <summary>PDFsharp tags each embedded font subset with six random letters ("ABCDEF+Arial"). They are replaced,
    /// in place, with letters derived from the document's identity, so that rebuilding gives the same file. Each tag
    /// is the one after a /FontName/ or /BaseFont/, numbered in order of first appearance; every "TAG+" is replaced.</summary>
    internal static void FixSubsetTags(Span<byte> pdf, string identity)
    {
        var tags = new List<byte[]>();
        foreach (var at in TagPositions(pdf))
        {
            var tag = pdf.Slice(at, 7).ToArray();
            if (!tags.Exists(t => t.AsSpan().SequenceEqual(tag))) tags.Add(tag);
        }
        Span<byte> letters = stackalloc byte[7];
        for (var i = 0; i < tags.Count; i++)
        {
            var hash = SHA256.HashData(Encoding.UTF8.GetBytes($"{identity}#{i}"));
            for (var j = 0; j < 6; j++) letters[j] = (byte)('A' + hash[j] % 26);
            letters[6] = (byte)'+';
            for (var from = 0; ;)
            {
                var found = pdf[from..].IndexOf(tags[i]);
                if (found < 0) break;
                letters.CopyTo(pdf[(from + found)..]);
                from += found + 7;
            }
        }
    }

    /// <summary>Where each "ABCDEF+" after a /FontName/ or /BaseFont/ starts, in file order.</summary>
    private static List<int> TagPositions(ReadOnlySpan<byte> pdf)
    {
        var positions = new List<int>();
        foreach (var key in (string[])["/FontName/", "/BaseFont/"])
        {
            var bytes = Encoding.ASCII.GetBytes(key);
            for (var from = 0; ;)
            {
                var found = pdf[from..].IndexOf(bytes);
                if (found < 0) break;
                var at = from + found + bytes.Length;
                if (at + 7 <= pdf.Length && pdf[at + 6] == '+' && IsTag(pdf.Slice(at, 6))) positions.Add(at);
                from = at;
            }
        }
        positions.Sort();
        return positions;
    }

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

    /// <summary>XMP metadata with the title, language, fixed dates and ids, and the PDF/UA identifier.
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
                </rdf:Description>
              </rdf:RDF>
            </x:xmpmeta>
            <?xpacket end="w"?>
            """;
    }

    private static string Escape(string? text) => System.Security.SecurityElement.Escape(text ?? "");
}
