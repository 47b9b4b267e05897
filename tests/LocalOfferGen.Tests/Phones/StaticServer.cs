using System.Net;
using System.Net.Sockets;

namespace LocalOfferGen.Tests.Phones;

/// <summary>A tiny static web server on 127.0.0.1 (a secure context, so service workers run) for a built site.
/// Pretty URLs serve index.html; unknown paths get the site's 404 page with status 404.</summary>
public sealed class StaticServer : IDisposable
{
    private static readonly Dictionary<string, string> Types = new(StringComparer.OrdinalIgnoreCase)
    {
        [".html"] = "text/html; charset=utf-8", [".css"] = "text/css; charset=utf-8", [".js"] = "text/javascript; charset=utf-8",
        [".json"] = "application/json", [".xml"] = "application/xml", [".png"] = "image/png", [".jpg"] = "image/jpeg",
        [".svg"] = "image/svg+xml", [".txt"] = "text/plain; charset=utf-8", [".docx"] = "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    };

    private readonly HttpListener _listener = new();
    private readonly string _root;
    private readonly Task _loop;

    public StaticServer(string root)
    {
        _root = Path.GetFullPath(root);
        var port = FreePort();
        BaseUrl = $"http://127.0.0.1:{port}/";
        _listener.Prefixes.Add(BaseUrl);
        _listener.Start();
        _loop = Task.Run(Loop);
    }

    public string BaseUrl { get; }

    private async Task Loop()
    {
        while (_listener.IsListening)
        {
            HttpListenerContext context;
            try { context = await _listener.GetContextAsync(); }
            catch (Exception e) when (e is HttpListenerException or ObjectDisposedException or InvalidOperationException) { return; }
            _ = Task.Run(() => Serve(context));
        }
    }

    private void Serve(HttpListenerContext context)
    {
        using var response = context.Response;
        try
        {
            var path = Uri.UnescapeDataString(context.Request.Url!.AbsolutePath);
            var file = Path.GetFullPath(Path.Combine(_root, path.TrimStart('/')));
            if (Directory.Exists(file)) file = Path.Combine(file, "index.html");
            if (!file.StartsWith(_root, StringComparison.Ordinal) || !File.Exists(file))
            {
                response.StatusCode = 404;
                file = Path.Combine(_root, "404.html");
            }
            var bytes = File.ReadAllBytes(file);
            response.ContentType = Types.GetValueOrDefault(Path.GetExtension(file), "application/octet-stream");
            response.Headers["Cache-Control"] = "no-cache";
            response.ContentLength64 = bytes.Length;
            response.OutputStream.Write(bytes);
        }
        catch (Exception e) when (e is IOException or HttpListenerException or ObjectDisposedException) { }
    }

    private static int FreePort()
    {
        using var socket = new TcpListener(IPAddress.Loopback, 0);
        socket.Start();
        return ((IPEndPoint)socket.LocalEndpoint).Port;
    }

    public void Dispose()
    {
        _listener.Stop();
        _listener.Close();
        try { _loop.Wait(TimeSpan.FromSeconds(5)); } catch (AggregateException) { }
    }
}
