using System.Diagnostics;
using LocalOfferGen.Tests.Serving;

namespace LocalOfferGen.Tests.Cli;

/// <summary>The steps a new council takes: <c>new site</c>, <c>build</c>, <c>new page</c>, <c>serve</c>, run as the
/// real program.</summary>
public sealed class ServeAndNewCommandTests : IDisposable
{
    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public void A_new_site_builds_and_new_refuses_to_overwrite()
    {
        var created = Localoffer.Invoke(_temp.Path, "new", "site", "our-local-offer");
        Assert.Equal(0, created.ExitCode);
        Assert.Contains("Created our-local-offer/content/site.yml", created.Out);
        var site = Path.Combine(_temp.Path, "our-local-offer");

        var page = Localoffer.Invoke(site, "new", "page", "education/school-transport");
        Assert.Equal(0, page.ExitCode);
        Assert.Contains("Created content/pages/education/school-transport.md", page.Out);

        var again = Localoffer.Invoke(site, "new", "page", "education/school-transport");
        Assert.Equal(2, again.ExitCode);
        Assert.Contains("already exists", again.Error);

        var build = Localoffer.Invoke(site, "build", "--today", "2026-11-27");
        Assert.True(build.ExitCode == 0, build.Out + build.Error);
        Assert.Contains("0 warnings, 0 errors", build.Out);
        Assert.True(File.Exists(Path.Combine(site, "output", "education", "school-transport", "index.html")));
    }

    [Fact]
    public void New_explains_a_name_that_cannot_be_a_web_address()
    {
        Localoffer.Invoke(_temp.Path, "new", "site", "s");
        var run = Localoffer.Invoke(Path.Combine(_temp.Path, "s"), "new", "service", "Speech Therapy");
        Assert.Equal(2, run.ExitCode);
        Assert.Contains("'speech-therapy'", run.Error);
    }

    [Fact]
    public void Serve_without_a_content_folder_says_so()
    {
        var run = Localoffer.Invoke(_temp.Path, "serve");
        Assert.Equal(2, run.ExitCode);
        Assert.Contains("no content folder", run.Error);
    }

    [Fact]
    public void Serve_answers_on_127_0_0_1_and_stops_cleanly_when_asked()
    {
        Localoffer.Invoke(_temp.Path, "new", "site", "s");
        var port = FreePort();
        var start = new ProcessStartInfo("dotnet") { WorkingDirectory = Path.Combine(_temp.Path, "s"), RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "localoffer.dll"));
        foreach (var arg in new[] { "serve", "--port", port.ToString(System.Globalization.CultureInfo.InvariantCulture) }) start.ArgumentList.Add(arg);
        using var process = Process.Start(start)!;
        var lines = new List<string>();
        var serving = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        process.OutputDataReceived += (_, e) =>
        {
            if (e.Data is null) return;
            lock (lines) lines.Add(e.Data);
            if (e.Data.StartsWith("Serving http://127.0.0.1:", StringComparison.Ordinal)) serving.TrySetResult();
        };
        process.BeginOutputReadLine();
        try
        {
            Assert.True(serving.Task.Wait(TimeSpan.FromMinutes(2)), "serve did not start: " + string.Join("\n", lines));
            using var http = new HttpClient();
            var home = http.GetStringAsync($"http://127.0.0.1:{port}/", TestContext.Current.CancellationToken).GetAwaiter().GetResult();
            Assert.Contains("/__localoffer/reload.js", home);

            // SIGTERM takes the same path as Ctrl+C: finish any rebuild, stop the server, exit 0.
            Process.Start("kill", ["-TERM", process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)])!.WaitForExit();
            Assert.True(process.WaitForExit(TimeSpan.FromSeconds(30)), "serve did not stop");
            process.WaitForExit();
            Assert.Equal(0, process.ExitCode);
            lock (lines) Assert.Contains("Stopped.", lines);
        }
        finally
        {
            if (!process.HasExited) process.Kill(entireProcessTree: true);
        }
    }

    private static int FreePort()
    {
        var probe = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
        probe.Start();
        var port = ((System.Net.IPEndPoint)probe.LocalEndpoint).Port;
        probe.Stop();
        return port;
    }
}
