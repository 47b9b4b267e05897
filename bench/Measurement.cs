using System.Diagnostics;
using System.Globalization;
using LocalOfferGen.Building;
using LocalOfferGen.Output;

namespace LocalOfferGen.Benchmarks;

/// <summary>One measured build. <see cref="ProcessWall"/> is the whole process, runtime start-up included (what a
/// user or CI waits for); <see cref="BuildWall"/> is <c>SiteBuilder.Build</c> alone. <see cref="Steps"/> is the
/// time of each pipeline step (loading, then each format); <see cref="Collections"/> the garbage collections of
/// generations 0/1/2 and <see cref="GcPauses"/> the time they paused the build.</summary>
public sealed record Measurement(
    string Name,
    TimeSpan ProcessWall,
    TimeSpan BuildWall,
    TimeSpan Cpu,
    long AllocatedBytes,
    long PeakWorkingSet,
    int HtmlPages,
    int Files,
    IReadOnlyList<(string Step, TimeSpan Time)> Steps,
    string Collections,
    TimeSpan GcPauses)
{
    /// <summary>HTML pages per second; for formats without HTML pages (Word, print, open data), files per second.</summary>
    public double PagesPerSecond => (HtmlPages > 0 ? HtmlPages : Files) / BuildWall.TotalSeconds;

    private const string Prefix = "MEASUREMENT ";

    /// <summary>Runs in a process of its own (the benchmark starts itself with <c>--measure</c>), so the peak
    /// working set and the allocations are this build's alone, and start-up costs are counted as for a real run.</summary>
    public static int MeasureInThisProcess(string content, string output, IReadOnlyCollection<string> formats)
    {
        var process = Process.GetCurrentProcess();
        var cpuBefore = process.TotalProcessorTime;
        var steps = new StepClock();
        var clock = Stopwatch.StartNew();
        var result = SiteBuilder.Build(new BuildOptions
        {
            ContentDirectory = content,
            OutputDirectory = output,
            Formats = formats,
            Settings = new BuildSettings { Today = new DateOnly(2026, 11, 27) },
        }, steps);
        clock.Stop();
        steps.Finish();
        process.Refresh();
        if (!result.Succeeded)
        {
            foreach (var diagnostic in result.Diagnostics.Take(20)) Console.Error.WriteLine(diagnostic);
            return 1;
        }
        var html = result.FilesWritten.Keys.Count(k => k.EndsWith(".html", StringComparison.Ordinal));
        var line = string.Join('\t',
            clock.Elapsed.Ticks, (process.TotalProcessorTime - cpuBefore).Ticks, GC.GetTotalAllocatedBytes(true),
            process.PeakWorkingSet64, html, result.FilesWritten.Count,
            string.Join('|', steps.Times.Select(s => $"{s.Step}={s.Time.Ticks}")),
            $"{GC.CollectionCount(0)}/{GC.CollectionCount(1)}/{GC.CollectionCount(2)}", GC.GetTotalPauseDuration().Ticks);
        Console.WriteLine(Prefix + line);
        return 0;
    }

    /// <summary>Starts the benchmark itself in measuring mode and reads back its measurement.</summary>
    public static Measurement Run(string name, string content, string output, IReadOnlyCollection<string> formats)
    {
        var arguments = new List<string>();
        var self = Environment.ProcessPath!;
        if (Path.GetFileNameWithoutExtension(self) == "dotnet") arguments.Add(typeof(Measurement).Assembly.Location);
        else if (!File.Exists(self)) throw new InvalidOperationException("cannot find the benchmark's own executable");
        arguments.AddRange(["--measure", "--content", content, "--output", output]);
        if (formats.Count > 0) arguments.AddRange(["--formats", string.Join(',', formats)]);
        var (wall, stdout, stderr, exit) = Processes.Run(self, arguments);
        var line = stdout.Split('\n').FirstOrDefault(l => l.StartsWith(Prefix, StringComparison.Ordinal))
            ?? throw new InvalidOperationException($"the measured build of '{name}' failed (exit {exit}):\n{stderr}{stdout}");
        var f = line[Prefix.Length..].Trim().Split('\t');
        var steps = f[6].Split('|', StringSplitOptions.RemoveEmptyEntries)
            .Select(s => s.Split('=')).Select(p => (p[0], TimeSpan.FromTicks(long.Parse(p[1], CultureInfo.InvariantCulture)))).ToList();
        return new Measurement(name, wall, TimeSpan.FromTicks(long.Parse(f[0], CultureInfo.InvariantCulture)),
            TimeSpan.FromTicks(long.Parse(f[1], CultureInfo.InvariantCulture)), long.Parse(f[2], CultureInfo.InvariantCulture),
            long.Parse(f[3], CultureInfo.InvariantCulture), int.Parse(f[4], CultureInfo.InvariantCulture),
            int.Parse(f[5], CultureInfo.InvariantCulture), steps, f[7], TimeSpan.FromTicks(long.Parse(f[8], CultureInfo.InvariantCulture)));
    }

    /// <summary>Times each step SiteBuilder reports; reports arrive on the building thread, in order.</summary>
    private sealed class StepClock : IProgress<BuildStep>
    {
        private readonly Stopwatch _clock = Stopwatch.StartNew();
        private string? _current;
        private TimeSpan _started;

        public List<(string Step, TimeSpan Time)> Times { get; } = [];

        public void Report(BuildStep value)
        {
            var now = _clock.Elapsed;
            if (_current is not null) Times.Add((_current, now - _started));
            _current = value.Name;
            _started = now;
        }

        public void Finish()
        {
            if (_current is not null) Times.Add((_current, _clock.Elapsed - _started));
            _current = null;
        }
    }
}
