using System.Globalization;
using System.Text;

namespace LocalOfferGen.Print.Pdf;

/// <summary>Replaces the XMP metadata stream of a PDF that PDFsharp saved uncompressed with a classic
/// cross-reference table. PDFsharp 6.2 writes its own metadata when it saves (with random ids and no PDF/UA
/// identifier) and offers no way to set it before, so the saved file is read the way a PDF reader reads it:
/// <c>startxref</c> → the cross-reference table → the trailer's <c>/Root</c> → the catalog's <c>/Metadata</c>
/// reference → that object, whose stream is skipped by its <c>/Length</c>. Nothing is found by searching the
/// bytes, so no text in the content (a title holding "/Type/Catalog /Metadata 1 0 R") can be mistaken for
/// structure. The object is replaced, and every offset after it moves by the difference.</summary>
internal static class PdfPostProcessing
{
    public static byte[] ReplaceMetadata(ReadOnlySpan<byte> saved, string xmp)
    {
        var pdf = saved.ToArray();
        var syntax = new PdfSyntax(pdf);
        var startxrefNumber = StartXrefNumber(pdf);
        syntax.Position = startxrefNumber;
        var xrefOffset = (int)syntax.ReadInteger();
        var table = CrossReferenceTable.Read(syntax, xrefOffset);

        if (table.Trailer.GetValueOrDefault("Root") is not PdfSyntax.Reference root) throw new InvalidOperationException("the PDF's trailer has no /Root");
        syntax.Position = table.OffsetOf(root.Number);
        syntax.ExpectObjectHeader(root.Number);
        var catalog = syntax.ReadDictionary();
        if (catalog.GetValueOrDefault("Metadata") is not PdfSyntax.Reference metadata) throw new InvalidOperationException("the PDF's catalog has no /Metadata");

        var start = table.OffsetOf(metadata.Number);
        var end = EndOfStreamObject(syntax, table, metadata.Number, start);
        var body = Encoding.UTF8.GetBytes(xmp);
        var head = Encoding.ASCII.GetBytes($"{metadata.Number} {metadata.Generation} obj\n<</Type/Metadata/Subtype/XML/Length {body.Length}>>\nstream\n");
        var tail = "\nendstream\nendobj\n"u8;
        var replacementLength = head.Length + body.Length + tail.Length;
        var delta = replacementLength - (end - start);

        var result = new byte[pdf.Length + delta];
        pdf.AsSpan(0, start).CopyTo(result);
        head.CopyTo(result.AsSpan(start));
        body.CopyTo(result.AsSpan(start + head.Length));
        tail.CopyTo(result.AsSpan(start + head.Length + body.Length));
        pdf.AsSpan(end).CopyTo(result.AsSpan(start + replacementLength));

        int Moved(int offset) => offset > start ? offset + delta : offset;
        foreach (var entry in table.Entries.Where(e => e.InUse && e.Offset > start))
        {
            var digits = Encoding.ASCII.GetBytes((entry.Offset + delta).ToString("D10", CultureInfo.InvariantCulture));
            if (digits.Length != 10) throw new InvalidOperationException("a cross-reference offset does not fit in ten digits");
            digits.CopyTo(result.AsSpan(Moved(entry.EntryPosition)));
        }
        return WithStartXref(result, Moved(startxrefNumber), Moved(xrefOffset));
    }

    /// <summary>A stream object of the file, found through the cross-reference table: where the object starts and
    /// ends (after <c>endobj</c>), its dictionary, and where its data starts and how long it is.</summary>
    public sealed record StreamObject(long Number, long Generation, int Start, int End, Dictionary<string, object?> Dictionary, int DataStart, int Length);

    /// <summary>Where the value of each name given for one of <paramref name="keys"/> starts (after its slash), in
    /// every dictionary of every object the cross-reference table lists, in file order.</summary>
    public static List<int> NameValuePositions(byte[] pdf, IReadOnlySet<string> keys)
    {
        var syntax = new PdfSyntax(pdf);
        syntax.Position = StartXrefNumber(pdf);
        var table = CrossReferenceTable.Read(syntax, (int)syntax.ReadInteger());
        var positions = new List<int>();
        syntax.DictionaryValue = (key, at) => { if (keys.Contains(key) && at < pdf.Length && pdf[at] == '/') positions.Add(at + 1); };
        foreach (var entry in table.Entries.Where(e => e.InUse && e.Number > 0).OrderBy(e => e.Offset))
        {
            syntax.Position = entry.Offset;
            syntax.ExpectObjectHeader(entry.Number);
            syntax.ReadObject();
        }
        positions.Sort();
        return positions;
    }

