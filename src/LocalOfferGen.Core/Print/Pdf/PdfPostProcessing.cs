using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace LocalOfferGen.Print.Pdf;

/// <summary>Replaces the metadata stream of a PDF that PDFsharp saved uncompressed with a classic
/// cross-reference table, moving the offsets of every object after it so the file stays valid.</summary>
internal static class PdfPostProcessing
{
    public static byte[] ReplaceMetadata(byte[] pdf, string xmp)
    {
        var text = Encoding.Latin1.GetString(pdf);
        var reference = Regex.Match(text, @"/Type/Catalog[^>]*?/Metadata (\d+) 0 R");
        if (!reference.Success) throw new InvalidOperationException("the PDF has no metadata stream to replace");
        var number = reference.Groups[1].Value;
        var start = text.IndexOf($"\n{number} 0 obj", StringComparison.Ordinal) + 1;
        var end = text.IndexOf("endobj\n", start, StringComparison.Ordinal) + "endobj\n".Length;
        if (start <= 0 || end < start) throw new InvalidOperationException("cannot find the metadata object");
        var body = Encoding.Latin1.GetString(Encoding.UTF8.GetBytes(xmp));
        var replacement = $"{number} 0 obj\n<</Type/Metadata/Subtype/XML/Length {body.Length}>>\nstream\n{body}\nendstream\nendobj\n";
        var delta = replacement.Length - (end - start);
        text = text[..start] + replacement + text[end..];

        // Found after the replacement, so this is already the table's new position.
        var xref = text.LastIndexOf("\nxref\n", StringComparison.Ordinal) + 1;
        var header = Regex.Match(text[(xref + 5)..], @"^(\d+) (\d+)\n");
        var count = int.Parse(header.Groups[2].Value, CultureInfo.InvariantCulture);
        var entries = new StringBuilder();
        var first = xref + 5 + header.Length;
        for (var i = 0; i < count; i++)
        {
            var entry = text.Substring(first + i * 20, 20);
            var offset = long.Parse(entry[..10], CultureInfo.InvariantCulture);
            if (entry[17] == 'n' && offset > start) offset += delta;
            entries.Append(offset.ToString("D10", CultureInfo.InvariantCulture)).Append(entry[10..]);
        }
        text = text[..first] + entries + text[(first + count * 20)..];
        var startXref = Regex.Match(text, @"startxref\s+(\d+)", RegexOptions.RightToLeft);
        var newXref = xref.ToString(CultureInfo.InvariantCulture);
        text = text[..startXref.Groups[1].Index] + newXref + text[(startXref.Groups[1].Index + startXref.Groups[1].Length)..];
        return Encoding.Latin1.GetBytes(text);
    }
}
