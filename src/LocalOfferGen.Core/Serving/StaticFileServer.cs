using System.Collections.Concurrent;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace LocalOfferGen.Serving;

/// <summary>A small static file server for a built site, on 127.0.0.1 only. It serves files and folders' index.html,
/// never lists a folder, answers unknown paths with the site's 404.html and status 404, and never serves anything
/// outside its folder. With a <see cref="LiveReload"/> (serve mode) every HTML response gets the reload script and
/// nothing is cached; without one it serves the files exactly as built (as the browser tests use it).
/// <para>It speaks HTTP/1.1 itself over a socket (GET and HEAD, keep-alive), so that it can time out idle
/// connections: each request's head must arrive whole within <see cref="IdleTimeout"/> of the connection opening or
/// of the last answer, or the connection is closed. (HttpListener on Linux and macOS stops its timer at a request's
/// first byte, so a client sending one byte, or nothing after one request, held a connection for ever.) Requests
/// must name this server in their Host header, which stops other web sites reaching it through DNS rebinding.</para></summary>
public sealed class StaticFileServer : IAsyncDisposable
{
    private static readonly TimeSpan PollTimeout = TimeSpan.FromSeconds(25);
    private readonly TcpListener _listener;
    private readonly CancellationTokenSource _stopping = new();
    private readonly LiveReload? _liveReload;
    private readonly ConcurrentDictionary<TcpClient, Task> _connections = new();
    private Task _accepting = Task.CompletedTask;

    public StaticFileServer(string root, int port = 0, LiveReload? liveReload = null, TimeSpan? idleTimeout = null)
    {
        Root = Path.GetFullPath(root);
        Port = port == 0 ? FreePort() : port;
        _liveReload = liveReload;
        IdleTimeout = idleTimeout ?? TimeSpan.FromSeconds(10);
        _listener = new TcpListener(IPAddress.Loopback, Port);
    }

    public string Root { get; }
    public int Port { get; }
    public Uri Address => new($"http://127.0.0.1:{Port}/");

    /// <summary>How long a connection may wait to send a whole request head.</summary>
    public TimeSpan IdleTimeout { get; }

    /// <summary>Starts listening. Throws <see cref="IOException"/> with a plain message when the port is taken.</summary>
    public void Start()
    {
        try { _listener.Start(); }
        catch (SocketException e)
        {
            throw new IOException($"cannot listen on 127.0.0.1:{Port} ({e.Message}); is another server using it? Choose another with --port", e);
        }
        _accepting = AcceptAsync();
    }

    public async ValueTask DisposeAsync()
    {
        await _stopping.CancelAsync();
        _listener.Stop();
        try { await _accepting; } catch (ObjectDisposedException) { } catch (SocketException) { }
        foreach (var client in _connections.Keys) client.Dispose();
        await Task.WhenAll(_connections.Values);
        _stopping.Dispose();
    }

    private async Task AcceptAsync()
    {
        while (!_stopping.IsCancellationRequested)
        {
            TcpClient client;
            try { client = await _listener.AcceptTcpClientAsync(_stopping.Token); }
            catch (Exception e) when (e is SocketException or ObjectDisposedException or InvalidOperationException or OperationCanceledException) { return; }
            _connections[client] = Task.Run(() => ServeConnectionAsync(client));
        }
    }

    /// <summary>Answers the requests of one connection until it closes, asks to close, or is idle too long.</summary>
    private async Task ServeConnectionAsync(TcpClient client)
    {
        try
        {
            using var _ = client;
            var stream = client.GetStream();
            var reader = new HttpRequestHead.Reader(stream);
            while (!_stopping.IsCancellationRequested)
            {
                using var deadline = CancellationTokenSource.CreateLinkedTokenSource(_stopping.Token);
                deadline.CancelAfter(IdleTimeout);
                HttpRequestHead? head;
                try { head = await reader.ReadAsync(deadline.Token); }
                catch (InvalidDataException)
                {
                    await WriteAsync(stream, new Answer(400, "text/plain; charset=utf-8", "Bad request\n"u8.ToArray()), "GET", keepAlive: false);
                    return;
                }
                if (head is null) return;
                var answer = await RespondAsync(head);
                // A request with a body (never needed here) ends the connection, as its body is not read.
                var keepAlive = head.KeepAlive && head.Header("Content-Length") is null or "0" && head.Header("Transfer-Encoding") is null;
                await WriteAsync(stream, answer, head.Method, keepAlive);
                if (!keepAlive) return;
            }
        }
        catch (Exception e) when (e is IOException or SocketException or ObjectDisposedException or OperationCanceledException)
        {
            // The reader went away, was idle too long, or the server is stopping: nothing to answer.
        }
        finally
        {
            _connections.TryRemove(client, out Task? _);
        }
    }

    /// <summary>One response: status, type, body and any extra headers.</summary>
    /// <summary>The Content-Security-Policy of an SVG opened on its own: no script, nothing fetched, its own styles only.</summary>
    public const string SvgPolicy = "default-src 'none'; style-src 'unsafe-inline'; sandbox";

    private sealed record Answer(int Status, string ContentType, byte[] Body, params (string Name, string Value)[] Extra);

