using System.Text;

namespace LocalOfferGen.Serving;

/// <summary>The request line and headers of one HTTP/1.x request, read from a connection within a size limit and a
/// deadline: a client that sends nothing, or sends a header a byte at a time, is cut off when the deadline passes
/// instead of holding the connection open for ever.</summary>
internal sealed record HttpRequestHead(string Method, string Target, string Version, IReadOnlyDictionary<string, string> Headers)
{
    /// <summary>A request head larger than this is refused (browsers send a few hundred bytes).</summary>
    public const int MaxBytes = 32 * 1024;

    public string? Header(string name) => Headers.TryGetValue(name, out var value) ? value : null;

    /// <summary>True unless the client asked to close (HTTP/1.1 keeps the connection by default; 1.0 closes).</summary>
    public bool KeepAlive
    {
        get
        {
            var connection = Header("Connection")?.ToLowerInvariant() ?? "";
            return Version == "HTTP/1.1" ? !connection.Contains("close") : connection.Contains("keep-alive");
        }
    }

    /// <summary>Reads request heads from one connection, keeping bytes that arrived after a head (a pipelined next
    /// request) for the next read.</summary>
    public sealed class Reader(Stream stream)
    {
        private readonly byte[] _buffer = new byte[MaxBytes];
        private int _length;

        /// <summary>The next head, or null when the client closed the connection before sending one. Throws
        /// <see cref="OperationCanceledException"/> when the deadline passes and <see cref="InvalidDataException"/>
        /// for a malformed or oversized head.</summary>
        public async Task<HttpRequestHead?> ReadAsync(CancellationToken deadline)
        {
            while (true)
            {
                var (end, size) = EndOfHead(_buffer.AsSpan(0, _length));
                if (end >= 0)
                {
                    var head = Parse(Encoding.Latin1.GetString(_buffer, 0, end));
                    var used = end + size;
                    _buffer.AsSpan(used, _length - used).CopyTo(_buffer);
                    _length -= used;
                    return head;
                }
                if (_length == _buffer.Length) throw new InvalidDataException("request head too large");
                var read = await stream.ReadAsync(_buffer.AsMemory(_length), deadline);
                if (read == 0)
                {
                    if (_length == 0) return null;
                    throw new InvalidDataException("connection closed in the middle of a request");
                }
                _length += read;
            }
        }
    }

    private static (int End, int Size) EndOfHead(ReadOnlySpan<byte> bytes)
    {
        var crlf = bytes.IndexOf("\r\n\r\n"u8);
        var lf = bytes.IndexOf("\n\n"u8);
        if (crlf >= 0 && (lf < 0 || crlf < lf)) return (crlf, 4);
        return (lf, 2);
    }

    private static HttpRequestHead Parse(string head)
    {
        var lines = head.Split('\n').Select(l => l.TrimEnd('\r')).SkipWhile(l => l.Length == 0).ToList();
        if (lines.Count == 0) throw new InvalidDataException("empty request");
        var parts = lines[0].Split(' ');
        if (parts.Length != 3 || parts[0].Length == 0 || !parts[1].StartsWith('/') || parts[2] is not ("HTTP/1.1" or "HTTP/1.0"))
            throw new InvalidDataException("malformed request line");
        var headers = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var line in lines.Skip(1))
        {
            var colon = line.IndexOf(':');
            if (colon <= 0 || line[..colon].Any(c => c is ' ' or '\t')) throw new InvalidDataException("malformed header");
            var name = line[..colon];
            var value = line[(colon + 1)..].Trim();
            headers[name] = headers.TryGetValue(name, out var earlier) ? $"{earlier}, {value}" : value;
        }
        return new HttpRequestHead(parts[0], parts[1], parts[2], headers);
    }
}
