using System.Net;
using System.Net.Sockets;
using System.Text;
using LocalOfferGen.Building;
using LocalOfferGen.Output;
using LocalOfferGen.Serving;

namespace LocalOfferGen.Tests.Serving;

public sealed class StaticFileServerTests : IDisposable
{
    private readonly TempFolder _temp = new();
    private readonly string _root;
    private static readonly HttpClient Http = new(new HttpClientHandler { AllowAutoRedirect = false });

    public StaticFileServerTests()
    {
        _temp.File("secret.txt", "outside the site");
        _temp.File("site/index.html", "<!DOCTYPE html>\n<html><head><title>Home</title></head><body><p>home</p></body></html>");
        _temp.File("site/404.html", "<!DOCTYPE html>\n<html><head><title>Page not found</title></head><body><h1>Page not found</h1></body></html>");
        _temp.File("site/assets/site.css", "body { color: black; }");
        _temp.File("site/assets/site.js", "console.log('</head>');");
        _root = Path.Combine(_temp.Path, "site");
    }

    public void Dispose() => _temp.Dispose();

    [Fact]
    public async Task It_listens_on_127_0_0_1_only()
    {
        await using var server = Start();
        Assert.Equal("127.0.0.1", server.Address.Host);
        Assert.True(server.Port > 0);
    }

    [Fact]
    public async Task An_SVG_is_served_as_an_image_with_a_policy_that_runs_nothing()
    {
        _temp.File("site/images/drawing.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"10\" height=\"10\"/>");
        await using var server = Start();
        var response = await Http.GetAsync(new Uri(server.Address, "images/drawing.svg"), TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("image/svg+xml", response.Content.Headers.ContentType!.MediaType);
        Assert.Equal(StaticFileServer.SvgPolicy, string.Join(",", response.Headers.GetValues("Content-Security-Policy")));
        Assert.Contains("default-src 'none'", StaticFileServer.SvgPolicy);
    }

    [Fact]
    public async Task An_unknown_path_gets_the_404_page_with_status_404()
    {
        await using var server = Start();
        var response = await Http.GetAsync(new Uri(server.Address, "no/such/page/"), TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("<h1>Page not found</h1>", await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task A_folder_is_never_listed()
    {
        await using var server = Start();
        var response = await Http.GetAsync(new Uri(server.Address, "assets/"), TestContext.Current.CancellationToken);
        var body = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.DoesNotContain("site.css", body);
    }

    [Theory]
    [InlineData("/../secret.txt")]
    [InlineData("/%2e%2e/secret.txt")]
    [InlineData("/assets/..%2f..%2fsecret.txt")]
    public async Task A_raw_request_climbing_out_of_the_folder_is_refused(string path)
    {
        await using var server = Start();
        // HttpClient tidies "..", so the request line is written by hand, as an attacker would.
        var (status, body) = await RawGetAsync(server.Port, path);
        // 404 from the server, or 400 when the listener itself rejects the request line.
        Assert.Contains(status, new[] { 400, 404 });
        Assert.DoesNotContain("outside the site", body);
    }

    [Fact]
    public async Task Serve_mode_adds_the_reload_script_to_html_only()
    {
        var liveReload = new LiveReload();
        await using var server = Start(liveReload);
        var home = await Http.GetStringAsync(server.Address, TestContext.Current.CancellationToken);
        Assert.Contains($"<script src=\"{LiveReload.ScriptPath}\" data-version=\"0\" defer></script>\n</head>", home);
        var notFound = await (await Http.GetAsync(new Uri(server.Address, "missing"), TestContext.Current.CancellationToken)).Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        Assert.Contains(LiveReload.ScriptPath, notFound);
        Assert.DoesNotContain(LiveReload.ScriptPath, await Http.GetStringAsync(new Uri(server.Address, "assets/site.js"), TestContext.Current.CancellationToken));
        Assert.DoesNotContain(LiveReload.ScriptPath, await Http.GetStringAsync(new Uri(server.Address, "assets/site.css"), TestContext.Current.CancellationToken));
        var script = await Http.GetAsync(new Uri(server.Address, LiveReload.ScriptPath), TestContext.Current.CancellationToken);
        Assert.Equal("text/javascript", script.Content.Headers.ContentType!.MediaType);
        Assert.Contains("/__localoffer/events", await script.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        // The file on disk is never changed.
        Assert.DoesNotContain("__localoffer", File.ReadAllText(Path.Combine(_root, "index.html")));
    }

    [Fact]
    public async Task Without_serve_mode_files_are_served_exactly_as_built()
    {
        await using var server = Start();
        var home = await Http.GetStringAsync(server.Address, TestContext.Current.CancellationToken);
        Assert.Equal(File.ReadAllText(Path.Combine(_root, "index.html")), home);
        var script = await Http.GetAsync(new Uri(server.Address, LiveReload.ScriptPath), TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.NotFound, script.StatusCode);
    }

    [Fact]
    public void A_build_never_contains_the_reload_script()
    {
        using var temp = new TempFolder();
        var result = SiteBuilder.Build(new BuildOptions
        {
            ContentDirectory = Repository.Content,
            OutputDirectory = Path.Combine(temp.Path, "output"),
            Formats = ["web", "easy-read"],
            Settings = new BuildSettings { Today = new(2026, 11, 27) },
        });
        Assert.True(result.Succeeded);
        var html = Directory.EnumerateFiles(Path.Combine(temp.Path, "output"), "*.html", SearchOption.AllDirectories).ToList();
        Assert.NotEmpty(html);
        Assert.All(html, file => Assert.DoesNotContain("__localoffer", File.ReadAllText(file)));
    }

    [Fact]
    public async Task The_events_answer_at_once_for_an_old_version_and_when_a_build_finishes()
    {
        var liveReload = new LiveReload();
        await using var server = Start(liveReload);
        var now = await Http.GetStringAsync(new Uri(server.Address, LiveReload.EventsPath + "?since=-1"), TestContext.Current.CancellationToken);
        Assert.Equal("""{"version":0,"ok":true,"errors":[]}""", now);

        var waiting = Http.GetStringAsync(new Uri(server.Address, LiveReload.EventsPath + "?since=0"), TestContext.Current.CancellationToken);
        await Task.Delay(200, TestContext.Current.CancellationToken);
        Assert.False(waiting.IsCompleted);
        liveReload.Publish(false, ["content/pages/x.md(3,1): error LO0102: title is required"]);
        var next = await waiting.WaitAsync(TimeSpan.FromSeconds(5), TestContext.Current.CancellationToken);
        Assert.Contains("\"version\":1,\"ok\":false", next);
        Assert.Contains("LO0102", next);
    }

    [Fact]
    public async Task Only_get_and_head_are_answered()
    {
        await using var server = Start();
        var response = await Http.PostAsync(server.Address, new StringContent("x"), TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
    }

    private StaticFileServer Start(LiveReload? liveReload = null)
    {
        var server = new StaticFileServer(_root, 0, liveReload);
        server.Start();
        return server;
    }

    private static async Task<(int Status, string Body)> RawGetAsync(int port, string path)
    {
        using var client = new TcpClient();
        await client.ConnectAsync(IPAddress.Loopback, port);
        var stream = client.GetStream();
        await stream.WriteAsync(Encoding.ASCII.GetBytes($"GET {path} HTTP/1.1\r\nHost: 127.0.0.1:{port}\r\nConnection: close\r\n\r\n"));
        using var reader = new StreamReader(stream, Encoding.UTF8);
        var text = await reader.ReadToEndAsync();
        var status = int.Parse(text.Split(' ', 3)[1]);
        return (status, text);
    }
}
