using System.Text.Json;
using LocalOfferGen.Diagnostics;

namespace LocalOfferGen.OpenReferral;

/// <summary>Checks, before an ORUK file is parsed, that every string and property name in it is text: valid
/// UTF-8 and no lone surrogate escape (<c>"\ud800"</c>). The JSON reader accepts both while parsing and fails
/// only when the value is read, deep in the import, so each is found here and reported where it is.</summary>
internal static class OrukJsonText
{
    /// <returns>False, with an error at the string, when a string cannot be read as text. JSON syntax errors are
    /// left to the parser, which reports them with its own message.</returns>
    public static bool IsReadable(byte[] json, string file, DiagnosticBag diagnostics)
    {
        var reader = new Utf8JsonReader(json, new JsonReaderOptions { MaxDepth = 64, CommentHandling = JsonCommentHandling.Disallow });
        try
        {
            while (reader.Read())
            {
                if (reader.TokenType is not (JsonTokenType.String or JsonTokenType.PropertyName)) continue;
                try
                {
                    reader.GetString();
                }
                catch (InvalidOperationException)
                {
                    var start = (int)reader.TokenStartIndex;
                    var (line, column) = LineAndColumn(json, start);
                    var what = reader.TokenType == JsonTokenType.PropertyName ? "property name" : "string";
                    diagnostics.Error(DiagnosticCodes.OrukNotUnicode, new SourceSpan(file, line, column), HasInvalidUtf8(json, start)
                        ? $"this {what} is not valid UTF-8 text; an ORUK export must be UTF-8: export it again, or save the file as UTF-8"
                        : $"this {what} holds a lone surrogate escape (such as \\ud800, half of a character pair), which is no character; the system that exported it wrote it wrongly");
                    return false;
                }
            }
        }
        catch (JsonException)
        {
            // Bad JSON (invalid UTF-8 outside strings included): the parse reports it with its line and column.
        }
        return true;
    }

    /// <summary>Whether the string token starting at <paramref name="start"/> holds bytes that are not UTF-8.</summary>
    private static bool HasInvalidUtf8(byte[] json, int start)
    {
        var end = start + 1;
        while (end < json.Length && json[end] != '"') end += json[end] == '\\' ? 2 : 1;
        return !System.Text.Unicode.Utf8.IsValid(json.AsSpan(start, Math.Min(end, json.Length) - start));
    }

    private static (int Line, int Column) LineAndColumn(byte[] json, int offset)
    {
        int line = 1, column = 1;
        for (var i = 0; i < offset && i < json.Length; i++)
        {
            if (json[i] == '\n') { line++; column = 1; }
            else if ((json[i] & 0xC0) != 0x80) column++;
        }
        return (line, column);
    }
}
