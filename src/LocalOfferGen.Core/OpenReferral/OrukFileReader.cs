using System.Text.Json;
using LocalOfferGen.Diagnostics;

namespace LocalOfferGen.OpenReferral;

/// <summary>Reads one ORUK file into memory within limits, checking them as the bytes arrive: a whole file of at most
/// <see cref="MaxFileBytes"/> and no single value (a text, a number, a key) longer than <see cref="MaxValueBytes"/>.
/// A 200 MB field stops the read after about a megabyte, instead of being parsed, imported and built.</summary>
internal static class OrukFileReader
{
    /// <summary>100 MB: an export of every service of a large council is a few tens of megabytes.</summary>
    public const long MaxFileBytes = 100L * 1024 * 1024;

    /// <summary>1 MB of JSON text: no description, eligibility or address of a service needs anything like it.</summary>
    public const int MaxValueBytes = 1024 * 1024;

    private const int Chunk = 64 * 1024;

    /// <summary>The file's bytes (without a UTF-8 byte order mark), or null when a limit is passed (reported).</summary>
    public static byte[]? Read(string file, DiagnosticBag diagnostics)
    {
        using var stream = File.OpenRead(file);
        return Read(stream, file, diagnostics);
    }

    public static byte[]? Read(Stream stream, string file, DiagnosticBag diagnostics, long maxFileBytes = MaxFileBytes, int maxValueBytes = MaxValueBytes)
    {
        var data = new byte[Chunk];
        var length = 0;
        var state = new JsonReaderState(new JsonReaderOptions { MaxDepth = 64 });
        var checkedUpTo = 0;        // bytes the scanner has passed (whole tokens)
        var scanning = true;        // stops at invalid JSON: the parser then reports it, at the right line
        while (true)
        {
            if (data.Length - length < Chunk) Array.Resize(ref data, (int)Math.Min(Math.Max(data.Length * 2L, length + Chunk), Array.MaxLength));
            var read = stream.Read(data, length, Math.Min(Chunk, data.Length - length));
            length += read;
            if (length > maxFileBytes)
            {
                diagnostics.Error(DiagnosticCodes.OrukFileTooLarge, SourceSpan.File(file),
                    $"this file is larger than {Size(maxFileBytes)}, the most an import reads; split the export into several files (a folder of .json files is imported as one)");
                return null;
            }
            if (checkedUpTo == 0 && length >= 3 && data[0] == 0xEF && data[1] == 0xBB && data[2] == 0xBF) checkedUpTo = 3;
            if (scanning)
            {
                var reader = new Utf8JsonReader(data.AsSpan(checkedUpTo, length - checkedUpTo), isFinalBlock: read == 0, state);
                try
                {
                    while (reader.Read())
                        if (reader.ValueSpan.Length > maxValueBytes)
                            return TooLong(data, checkedUpTo + (int)reader.TokenStartIndex, file, diagnostics, maxValueBytes);
                    checkedUpTo += (int)reader.BytesConsumed;
                    state = reader.CurrentState;
                }
                catch (JsonException)
                {
                    scanning = false;
                }
                // A value still arriving that is already too long: stop reading now.
                if (scanning && length - checkedUpTo > maxValueBytes + 64)
                    return TooLong(data, checkedUpTo, file, diagnostics, maxValueBytes);
            }
            if (read == 0) break;
        }
        var start = length >= 3 && data[0] == 0xEF && data[1] == 0xBB && data[2] == 0xBF ? 3 : 0;
        return data[start..length];
    }

    private static byte[]? TooLong(byte[] data, int at, string file, DiagnosticBag diagnostics, int maxValueBytes)
    {
        // The line and column of the value's first byte, for the editor to find it.
        while (at < data.Length && data[at] is (byte)' ' or (byte)'\t' or (byte)'\r' or (byte)'\n' or (byte)',' or (byte)':') at++;
        var line = 1;
        var lineStart = 0;
        for (var i = 0; i < at; i++)
            if (data[i] == '\n') { line++; lineStart = i + 1; }
        diagnostics.Error(DiagnosticCodes.OrukFieldTooLarge, new SourceSpan(file, line, at - lineStart + 1),
            $"a single value here is longer than {Size(maxValueBytes)}, the most an import takes for one field; no service needs text this long, so check the export");
        return null;
    }

    private static string Size(long bytes) => bytes >= 1024 * 1024 ? $"{bytes / (1024 * 1024)} MB" : $"{bytes / 1024} KB";
}
