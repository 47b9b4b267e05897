using System.Net;
using System.Net.Sockets;
using System.Text;
using LocalOfferGen.Serving;

namespace LocalOfferGen.Tests.Hostile;

/// <summary>serve's server closes connections that send nothing, or send a request a little at a time, once its idle
/// timeout passes; keeps a connection that is in use; and answers only requests addressed to itself.</summary>
public sealed class IdleConnectionTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("lo-idle-").FullName;

    public IdleConnectionTests() => File.WriteAllText(Path.Combine(_root, "index.html"), "<!DOCTYPE html><title>Home</title>");

    public void Dispose() => Directory.Delete(_root, recursive: true);

    private StaticFileServer Start()
    {
        var server = new StaticFileServer(_root, 0, null, TimeSpan.FromMilliseconds(300));
        server.Start();
        return server;
    }

    private static async Task<NetworkStream> ConnectAsync(StaticFileServer server)
    {
        var client = new TcpClient();
        await client.ConnectAsync(IPAddress.Loopback, server.Port);
        return client.GetStream();
    }

    /// <summary>Everything the server sends until it closes the connection (it must, long before a minute).</summary>
    private static async Task<string> ReadUntilClosedAsync(NetworkStream stream)
    {
        using var limit = new CancellationTokenSource(TimeSpan.FromMinutes(1));
        var text = new StringBuilder();
        var buffer = new byte[4096];
        try
        {
            int read;
            while ((read = await stream.ReadAsync(buffer, limit.Token)) > 0) text.Append(Encoding.ASCII.GetString(buffer, 0, read));
        }
        catch (IOException) { }   // a reset is a close too
        Assert.False(limit.IsCancellationRequested, "the server kept an idle connection open");
        return text.ToString();
    }

    [Fact]
    public async Task A_connection_that_sends_nothing_is_closed()
    {
        await using var server = Start();
        await using var stream = await ConnectAsync(server);
        Assert.Equal("", await ReadUntilClosedAsync(stream));
    }

    [Fact]
    public async Task A_request_that_never_finishes_arriving_is_closed_without_an_answer()
    {
        await using var server = Start();
        await using var stream = await ConnectAsync(server);
        await stream.WriteAsync(Encoding.ASCII.GetBytes($"GET / HTTP/1.1\r\nHost: 127.0.0.1:{server.Port}\r\nX-Slow: a"));
        await stream.FlushAsync();
        Assert.Equal("", await ReadUntilClosedAsync(stream));
    }

    [Fact]
    public async Task A_connection_in_use_serves_request_after_request_then_closes_when_idle()
    {
        await using var server = Start();
        await using var stream = await ConnectAsync(server);
        var request = Encoding.ASCII.GetBytes($"GET / HTTP/1.1\r\nHost: 127.0.0.1:{server.Port}\r\n\r\n");
        await stream.WriteAsync(request);
        await stream.WriteAsync(request);
        var answers = await ReadUntilClosedAsync(stream);
        Assert.Equal(2, answers.Split("HTTP/1.1 200 OK\r\n").Length - 1);
        Assert.Equal(2, answers.Split("<title>Home</title>").Length - 1);
    }

    [Fact]
    public async Task A_request_for_another_host_is_refused()
    {
        await using var server = Start();
        await using var stream = await ConnectAsync(server);
        await stream.WriteAsync(Encoding.ASCII.GetBytes("GET / HTTP/1.1\r\nHost: attacker.example\r\nConnection: close\r\n\r\n"));
        var answer = await ReadUntilClosedAsync(stream);
        Assert.StartsWith("HTTP/1.1 400 ", answer);
        Assert.DoesNotContain("Home", answer);
    }
}