    /// <summary>Every stream object the cross-reference table lists, in file order.</summary>
    public static IReadOnlyList<StreamObject> StreamObjects(byte[] pdf)
    {
        var syntax = new PdfSyntax(pdf);
        syntax.Position = StartXrefNumber(pdf);
        var table = CrossReferenceTable.Read(syntax, (int)syntax.ReadInteger());
        var streams = new List<StreamObject>();
        foreach (var entry in table.Entries.Where(e => e.InUse && e.Number > 0).OrderBy(e => e.Offset))
        {
            syntax.Position = entry.Offset;
            syntax.ExpectObjectHeader(entry.Number);
            if (syntax.ReadObject() is not Dictionary<string, object?> dictionary) continue;
            syntax.SkipWhiteSpace();
            if (!pdf.AsSpan(syntax.Position).StartsWith("stream"u8)) continue;
            var (data, length, end) = StreamExtent(syntax, table, entry.Number, entry.Offset);
            streams.Add(new StreamObject(entry.Number, 0, entry.Offset, end, dictionary, data, length));
        }
        return streams;
    }

    /// <summary>Replaces whole objects (given by their start and end, in file order, not overlapping) and moves the
    /// cross-reference offsets of every object after each one, so the file stays valid.</summary>
    public static byte[] Apply(byte[] pdf, IReadOnlyList<(int Start, int End, byte[] With)> edits)
    {
        var syntax = new PdfSyntax(pdf);
        var startxrefNumber = StartXrefNumber(pdf);
        syntax.Position = startxrefNumber;
        var xrefOffset = (int)syntax.ReadInteger();
        var table = CrossReferenceTable.Read(syntax, xrefOffset);

        var result = new MemoryStream(pdf.Length + edits.Sum(e => e.With.Length - (e.End - e.Start)));
        var at = 0;
        foreach (var (start, end, with) in edits)
        {
            result.Write(pdf, at, start - at);
            result.Write(with);
            at = end;
        }
        result.Write(pdf, at, pdf.Length - at);
        var bytes = result.ToArray();

        int Moved(int offset) => offset + edits.Where(e => e.Start < offset).Sum(e => e.With.Length - (e.End - e.Start));
        foreach (var entry in table.Entries.Where(e => e.InUse))
        {
            var digits = Encoding.ASCII.GetBytes(Moved(entry.Offset).ToString("D10", CultureInfo.InvariantCulture));
            if (digits.Length != 10) throw new InvalidOperationException("a cross-reference offset does not fit in ten digits");
            digits.CopyTo(bytes.AsSpan(Moved(entry.EntryPosition)));
        }
        return WithStartXref(bytes, Moved(startxrefNumber), Moved(xrefOffset));
    }

    /// <summary>Where the number after the file's last <c>startxref</c> begins. The keyword is the file's last
    /// structure (only <c>%%EOF</c> follows it), so it is found in the file's last 1,024 bytes, as readers do,
    /// after every object and string that content could have filled.</summary>
    private static int StartXrefNumber(byte[] pdf)
    {
        var tailStart = Math.Max(0, pdf.Length - 1024);
        var keyword = pdf.AsSpan(tailStart).LastIndexOf("startxref"u8);
        if (keyword < 0) throw new InvalidOperationException("the PDF has no startxref");
        return tailStart + keyword + "startxref".Length;
    }

    /// <summary>The end (after <c>endobj</c> and its line end) of a stream object that starts at <paramref name="start"/>.</summary>
    private static int EndOfStreamObject(PdfSyntax syntax, CrossReferenceTable table, long number, int start) =>
        StreamExtent(syntax, table, number, start).End;

