using System.Net;
using System.Net.Sockets;
using System.Reflection;
using System.Text;

namespace LocalOfferGen.Serving;

/// <summary>A small static file server for a built site, on 127.0.0.1 only. It serves files and folders' index.html,
/// never lists a folder, answers unknown paths with the site's 404.html and status 404, and never serves anything
/// outside its folder. With a <see cref="LiveReload"/> (serve mode) every HTML response gets the reload script and
/// nothing is cached; without one it serves the files exactly as built (as the browser tests use it).</summary>
public sealed class StaticFileServer : IAsyncDisposable
{
    private static readonly TimeSpan PollTimeout = TimeSpan.FromSeconds(25);
    private readonly HttpListener _listener = new();
    private readonly CancellationTokenSource _stopping = new();
    private readonly LiveReload? _liveReload;
    private Task _accepting = Task.CompletedTask;

    public StaticFileServer(string root, int port = 0, LiveReload? liveReload = null)
    {
        Root = Path.GetFullPath(root);
        Port = port == 0 ? FreePort() : port;
        _liveReload = liveReload;
        _listener.Prefixes.Add($"http://127.0.0.1:{Port}/");
    }

    public string Root { get; }
    public int Port { get; }
    public Uri Address => new($"http://127.0.0.1:{Port}/");

    /// <summary>Starts listening. Throws <see cref="IOException"/> with a plain message when the port is taken.</summary>
    public void Start()
    {
        try { _listener.Start(); }
        catch (HttpListenerException e)
        {
            throw new IOException($"cannot listen on 127.0.0.1:{Port} ({e.Message}); is another server using it? Choose another with --port", e);
        }
        _accepting = AcceptAsync();
    }

    public async ValueTask DisposeAsync()
    {
        await _stopping.CancelAsync();
        if (_listener.IsListening) _listener.Stop();
        try { await _accepting; } catch (ObjectDisposedException) { } catch (HttpListenerException) { }
        _listener.Close();
        _stopping.Dispose();
    }

    private async Task AcceptAsync()
    {
        while (!_stopping.IsCancellationRequested)
        {
            HttpListenerContext context;
            try { context = await _listener.GetContextAsync(); }
            catch (Exception e) when (e is HttpListenerException or ObjectDisposedException or InvalidOperationException) { return; }
            _ = Task.Run(() => RespondAsync(context));
        }
    }

    /// <summary>The Content-Security-Policy of an SVG opened on its own: no script, nothing fetched, its own styles only.</summary>
    public const string SvgPolicy = "default-src 'none'; style-src 'unsafe-inline'; sandbox";

    private async Task RespondAsync(HttpListenerContext context)
    {
        var response = context.Response;
        try
        {
            response.Headers["X-Content-Type-Options"] = "nosniff";
            response.Headers["Cache-Control"] = _liveReload is null ? "no-cache" : "no-store";
            var method = context.Request.HttpMethod;
            if (method is not ("GET" or "HEAD"))
            {
                response.Headers["Allow"] = "GET, HEAD";
                await SendAsync(context, 405, "text/plain; charset=utf-8", "Method not allowed\n"u8.ToArray());
                return;
            }
            var raw = context.Request.RawUrl ?? "/";
            var query = raw.IndexOfAny(['?', '#']);
            var path = query < 0 ? raw : raw[..query];

            if (_liveReload is not null && path.StartsWith(LiveReload.Prefix, StringComparison.Ordinal))
            {
                await LiveReloadAsync(context, path);
                return;
            }
            var target = RequestPath.Resolve(Root, path);
            switch (target.Kind)
            {
                case RequestKind.File:
                    // The build publishes SVG sanitised; a picture opened on its own may still run nothing, load
                    // nothing and style only itself, should anything ever get through.
                    if (Path.GetExtension(target.File!).Equals(".svg", StringComparison.OrdinalIgnoreCase))
                        response.Headers["Content-Security-Policy"] = SvgPolicy;
                    await SendFileAsync(context, 200, target.File!);
                    return;
                case RequestKind.Redirect:
                    response.RedirectLocation = target.RedirectTo + (query < 0 ? "" : raw[query..]);
                    await SendAsync(context, 301, "text/plain; charset=utf-8", []);
                    return;
                default:
                    await NotFoundAsync(context);
                    return;
            }
        }
        catch (Exception e) when (e is HttpListenerException or IOException or ObjectDisposedException or OperationCanceledException)
        {
            // The reader went away or the server is stopping: nothing to answer.
        }
        finally
        {
            try { response.Close(); } catch (ObjectDisposedException) { } catch (HttpListenerException) { }
        }
    }

    private async Task NotFoundAsync(HttpListenerContext context)
    {
        var page = Path.Combine(Root, "404.html");
        if (File.Exists(page)) await SendFileAsync(context, 404, page);
        else await SendAsync(context, 404, "text/html; charset=utf-8", Html(NoSitePage));
    }

    private async Task SendFileAsync(HttpListenerContext context, int status, string file)
    {
        var type = ContentTypes.For(file);
        byte[] bytes;
        try { bytes = await File.ReadAllBytesAsync(file, _stopping.Token); }
        catch (FileNotFoundException) { await NotFoundAsync(context); return; }        // replaced by a rebuild just now
        catch (DirectoryNotFoundException) { await NotFoundAsync(context); return; }
        await SendAsync(context, status, type, ContentTypes.IsHtml(type) ? Html(Encoding.UTF8.GetString(bytes)) : bytes);
    }

    /// <summary>HTML as served: in serve mode with the reload script added.</summary>
    private byte[] Html(string html) => Encoding.UTF8.GetBytes(_liveReload is null ? html : _liveReload.Inject(html));

    private async Task LiveReloadAsync(HttpListenerContext context, string path)
    {
        switch (path)
        {
            case LiveReload.ScriptPath:
                await SendAsync(context, 200, "text/javascript; charset=utf-8", Resource("reload.js"));
                return;
            case LiveReload.StylePath:
                await SendAsync(context, 200, "text/css; charset=utf-8", Resource("overlay.css"));
                return;
            case LiveReload.EventsPath:
                var since = int.TryParse(context.Request.QueryString["since"], out var number) ? number : -1;
                var state = await _liveReload!.WaitAsync(since, PollTimeout, _stopping.Token);
                await SendAsync(context, 200, "application/json; charset=utf-8", Encoding.UTF8.GetBytes(LiveReload.Json(state)));
                return;
            default:
                await NotFoundAsync(context);
                return;
        }
    }

    private static async Task SendAsync(HttpListenerContext context, int status, string contentType, byte[] body)
    {
        var response = context.Response;
        response.StatusCode = status;
        response.ContentType = contentType;
        response.ContentLength64 = body.Length;
        if (context.Request.HttpMethod != "HEAD") await response.OutputStream.WriteAsync(body);
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
