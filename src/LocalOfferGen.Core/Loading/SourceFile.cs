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
                diagnostics.Error(DiagnosticCodes.NotText, at,
                    $"this is not a text file (it has a NUL byte at byte {nul}); content files must be UTF-8 text");
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
        return NormaliseLineEndings(text);
    }

    /// <summary>CRLF and a lone CR both become LF, so each still counts as one line.</summary>
    public static string NormaliseLineEndings(string text) =>
        text.Contains('\r') ? text.Replace("\r\n", "\n").Replace('\r', '\n') : text;

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
            if (bytes[i] == (byte)'\n') { line++; column = 1; }
            else if ((bytes[i] & 0xC0) != 0x80) column++;
        }
        return new SourceSpan(path, line, column);
    }
}
