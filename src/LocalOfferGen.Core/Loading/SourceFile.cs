using System.Text;
using LocalOfferGen.Diagnostics;

namespace LocalOfferGen.Loading;

/// <summary>Reads a content file as text the way editors' tools write it: UTF-8 with or without a BOM,
/// UTF-16 with a BOM, any line ending. Refuses binary files and text in other encodings with a
/// message that says how to fix it, because a silently mangled £ or ’ is worse than an error.</summary>
public static class SourceFile
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <returns>The text with every line ending turned into \n, or null when it cannot be read as text.</returns>
    public static string? ReadText(string fullPath, string displayPath, DiagnosticBag diagnostics)
    {
        byte[] bytes;
        try
        {
            bytes = File.ReadAllBytes(fullPath);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            diagnostics.Error(DiagnosticCodes.CannotRead, SourceSpan.File(displayPath), $"cannot read this file: {e.Message}");
            return null;
        }
        return Decode(bytes, displayPath, diagnostics);
    }

    public static string? Decode(ReadOnlySpan<byte> bytes, string displayPath, DiagnosticBag diagnostics)
    {
        var at = SourceSpan.File(displayPath);
        string text;
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]))
            text = Encoding.Unicode.GetString(bytes[2..]);
        else if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
            text = Encoding.BigEndianUnicode.GetString(bytes[2..]);
        else
        {
            if (bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF])) bytes = bytes[3..];
            var nul = bytes.IndexOf((byte)0);
            if (nul >= 0)
            {
                diagnostics.Error(DiagnosticCodes.NotText, at, LooksLikeUtf16(bytes)
                    ? $"this file looks like UTF-16 text without a byte-order mark (NUL byte at byte {nul}); save it with the encoding \"UTF-8\""
                    : $"this is not a text file (it has a NUL byte at byte {nul}); content files must be UTF-8 text");
                return null;
            }
            try
            {
                text = StrictUtf8.GetString(bytes);
            }
            catch (DecoderFallbackException)
            {
                var offset = FirstInvalidUtf8(bytes);
                diagnostics.Error(DiagnosticCodes.NotUtf8, LineAndColumnOf(bytes, offset, displayPath),
                    $"this file is not UTF-8: byte {offset} (0x{bytes[offset]:X2}) is not valid UTF-8. It was probably saved as Windows-1252 " +
                    "(text pasted from Word often is); open it in your editor and save it with the encoding \"UTF-8\"");
                return null;
            }
        }
        text = NormaliseLineEndings(text);
        return RefuseControlCharacters(text, displayPath, diagnostics) ? null : text;
    }

    /// <summary>Invisible control characters (other than tab and line ends) have no place in content: YAML
    /// and XML forbid them, browsers show them as boxes, and C1 ones (U+0080 to U+009F) are curly quotes
    /// and dashes from Word that went through the wrong conversion.</summary>
    private static bool RefuseControlCharacters(string text, string displayPath, DiagnosticBag diagnostics)
    {
        int line = 1, column = 1;
        foreach (var c in text)
        {
            if (c == '\n') { line++; column = 1; continue; }
            if (IsForbidden(c))
            {
                var hint = c is >= '\u0080' and <= '\u009F'
                    ? "it is probably a curly quote or dash pasted from Word through the wrong encoding; retype that character"
                    : "it is invisible in most editors; delete it (retype the text around it if you cannot see it)";
                diagnostics.Error(DiagnosticCodes.ControlCharacter, new SourceSpan(displayPath, line, column),
                    $"this file contains the control character U+{(int)c:X4}, which content files may not hold: {hint}");
                return true;
            }
            if (!char.IsLowSurrogate(c)) column++;
        }
        return false;
    }

    private static bool IsForbidden(char c) =>
        (c < ' ' && c != '\t') || c is >= '\u007F' and <= '\u009F' || c is '\uFFFE' or '\uFFFF';

    /// <summary>CRLF and a lone CR both become LF, so each still counts as one line.</summary>
    public static string NormaliseLineEndings(string text) =>
        text.Contains('\r') ? text.Replace("\r\n", "\n").Replace('\r', '\n') : text;

    /// <summary>Mostly ASCII with every other byte zero: UTF-16 from a tool that wrote no byte-order mark.</summary>
    private static bool LooksLikeUtf16(ReadOnlySpan<byte> bytes)
    {
        var sample = bytes[..(Math.Min(bytes.Length, 512) & ~1)];
        if (sample.Length < 4) return false;
        int evenZeros = 0, oddZeros = 0;
        for (var i = 0; i < sample.Length; i += 2)
        {
            if (sample[i] == 0) evenZeros++;
            if (sample[i + 1] == 0) oddZeros++;
        }
        var pairs = sample.Length / 2;
        return Math.Max(evenZeros, oddZeros) * 10 >= pairs * 9 && Math.Min(evenZeros, oddZeros) * 10 <= pairs;
    }

    private static int FirstInvalidUtf8(ReadOnlySpan<byte> bytes)
    {
        var i = 0;
        while (i < bytes.Length)
        {
            if (System.Text.Rune.DecodeFromUtf8(bytes[i..], out _, out var consumed) != System.Buffers.OperationStatus.Done)
                return i;
            i += consumed;
        }
        return 0;
    }

    private static SourceSpan LineAndColumnOf(ReadOnlySpan<byte> bytes, int offset, string path)
    {
        int line = 1, column = 1;
        for (var i = 0; i < offset && i < bytes.Length; i++)
        {
            // CRLF, LF and a lone CR each end one line, as NormaliseLineEndings counts them.
            if (bytes[i] == (byte)'\n' && i > 0 && bytes[i - 1] == (byte)'\r') continue;
            if (bytes[i] is (byte)'\n' or (byte)'\r') { line++; column = 1; }
            else if ((bytes[i] & 0xC0) != 0x80) column++;
        }
        return new SourceSpan(path, line, column);
    }
}