    /// <summary>Where a stream object's data starts, its length, and where the object ends (after <c>endobj</c> and its line end).</summary>
    private static (int Data, int Length, int End) StreamExtent(PdfSyntax syntax, CrossReferenceTable table, long number, int start)
    {
        syntax.Position = start;
        syntax.ExpectObjectHeader(number);
        var dictionary = syntax.ReadDictionary();
        var length = dictionary.GetValueOrDefault("Length") switch
        {
            long direct => direct,
            PdfSyntax.Reference indirect => IndirectInteger(syntax, table, indirect),
            _ => throw new InvalidOperationException($"stream object {number} has no /Length"),
        };
        var afterDictionary = syntax.Position;
        syntax.Expect("stream");
        var data = syntax.Position;
        var bytes = syntax.Bytes;
        if (data < bytes.Length && bytes[data] == '\r') data++;
        if (data < bytes.Length && bytes[data] == '\n') data++;
        syntax.Position = checked(data + (int)length);
        syntax.Expect("endstream");
        syntax.Expect("endobj");
        var end = syntax.Position;
        if (end < bytes.Length && bytes[end] == '\r') end++;
        if (end < bytes.Length && bytes[end] == '\n') end++;
        return end > afterDictionary ? (data, (int)length, end) : throw new InvalidOperationException("a stream object is malformed");
    }

    private static long IndirectInteger(PdfSyntax syntax, CrossReferenceTable table, PdfSyntax.Reference reference)
    {
        var back = syntax.Position;
        syntax.Position = table.OffsetOf(reference.Number);
        syntax.ExpectObjectHeader(reference.Number);
        var value = syntax.ReadObject() is long number ? number : throw new InvalidOperationException("a stream /Length is not a number");
        syntax.Position = back;
        return value;
    }

    /// <summary>Writes the table's new position after <c>startxref</c>, at the number's own position.</summary>
    private static byte[] WithStartXref(byte[] pdf, int numberAt, int xref)
    {
        var at = numberAt;
        while (at < pdf.Length && PdfSyntax.IsWhiteSpace(pdf[at])) at++;
        var digitsAt = at;
        while (at < pdf.Length && pdf[at] is >= (byte)'0' and <= (byte)'9') at++;
        var position = Encoding.ASCII.GetBytes(xref.ToString(CultureInfo.InvariantCulture));
        if (position.Length == at - digitsAt)
        {
            position.CopyTo(pdf.AsSpan(digitsAt));
            return pdf;
        }
        var result = new byte[pdf.Length - (at - digitsAt) + position.Length];
        pdf.AsSpan(0, digitsAt).CopyTo(result);
        position.CopyTo(result.AsSpan(digitsAt));
        pdf.AsSpan(at).CopyTo(result.AsSpan(digitsAt + position.Length));
        return result;
    }
}

/// <summary>A classic cross-reference table (<c>xref</c>, subsections of 20-byte entries, <c>trailer</c>).</summary>
internal sealed class CrossReferenceTable
{
    public sealed record Entry(long Number, int Offset, bool InUse, int EntryPosition);

    private readonly Dictionary<long, Entry> _byNumber = [];

    public List<Entry> Entries { get; } = [];
    public Dictionary<string, object?> Trailer { get; private set; } = [];

    public int OffsetOf(long number) =>
        _byNumber.TryGetValue(number, out var entry) && entry.InUse ? entry.Offset : throw new InvalidOperationException($"object {number} is not in the cross-reference table");

    public static CrossReferenceTable Read(PdfSyntax syntax, int offset)
    {
        var table = new CrossReferenceTable();
        syntax.Position = offset;
        syntax.Expect("xref");
        var bytes = syntax.Bytes;
        while (true)
        {
            syntax.SkipWhiteSpace();
            if (syntax.Position >= bytes.Length || bytes[syntax.Position] is < (byte)'0' or > (byte)'9') break;
            var first = syntax.ReadInteger();
            var count = syntax.ReadInteger();
            syntax.SkipWhiteSpace();
            for (var i = 0; i < count; i++)
            {
                var at = syntax.Position;
                if (at + 20 > bytes.Length) throw new InvalidOperationException("the cross-reference table is cut short");
                var entryOffset = int.Parse(Encoding.ASCII.GetString(bytes, at, 10), CultureInfo.InvariantCulture);
                var entry = new Entry(first + i, entryOffset, bytes[at + 17] == 'n', at);
                table.Entries.Add(entry);
                table._byNumber[entry.Number] = entry;
                syntax.Position = at + 20;
            }
        }
        syntax.Expect("trailer");
        table.Trailer = syntax.ReadDictionary();
        return table;
    }
}
