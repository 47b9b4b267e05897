using System.Text;

namespace LocalOfferGen.Diagnostics;

/// <summary>Makes text quoted from content safe to print on one line of a log: every control character
/// (C0, DEL, C1), line and paragraph separator and bidirectional override is shown as an escape such as
/// <c>\n</c> or <c>\u202E</c>. A diagnostic therefore stays on its own line, so no value in the content can
/// start a GitHub Actions workflow command (<c>::add-mask::</c>, <c>::error</c>) or recolour a terminal.</summary>
public static class LogText
{
    public static string Escape(string text)
    {
        var first = text.AsSpan().IndexOfAnyInRange('\0', '\u001F');
        if (first < 0 && !text.AsSpan().ContainsAny(Unsafe)) return text;
        var escaped = new StringBuilder(text.Length + 8);
        foreach (var c in text)
        {
            if (!MustEscape(c)) { escaped.Append(c); continue; }
            escaped.Append(c switch
            {
                '\n' => "\\n",
                '\r' => "\\r",
                '\t' => "\\t",
                _ => $"\\u{(int)c:X4}",
            });
        }
        return escaped.ToString();
    }

    /// <summary>DEL, C1 controls (U+0085 is a line end to some tools), U+2028/2029 (line and paragraph
    /// separators) and the bidirectional embeddings, overrides and isolates, which reorder what a reader sees.</summary>
    private static readonly System.Buffers.SearchValues<char> Unsafe = System.Buffers.SearchValues.Create(
        "\u007F\u0080\u0081\u0082\u0083\u0084\u0085\u0086\u0087\u0088\u0089\u008A\u008B\u008C\u008D\u008E\u008F" +
        "\u0090\u0091\u0092\u0093\u0094\u0095\u0096\u0097\u0098\u0099\u009A\u009B\u009C\u009D\u009E\u009F" +
        "\u2028\u2029\u202A\u202B\u202C\u202D\u202E\u2066\u2067\u2068\u2069");

    public static bool MustEscape(char c) => c < ' ' || Unsafe.Contains(c);
}
