using System.Diagnostics;
using System.Globalization;
using LocalOfferGen.Output;
using LocalOfferGen.Serving;

namespace LocalOfferGen.Benchmarks;

/// <summary><c>--serve</c>: what one save costs in <c>localoffer serve</c>. Builds a preview of the content, then
/// changes the text of one page again and again, and times each <see cref="PreviewBuilder.Rebuild"/>, and from the
/// start of that rebuild until a browser's waiting long-poll is answered and the new page has been fetched from the
/// preview server (everything a browser waits for except drawing the page; the file watcher's quiet time comes on
/// top). The page is put back as it was at the end.</summary>
internal static class ServeBenchmark
{
    public static async Task<int> Run(string content, string? page, int edits)
    {
        content = Path.GetFullPath(content);
        var file = Path.Combine(content, page ?? MiddlePage(content));
        var original = File.ReadAllText(file);
        var preview = Path.Combine(Path.GetTempPath(), $"localoffer-serve-bench-{Guid.NewGuid():N}", "site");
        var builder = new PreviewBuilder(content, preview, new BuildSettings());
        var liveReload = new LiveReload();
        try
        {
            var first = builder.BuildAll();
            Console.WriteLine($"First build of {content}: {first.Elapsed.TotalMilliseconds:0} ms, {first.FilesWritten} files, " +
                              $"{(first.Succeeded ? "no errors" : string.Join("; ", first.Errors))}");
            if (!first.Succeeded) return 1;
            await using var server = new StaticFileServer(preview, 0, liveReload);
            server.Start();
            using var http = new HttpClient { BaseAddress = server.Address };

            Console.WriteLine($"Changing the text of {Path.GetRelativePath(content, file)} {edits} times:");
            var rebuilds = new List<double>();
            var served = new List<double>();
            var processorTimes = new List<double>();
            var process = Process.GetCurrentProcess();
            for (var edit = 1; edit <= edits; edit++)
            {
                var marker = $"Serve benchmark edit {edit} at {DateTime.UtcNow.Ticks}.";
                File.WriteAllText(file, original.TrimEnd('\n') + $"\n\n{marker}\n");
                // A browser page is already waiting for the next build, as it is in serve.
                var version = liveReload.State.Version;
                var waiting = http.GetStringAsync($"{LiveReload.EventsPath}?since={version}");

                var cpuBefore = process.TotalProcessorTime;
                var clock = Stopwatch.StartNew();
                var result = builder.Rebuild([file]);
                var rebuilt = clock.Elapsed;
                process.Refresh();
                var cpu = process.TotalProcessorTime - cpuBefore;
                liveReload.Publish(result.Succeeded, result.Errors.Select(e => e.ToString()).ToList());
                await waiting;
                var html = await http.GetStringAsync(result.RenderedPages is [var url, ..] ? url.TrimStart('/') : "");
                var total = clock.Elapsed;

                if (!result.Succeeded || !html.Contains(marker, StringComparison.Ordinal))
                    throw new InvalidOperationException($"edit {edit}: the rebuilt page does not show the change ({string.Join("; ", result.Errors)})");
                rebuilds.Add(rebuilt.TotalMilliseconds);
                served.Add(total.TotalMilliseconds);
                processorTimes.Add(cpu.TotalMilliseconds);
                var steps = string.Join(", ", result.Steps.Select(s => $"{s.Step} {s.Time.TotalMilliseconds:0.0}"));
                Console.WriteLine($"  {edit,3}: Rebuild {rebuilt.TotalMilliseconds,7:0.0} ms ({(result.Full ? "full" : "pages only")}, {cpu.TotalMilliseconds:0} ms CPU), " +
                                  $"served {total.TotalMilliseconds,7:0.0} ms{(steps.Length > 0 ? $"   [{steps}]" : "")}");
            }
            Console.WriteLine($"Rebuild():                median {Median(rebuilds):0.0} ms, range {rebuilds.Min():0.0} to {rebuilds.Max():0.0} ms");
            Console.WriteLine($"Rebuild() processor time: median {Median(processorTimes):0} ms (every thread of the process, so garbage collection too)");
            Console.WriteLine($"Rebuild to page fetched:  median {Median(served):0.0} ms, range {served.Min():0.0} to {served.Max():0.0} ms");
            Console.WriteLine($"Load average at the end: {LoadAverage()}");
            return 0;
        }
        finally
        {
            File.WriteAllText(file, original);
            var folder = Path.GetDirectoryName(preview)!;
            if (Directory.Exists(folder)) Directory.Delete(folder, recursive: true);
        }
    }

    /// <summary>An ordinary page in the middle of the site, not a section's index page.</summary>
    private static string MiddlePage(string content)
    {
        var pages = Directory.EnumerateFiles(Path.Combine(content, "pages"), "*.md", SearchOption.AllDirectories)
            .Where(f => Path.GetFileName(f) != "index.md")
            .Select(f => Path.GetRelativePath(content, f))
            .Order(StringComparer.Ordinal)
            .ToList();
        return pages[pages.Count / 2];
    }

    private static double Median(List<double> values)
    {
        var sorted = values.Order().ToList();
        return sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[sorted.Count / 2 - 1] + sorted[sorted.Count / 2]) / 2;
    }

    private static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "unknown";
}
