using System.Diagnostics;
using Microsoft.Playwright;

namespace LocalOfferGen.BrowserTests;

/// <summary>How long a save takes to show in the open browser page under <c>localoffer serve</c>: from writing the file,
/// through the file watcher's quiet time, the rebuild and the reload, to the new text showing in the page. It checks that
/// every one of ten saves shows, and writes the times to the test log (a measurement, not a limit). It runs on a copy of
/// the sample, or on the content folder <c>LOCALOFFER_SERVE_TIMING_CONTENT</c> names (the benchmark's 4,000-page
/// site, for one), whose page it puts back as it was.</summary>
public sealed class ServeTimingTests(BrowserSite site) : IAsyncDisposable
{
    private const int Saves = 10;
    private readonly ServedPreview _preview = new();

    public ValueTask DisposeAsync() => _preview.DisposeAsync();

    [Fact]
    [Trait("Category", "Timing")]
    public async Task Save_to_visible()
    {
        var content = Environment.GetEnvironmentVariable("LOCALOFFER_SERVE_TIMING_CONTENT");
        if (string.IsNullOrEmpty(content)) content = _preview.CopySample();
        await using var context = await site.NewContextAsync(1280, 800);
        var (file, url) = MiddlePage(content);
        var original = File.ReadAllText(file);
        try
        {
            var address = await _preview.StartAsync(content, TimeSpan.FromMinutes(5));
            var page = await context.NewPageAsync();
            await page.GotoAsync(new Uri(address, url).ToString(), new PageGotoOptions { WaitUntil = WaitUntilState.Load });
            var times = new List<long>();
            for (var save = 1; save <= Saves; save++)
            {
                var marker = $"Serve timing save {save} at {DateTime.UtcNow.Ticks}.";
                var clock = Stopwatch.StartNew();
                await File.WriteAllTextAsync(file, original.TrimEnd('\n') + $"\n\n{marker}\n", TestContext.Current.CancellationToken);
                await Assertions.Expect(page.GetByText(marker)).ToBeVisibleAsync(new() { Timeout = 60_000 });
                times.Add(clock.ElapsedMilliseconds);
                await Task.Delay(500, TestContext.Current.CancellationToken);   // let the reloaded page start waiting for the next build
            }
            var sorted = times.Order().ToList();
            TestContext.Current.TestOutputHelper?.WriteLine(
                $"Save to visible, {Saves} saves of {file}: median {(sorted[Saves / 2 - 1] + sorted[Saves / 2]) / 2} ms, " +
                $"{sorted[0]} to {sorted[^1]} ms ({string.Join(", ", times)}); load average {LoadAverage()}");
        }
        finally
        {
            File.WriteAllText(file, original);
        }
    }

    /// <summary>An ordinary page in the middle of the site, as the --serve benchmark picks it, and its address.</summary>
    private static (string File, string Url) MiddlePage(string content)
    {
        var pages = Directory.EnumerateFiles(Path.Combine(content, "pages"), "*.md", SearchOption.AllDirectories)
            .Where(f => Path.GetFileName(f) != "index.md")
            .Select(f => Path.GetRelativePath(content, f).Replace(Path.DirectorySeparatorChar, '/'))
            .Order(StringComparer.Ordinal)
            .ToList();
        var path = pages[pages.Count / 2];
        return (Path.Combine(content, path), path["pages/".Length..^".md".Length] + "/");
    }

    private static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "unknown";
}
