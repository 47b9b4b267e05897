using System.Buffers;
using System.Buffers.Text;
using System.Globalization;
using System.Text;

namespace LocalOfferGen.Print.Pdf;

/// <summary>Replaces the metadata stream of a PDF that PDFsharp saved uncompressed with a classic
/// cross-reference table, moving the offsets of every object after it so the file stays valid.
/// Works on the bytes themselves: the PDF as a string was several large objects per document, and
/// the collector went to generation 2 for almost every one.</summary>
internal static class PdfPostProcessing
{
    public static byte[] ReplaceMetadata(ReadOnlySpan<byte> pdf, string xmp)
    {
        var number = MetadataObjectNumber(pdf) ?? throw new InvalidOperationException("the PDF has no metadata stream to replace");
        var start = pdf.IndexOf(Encoding.ASCII.GetBytes($"\n{number} 0 obj")) + 1;
        var endobj = start <= 0 ? -1 : pdf[start..].IndexOf("endobj\n"u8);
        var end = endobj < 0 ? -1 : start + endobj + "endobj\n".Length;
        if (start <= 0 || end < start) throw new InvalidOperationException("cannot find the metadata object");
        var body = Encoding.UTF8.GetBytes(xmp);
        var head = Encoding.ASCII.GetBytes($"{number} 0 obj\n<</Type/Metadata/Subtype/XML/Length {body.Length}>>\nstream\n");
        var tail = "\nendstream\nendobj\n"u8;
        var replacement = head.Length + body.Length + tail.Length;
        var delta = replacement - (end - start);

        var text = new byte[pdf.Length + delta];
        pdf[..start].CopyTo(text);
        head.CopyTo(text.AsSpan(start));
        body.CopyTo(text.AsSpan(start + head.Length));
        tail.CopyTo(text.AsSpan(start + head.Length + body.Length));
        pdf[end..].CopyTo(text.AsSpan(start + replacement));

        // Found after the replacement, so this is already the table's new position.
        var xref = text.AsSpan().LastIndexOf("\nxref\n"u8) + 1;
        var at = xref + 5;
        if (!Digits(text, ref at, out _) || text[at++] != ' ' || !Digits(text, ref at, out var count) || text[at++] != '\n')
            throw new InvalidOperationException("cannot read the cross-reference table");
        for (var i = 0; i < count; i++)
        {
            var entry = text.AsSpan(at + i * 20, 20);
            var digits = 0;
            if (!Digits(entry, ref digits, out var offset) || digits != 10) throw new InvalidOperationException("cannot read a cross-reference entry");
            if (entry[17] != 'n' || offset <= start) continue;
            if (!Utf8Formatter.TryFormat(offset + delta, entry[..10], out var written, new StandardFormat('D', 10)) || written != 10)
                throw new InvalidOperationException("a cross-reference offset does not fit in ten digits");
        }
        return WithStartXref(text, xref);
    }

    /// <summary>Replaces byte ranges (in file order, not overlapping) and moves the cross-reference offsets of
    /// every object after each one, so the file stays valid.</summary>
    public static byte[] Apply(byte[] pdf, IReadOnlyList<(int Start, int End, byte[] With)> edits)
    {
        var result = new MemoryStream(pdf.Length + edits.Sum(e => e.With.Length - (e.End - e.Start)));
        var at = 0;
        foreach (var (start, end, with) in edits)
        {
            result.Write(pdf, at, start - at);
            result.Write(with);
            at = end;
        }
        result.Write(pdf, at, pdf.Length - at);
        var text = result.ToArray();

        long Moved(long offset) => offset + edits.Where(e => e.Start < offset).Sum(e => (long)e.With.Length - (e.End - e.Start));
        var xref = text.AsSpan().LastIndexOf("\nxref\n"u8) + 1;
        var entry0 = xref + 5;
        if (!Digits(text, ref entry0, out _) || text[entry0++] != ' ' || !Digits(text, ref entry0, out var count) || text[entry0++] != '\n')
            throw new InvalidOperationException("cannot read the cross-reference table");
        for (var i = 0; i < count; i++)
        {
            var entry = text.AsSpan(entry0 + i * 20, 20);
            var digits = 0;
            if (!Digits(entry, ref digits, out var offset) || digits != 10) throw new InvalidOperationException("cannot read a cross-reference entry");
            if (entry[17] != 'n') continue;
            if (!Utf8Formatter.TryFormat(Moved(offset), entry[..10], out var written, new StandardFormat('D', 10)) || written != 10)
                throw new InvalidOperationException("a cross-reference offset does not fit in ten digits");
        }
        return WithStartXref(text, xref);
    }

    /// <summary>N of "/Metadata N 0 R" in the catalog: the first after "/Type/Catalog" with no '>' between.</summary>
    private static long? MetadataObjectNumber(ReadOnlySpan<byte> pdf)
    {
        for (var from = 0; ;)
        {
            var catalog = pdf[from..].IndexOf("/Type/Catalog"u8);
            if (catalog < 0) return null;
            catalog += from;
            for (var k = catalog + "/Type/Catalog".Length; k < pdf.Length && pdf[k] != '>'; k++)
            {
                if (!pdf[k..].StartsWith("/Metadata "u8)) continue;
                var at = k + "/Metadata ".Length;
                if (Digits(pdf, ref at, out var number) && pdf[at..].StartsWith(" 0 R"u8)) return number;
            }
            from = catalog + 1;
        }
    }

    /// <summary>Puts the table's position after the last "startxref".</summary>
    private static byte[] WithStartXref(byte[] text, int xref)
    {
        var keyword = text.AsSpan().LastIndexOf("startxref"u8);
        var from = keyword + "startxref".Length;
        var at = from;
        while (at < text.Length && IsWhiteSpace(text[at])) at++;
        var digitsAt = at;
        if (keyword < 0 || at == from || !Digits(text, ref at, out _)) throw new InvalidOperationException("the PDF has no startxref");
        var position = Encoding.ASCII.GetBytes(xref.ToString(CultureInfo.InvariantCulture));
        if (position.Length == at - digitsAt)
        {
            position.CopyTo(text.AsSpan(digitsAt));
            return text;
        }
        var result = new byte[text.Length - (at - digitsAt) + position.Length];
        text.AsSpan(0, digitsAt).CopyTo(result);
        position.CopyTo(result.AsSpan(digitsAt));
        text.AsSpan(at).CopyTo(result.AsSpan(digitsAt + position.Length));
        return result;
    }

    private static bool Digits(ReadOnlySpan<byte> text, ref int at, out long value)
    {
        var start = at;
        value = 0;
        while (at < text.Length && text[at] is >= (byte)'0' and <= (byte)'9') value = value * 10 + (text[at++] - '0');
        return at > start;
    }

    private static bool IsWhiteSpace(byte b) => char.IsWhiteSpace((char)b);
}