    private async Task<Answer> RespondAsync(HttpRequestHead request)
    {
        if (request.Header("Host") is not { } host || !(host == $"127.0.0.1:{Port}" || (Port == 80 && host == "127.0.0.1")))
            return new Answer(400, "text/plain; charset=utf-8", "Bad request: wrong Host\n"u8.ToArray());
        if (request.Method is not ("GET" or "HEAD"))
            return new Answer(405, "text/plain; charset=utf-8", "Method not allowed\n"u8.ToArray(), ("Allow", "GET, HEAD"));
        var raw = request.Target;
        var query = raw.IndexOfAny(['?', '#']);
        var path = query < 0 ? raw : raw[..query];

        if (_liveReload is not null && path.StartsWith(LiveReload.Prefix, StringComparison.Ordinal))
            return await LiveReloadAsync(path, query < 0 ? "" : raw[(query + 1)..]);
        var target = RequestPath.Resolve(Root, path);
        return target.Kind switch
        {
            RequestKind.File => await FileAsync(200, target.File!),
            RequestKind.Redirect => new Answer(301, "text/plain; charset=utf-8", [], ("Location", target.RedirectTo + (query < 0 ? "" : raw[query..]))),
            _ => await NotFoundAsync(),
        };
    }

    private async Task WriteAsync(Stream stream, Answer answer, string method, bool keepAlive)
    {
        var head = new StringBuilder();
        head.Append(CultureInfo.InvariantCulture, $"HTTP/1.1 {answer.Status} {Reason(answer.Status)}\r\n");
        head.Append(CultureInfo.InvariantCulture, $"Content-Type: {answer.ContentType}\r\n");
        head.Append(CultureInfo.InvariantCulture, $"Content-Length: {answer.Body.Length}\r\n");
        head.Append("X-Content-Type-Options: nosniff\r\n");
        head.Append(CultureInfo.InvariantCulture, $"Cache-Control: {(_liveReload is null ? "no-cache" : "no-store")}\r\n");
        foreach (var (name, value) in answer.Extra) head.Append(CultureInfo.InvariantCulture, $"{name}: {value}\r\n");
        head.Append(keepAlive ? "Connection: keep-alive\r\n\r\n" : "Connection: close\r\n\r\n");
        await stream.WriteAsync(Encoding.Latin1.GetBytes(head.ToString()), _stopping.Token);
        if (method != "HEAD") await stream.WriteAsync(answer.Body, _stopping.Token);
        await stream.FlushAsync(_stopping.Token);
    }

    private static string Reason(int status) => status switch
    {
        200 => "OK",
        301 => "Moved Permanently",
        400 => "Bad Request",
        404 => "Not Found",
        405 => "Method Not Allowed",
        _ => "Status",
    };

    private async Task<Answer> NotFoundAsync()
    {
        var page = Path.Combine(Root, "404.html");
        return File.Exists(page) ? await FileAsync(404, page) : new Answer(404, "text/html; charset=utf-8", Html(NoSitePage));
    }

    private async Task<Answer> FileAsync(int status, string file)
    {
        var type = ContentTypes.For(file);
        byte[] bytes;
        try { bytes = await File.ReadAllBytesAsync(file, _stopping.Token); }
        catch (FileNotFoundException) { return await NotFoundAsync(); }        // replaced by a rebuild just now
        catch (DirectoryNotFoundException) { return await NotFoundAsync(); }
        // The build publishes SVG sanitised; a picture opened on its own may still run nothing, load nothing and
        // style only itself, should anything ever get through.
        if (Path.GetExtension(file).Equals(".svg", StringComparison.OrdinalIgnoreCase))
            return new Answer(status, type, bytes, ("Content-Security-Policy", SvgPolicy));
        return new Answer(status, type, ContentTypes.IsHtml(type) ? Html(Encoding.UTF8.GetString(bytes)) : bytes);
    }

    /// <summary>HTML as served: in serve mode with the reload script added.</summary>
    private byte[] Html(string html) => Encoding.UTF8.GetBytes(_liveReload is null ? html : _liveReload.Inject(html));

    private async Task<Answer> LiveReloadAsync(string path, string query)
    {
        switch (path)
        {
            case LiveReload.ScriptPath:
                return new Answer(200, "text/javascript; charset=utf-8", Resource("reload.js"));
            case LiveReload.StylePath:
                return new Answer(200, "text/css; charset=utf-8", Resource("overlay.css"));
            case LiveReload.EventsPath:
                var since = System.Web.HttpUtility.ParseQueryString(query)["since"];
                var state = await _liveReload!.WaitAsync(int.TryParse(since, out var number) ? number : -1, PollTimeout, _stopping.Token);
                return new Answer(200, "application/json; charset=utf-8", Encoding.UTF8.GetBytes(LiveReload.Json(state)));
            default:
                return await NotFoundAsync();
        }
    }

    private static byte[] Resource(string name)
    {
        using var stream = typeof(StaticFileServer).Assembly.GetManifestResourceStream($"LocalOfferGen.Serving.{name}")!;
        var buffer = new MemoryStream();
        stream.CopyTo(buffer);
        return buffer.ToArray();
    }

    /// <summary>Shown for every address before the first good build, so the reload script can show the errors.</summary>
    private const string NoSitePage =
        "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<title>No site yet</title>\n</head>\n<body>\n" +
        "<main>\n<h1>No site yet</h1>\n<p>The content has errors, so there is no site to show yet. The errors are listed in the terminal.</p>\n</main>\n</body>\n</html>\n";

    private static int FreePort()
    {
        var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        var port = ((IPEndPoint)probe.LocalEndpoint).Port;
        probe.Stop();
        return port;
    }
}
