using System.Globalization;
using System.Runtime.InteropServices;

namespace LocalOfferGen.Benchmarks;

/// <summary>Prints the results as Markdown tables, ready for docs/performance.md. Each row is the best
/// (lowest wall time) of the runs, because on a shared machine the slower runs measure the neighbours.</summary>
internal static class Report
{
    public static void Print(Options options, SyntheticContent content, List<Measurement> results, List<ExternalRun> hugoRuns,
        List<ExternalRun> sampleRuns, string? hugo, string? missingCli)
    {
        Console.WriteLine();
        Console.WriteLine($"## {options.Pages} pages, {options.Services} services ({content.EasyReadCount} easy-read pages, " +
                          $"{content.NewsCount} news posts, {content.LeafletCount} leaflets): best of {options.Runs} runs");
        Console.WriteLine();
        Console.WriteLine($"Machine: {Machine()}");
        Console.WriteLine();
        Console.WriteLine("| Build | Wall (process) | Wall (build) | CPU | Allocated | Peak working set | HTML pages (files) | Pages/s |");
        Console.WriteLine("|---|---:|---:|---:|---:|---:|---:|---:|");
        foreach (var group in results.GroupBy(r => r.Name))
        {
            var best = group.MinBy(r => r.ProcessWall)!;
            Console.WriteLine($"| {best.Name} | {S(best.ProcessWall)} | {S(best.BuildWall)} | {S(best.Cpu)} | {Mb(best.AllocatedBytes)} | " +
                              $"{Mb(best.PeakWorkingSet)} | {best.HtmlPages} ({best.Files}) | {best.PagesPerSecond.ToString("0", CultureInfo.InvariantCulture)} |");
        }
        Best(hugoRuns, "Hugo (same pages, minimal layout)");
        Best(sampleRuns, "Sample content, all formats: `dotnet localoffer.dll build` (cold start)");

        var web = results.Where(r => r.Name == "web").MinBy(r => r.ProcessWall);
        var all = results.Where(r => r.Name == "all formats").MinBy(r => r.ProcessWall);
        Console.WriteLine();
        if (web is not null && hugoRuns.Count > 0)
        {
            var h = hugoRuns.MinBy(r => r.Wall)!;
            Console.WriteLine($"Website / Hugo wall-time ratio: {Ratio(web.ProcessWall, h.Wall)} (target ≤ 1.0); " +
                              $"per run: {string.Join(", ", results.Where(r => r.Name == "web").Zip(hugoRuns, (w, x) => Ratio(w.ProcessWall, x.Wall)))}");
        }
        else Console.WriteLine(hugo is null && !options.NoHugo ? "Hugo is not installed (apt-get install -y hugo): no comparison." : "Hugo comparison skipped.");
        if (web is not null && all is not null)
            Console.WriteLine($"All formats / website-only ratio: {Ratio(all.ProcessWall, web.ProcessWall)} (target < 3)");
        if (missingCli is not null)
            Console.WriteLine($"Sample cold start not measured: build the command first (dotnet build -c Release src/LocalOfferGen); looked for {missingCli}");

        Console.WriteLine();
        Console.WriteLine("Where the time goes (build steps of the best run):");
        foreach (var group in results.GroupBy(r => r.Name))
        {
            var best = group.MinBy(r => r.ProcessWall)!;
            Console.WriteLine($"- {best.Name}: " + string.Join(", ", best.Steps.Select(s => $"{s.Step} {S(s.Time)}")) +
                              $"; garbage collections (gen 0/1/2) {best.Collections}, pausing {S(best.GcPauses)}");
        }
    }

    private static void Best(List<ExternalRun> runs, string label)
    {
        if (runs.Count == 0) return;
        var best = runs.MinBy(r => r.Wall)!;
        Console.WriteLine($"| {label} | {S(best.Wall)} | | {(best.Cpu is { } c ? S(c) : "")} | | {(best.PeakBytes is { } p ? Mb(p) : "")} | | |");
    }

    private static string Machine()
    {
        var cpu = File.Exists("/proc/cpuinfo")
            ? File.ReadLines("/proc/cpuinfo").FirstOrDefault(l => l.StartsWith("model name", StringComparison.Ordinal))?.Split(':', 2)[1].Trim()
            : null;
        var memory = GC.GetGCMemoryInfo().TotalAvailableMemoryBytes;
        return $"{Environment.ProcessorCount} cores{(cpu is null ? "" : $" ({cpu})")}, {Mb(memory)} memory, {RuntimeInformation.OSDescription}, " +
               $".NET {Environment.Version}";
    }

    private static string S(TimeSpan time) => time.TotalSeconds.ToString("0.000", CultureInfo.InvariantCulture) + " s";

    private static string Mb(long bytes) => (bytes / 1048576.0).ToString("0", CultureInfo.InvariantCulture) + " MB";

    private static string Ratio(TimeSpan a, TimeSpan b) => (a.TotalSeconds / b.TotalSeconds).ToString("0.00", CultureInfo.InvariantCulture);
}
