// Times the word format on a large generated Local Offer: the sample's sections copied until the site has
// the number of pages asked for (default 2,000). Usage:
//   dotnet run -c Release --project bench/WordBenchmark -- [content folder] [pages] [runs]
using System.Diagnostics;
using System.Globalization;
using LocalOfferGen.Building;
using LocalOfferGen.Output;

var content = args.Length > 0 ? args[0] : "content";
var wanted = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 2000;
var runs = args.Length > 2 ? int.Parse(args[2], CultureInfo.InvariantCulture) : 3;

var root = Path.Combine(Path.GetTempPath(), "localoffer-word-bench-" + Guid.NewGuid().ToString("N"));
try
{
    var pages = MakeLargeSite(content, Path.Combine(root, "content"), wanted);
    Console.WriteLine($"Generated {pages} pages in {root}/content ({Environment.ProcessorCount} processors).");
    // Loading alone (no format matches "none") is measured too, so the Word documents' own share is known.
    var load = Median(Measure("none", runs, root));
    var word = Median(Measure("word", runs, root));
    Console.WriteLine($"Median of {runs}: load only {load.Wall:0.00} s wall, {load.Cpu:0.00} s CPU; load and Word {word.Wall:0.00} s wall, {word.Cpu:0.00} s CPU.");
    Console.WriteLine($"Word documents alone: {word.Wall - load.Wall:0.00} s wall, {word.Cpu - load.Cpu:0.00} s CPU.");
}
finally
{
    Directory.Delete(root, recursive: true);
}

static List<(double Wall, double Cpu)> Measure(string format, int runs, string root)
{
    var times = new List<(double, double)>();
    for (var run = 0; run <= runs; run++)
    {
        var process = Process.GetCurrentProcess();
        var cpu = process.TotalProcessorTime;
        var clock = Stopwatch.StartNew();
        var result = SiteBuilder.Build(new BuildOptions
        {
            ContentDirectory = Path.Combine(root, "content"),
            OutputDirectory = Path.Combine(root, "output"),
            Formats = [format],
            Settings = new BuildSettings { Today = new(2026, 11, 27) },
        });
        clock.Stop();
        process.Refresh();
        var used = (process.TotalProcessorTime - cpu).TotalSeconds;
        if (!result.Succeeded) throw new InvalidOperationException(string.Join("\n", result.Diagnostics));
        var megabytes = result.FilesWritten.Values.Sum() / 1048576.0;
        // The first run warms up the runtime and is not counted.
        Console.WriteLine($"{format} {(run == 0 ? "warm-up" : $"run {run}")}: {result.Site!.Pages.Count} pages, {result.FilesWritten.Count} files, {megabytes:0.0} MB, {clock.Elapsed.TotalSeconds:0.00} s wall, {used:0.00} s CPU");
        if (run > 0) times.Add((clock.Elapsed.TotalSeconds, used));
    }
    return times;
}

static (double Wall, double Cpu) Median(List<(double Wall, double Cpu)> times) =>
    (times.Select(t => t.Wall).Order().ElementAt(times.Count / 2), times.Select(t => t.Cpu).Order().ElementAt(times.Count / 2));

// Copies each section folder of pages/ as <section>-1, <section>-2 ... at the same depth (so relative
// picture paths still resolve) until the site has at least the pages wanted.
static int MakeLargeSite(string from, string to, int wanted)
{
    CopyFolder(from, to);
    var pages = Path.Combine(to, "pages");
    var sections = Directory.GetDirectories(pages).Order(StringComparer.Ordinal).ToList();
    var count = Directory.GetFiles(pages, "*.md", SearchOption.AllDirectories).Length;
    for (var copy = 1; count < wanted; copy++)
    {
        foreach (var section in sections)
        {
            if (count >= wanted) break;
            var target = $"{section}-{copy}";
            CopyFolder(section, target);
            count += Directory.GetFiles(target, "*.md", SearchOption.AllDirectories).Length;
        }
    }
    return count;
}

static void CopyFolder(string from, string to)
{
    Directory.CreateDirectory(to);
    foreach (var file in Directory.GetFiles(from)) File.Copy(file, Path.Combine(to, Path.GetFileName(file)));
    foreach (var folder in Directory.GetDirectories(from)) CopyFolder(folder, Path.Combine(to, Path.GetFileName(folder)));
}
