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
        var marker = "\nstream\n/CIDInit"u8;
        for (var from = 0; ;)
        {
            var found = pdf.AsSpan(from).IndexOf(marker);
            if (found < 0) break;
            var streamAt = from + found + "\nstream\n".Length;
            from = streamAt;
            var dictionary = pdf.AsSpan(0, streamAt).LastIndexOf("<</Length "u8);
            if (dictionary < 0) continue;
            var digits = dictionary + "<</Length ".Length;
            var length = 0;
            while (pdf[digits] is >= (byte)'0' and <= (byte)'9') length = length * 10 + (pdf[digits++] - '0');
            if (digits + 2 + "\nstream\n".Length != streamAt || pdf[digits] != '>') continue;
            var body = Encoding.ASCII.GetString(pdf, streamAt, length);
            if (!WideRange().IsMatch(body)) continue;
            var fixedBody = Fixed(body);
            var replacement = Encoding.ASCII.GetBytes($"<</Length {Encoding.ASCII.GetByteCount(fixedBody)}>>\nstream\n{fixedBody}");
            edits.Add((dictionary, streamAt + length, replacement));
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
