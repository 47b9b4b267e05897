using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace LocalOfferGen.Print.Pdf;

/// <summary>PDFsharp writes a character beyond the Basic Multilingual Plane (an emoji, U+1F600) into a font's
/// ToUnicode map as five hex digits, &lt;1F600&gt;, which readers take as U+1F60, so copying the text or reading it
/// aloud gives the wrong character. The PDF standard wants UTF-16 there: &lt;D83DDE00&gt;. This rewrites those
/// entries in the saved (uncompressed) file, fixing each stream's length and the cross-reference offsets.</summary>
internal static partial class ToUnicodeRepair
{
    [GeneratedRegex(@"^<([0-9A-F]{4})><([0-9A-F]{4})><([0-9A-F]{5,6})>$", RegexOptions.Multiline)]
    private static partial Regex WideRange();

    [GeneratedRegex(@"^(\d+) beginbfrange$", RegexOptions.Multiline)]
    private static partial Regex RangeCount();

    public static byte[] Repair(byte[] pdf)
    {
        var edits = new List<(int Start, int End, byte[] With)>();
        // The font maps are found through the file's cross-reference table, never by searching its bytes.
        foreach (var stream in PdfPostProcessing.StreamObjects(pdf))
        {
            if (stream.Dictionary.Count != 1 || stream.Dictionary.GetValueOrDefault("Length") is not long) continue;
            if (!pdf.AsSpan(stream.DataStart, stream.Length).StartsWith("/CIDInit"u8)) continue;
            var body = Encoding.ASCII.GetString(pdf, stream.DataStart, stream.Length);
            if (!WideRange().IsMatch(body)) continue;
            var fixedBody = Fixed(body);
            var replacement = Encoding.ASCII.GetBytes(string.Create(CultureInfo.InvariantCulture,
                $"{stream.Number} 0 obj\n<</Length {Encoding.ASCII.GetByteCount(fixedBody)}>>\nstream\n{fixedBody}\nendstream\nendobj\n"));
            edits.Add((stream.Start, stream.End, replacement));
        }
        return edits.Count == 0 ? pdf : PdfPostProcessing.Apply(pdf, edits);
    }

    /// <summary>Each wide range becomes one range per glyph with its UTF-16 code, and the counts are brought up to date.</summary>
    private static string Fixed(string cmap)
    {
        var blocks = cmap.Split("endbfrange");
        for (var b = 0; b < blocks.Length - 1; b++)
        {
            var extra = 0;
            blocks[b] = WideRange().Replace(blocks[b], m =>
            {
                var first = int.Parse(m.Groups[1].Value, NumberStyles.HexNumber, CultureInfo.InvariantCulture);
                var last = int.Parse(m.Groups[2].Value, NumberStyles.HexNumber, CultureInfo.InvariantCulture);
                var code = int.Parse(m.Groups[3].Value, NumberStyles.HexNumber, CultureInfo.InvariantCulture);
                extra += last - first;
                return string.Join("\n", Enumerable.Range(0, last - first + 1).Select(i =>
                    string.Create(CultureInfo.InvariantCulture, $"<{first + i:X4}><{first + i:X4}><{Utf16(code + i)}>")));
            });
            var added = extra;
            blocks[b] = RangeCount().Replace(blocks[b], m =>
                string.Create(CultureInfo.InvariantCulture, $"{int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture) + added} beginbfrange"));
        }
        return string.Join("endbfrange", blocks);
    }

    private static string Utf16(int codePoint) =>
        string.Concat(new Rune(codePoint).ToString().Select(c => ((int)c).ToString("X4", CultureInfo.InvariantCulture)));
}
