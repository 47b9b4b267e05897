using System.Globalization;
using LocalOfferGen.Benchmarks;
using LocalOfferGen.Output;

// dotnet run -c Release --project bench -- --pages 4000 --services 1000 [--runs 3] [--work DIR] [--no-hugo] [--generate-only] [--only web,all]
// dotnet run -c Release --project bench -- --serve [--content DIR] [--page pages/x.md] [--edits 20]
// dotnet run -c Release --project bench -- --git-history [--pages 4000] [--commits 4000] [--runs 3] [--work DIR]
// See docs/performance.md.
var options = Options.Parse(args);
if (options.GitHistory)
    return GitHistoryBenchmark.Run(Path.GetFullPath(options.Work ?? Path.Combine(Path.GetTempPath(), "localoffer-bench-git")),
        options.Pages, options.Commits, options.Runs);
if (options.Measure)
    return Measurement.MeasureInThisProcess(options.Content!, options.Output!, options.Formats);
if (options.Serve && options.Content is { } serveContent)
    return await ServeBenchmark.Run(serveContent, options.Page, options.Edits);

var repository = Options.FindRepository();
var work = Path.GetFullPath(options.Work ?? Path.Combine(Path.GetTempPath(), $"localoffer-bench-{options.Pages}-{options.Services}"));
var content = Path.Combine(work, "content");
var hugoProject = Path.Combine(work, "hugo");
Console.WriteLine($"Generating {options.Pages} pages and {options.Services} services in {work} ...");
var synthetic = new SyntheticContent(options.Pages, options.Services);
synthetic.Write(content, Path.Combine(repository, "content"));
HugoSite.Write(hugoProject, content, synthetic.PageFiles);
Console.WriteLine($"  {synthetic.PageFiles.Count} pages, {synthetic.EasyReadCount} easy-read pages, {options.Services} services, " +
                  $"{synthetic.NewsCount} news posts, {synthetic.LeafletCount} leaflets.");
if (options.GenerateOnly) return 0;
if (options.Serve) return await ServeBenchmark.Run(content, options.Page, options.Edits);

var hugo = options.NoHugo ? null : Processes.Find("hugo");
var cli = Path.Combine(repository, "src", "LocalOfferGen", "bin", "Release", "net10.0", "localoffer.dll");
var scenarios = OutputFormats.Names.Select(name => (Name: name, Formats: (IReadOnlyCollection<string>)[name]))
    .Append((Name: "all formats", Formats: (IReadOnlyCollection<string>)[]))
    .Where(s => options.Only.Count == 0 || options.Only.Contains(s.Name) || (s.Name == "all formats" && options.Only.Contains("all")))
    .ToList();

var results = new List<Measurement>();
var hugoRuns = new List<ExternalRun>();
var sampleRuns = new List<ExternalRun>();
for (var run = 1; run <= options.Runs; run++)
{
    Console.WriteLine($"Run {run} of {options.Runs}");
    foreach (var (name, formats) in scenarios)
    {
        var measured = Measurement.Run(name, content, Path.Combine(work, "output"), formats);
        results.Add(measured);
        Console.WriteLine($"  {name,-12} {measured.ProcessWall.TotalSeconds,6:0.000} s wall, {measured.Cpu.TotalSeconds,6:0.000} s CPU");
        // Hugo runs right after the website build, so both meet the same load on a shared machine.
        if (name == "web" && hugo is not null)
        {
            var h = ExternalRun.Time("hugo", hugo, ["--quiet", "--source", hugoProject, "--destination", Path.Combine(work, "hugo-public"), "--cleanDestinationDir"]);
            hugoRuns.Add(h);
            Console.WriteLine($"  {"hugo",-12} {h.Wall.TotalSeconds,6:0.000} s wall, {h.CpuText} CPU");
        }
    }
    if (File.Exists(cli))
    {
        var s = ExternalRun.Time("dotnet", Processes.Find("dotnet") ?? "dotnet",
            [cli, "build", "--content", Path.Combine(repository, "content"), "--output", Path.Combine(work, "sample-output")]);
        sampleRuns.Add(s);
        Console.WriteLine($"  {"sample (CLI)",-12} {s.Wall.TotalSeconds,6:0.000} s wall, {s.CpuText} CPU");
    }
}

Report.Print(options, synthetic, results, hugoRuns, sampleRuns, hugo, File.Exists(cli) ? null : cli);
return 0;

/// <summary>The benchmark's command line.</summary>
internal sealed record Options
{
    public int Pages { get; private init; } = 4000;
    public int Services { get; private init; } = 1000;
    public int Runs { get; private init; } = 3;
    public string? Work { get; private init; }
    public bool NoHugo { get; private init; }
    public bool GenerateOnly { get; private init; }
    /// <summary>Which builds to measure (format names, or "all" for every format at once); empty means each format and all.</summary>
    public IReadOnlyCollection<string> Only { get; private init; } = [];
    public bool Measure { get; private init; }
    public string? Content { get; private init; }
    public string? Output { get; private init; }
    public IReadOnlyCollection<string> Formats { get; private init; } = [];
    /// <summary>Time serve's rebuild after changing one page's text (<see cref="ServeBenchmark"/>) instead of full builds.</summary>
    public bool Serve { get; private init; }
    /// <summary>The page --serve changes (content-relative); by default one in the middle of the site.</summary>
    public string? Page { get; private init; }
    public int Edits { get; private init; } = 20;
    /// <summary>Time reading git history (<see cref="GitHistoryBenchmark"/>) of a made-up repository instead of builds.</summary>
    public bool GitHistory { get; private init; }
    public int Commits { get; private init; } = 4000;

    public static Options Parse(string[] args)
    {
        var options = new Options();
        for (var i = 0; i < args.Length; i++)
        {
            string Next() => i + 1 < args.Length ? args[++i] : throw new ArgumentException($"{args[i]} needs a value");
            options = args[i] switch
            {
                "--pages" => options with { Pages = int.Parse(Next(), CultureInfo.InvariantCulture) },
                "--services" => options with { Services = int.Parse(Next(), CultureInfo.InvariantCulture) },
                "--runs" => options with { Runs = int.Parse(Next(), CultureInfo.InvariantCulture) },
                "--work" => options with { Work = Next() },
                "--no-hugo" => options with { NoHugo = true },
                "--generate-only" => options with { GenerateOnly = true },
                "--only" => options with { Only = Next().Split(',', StringSplitOptions.RemoveEmptyEntries) },
                "--measure" => options with { Measure = true },
                "--content" => options with { Content = Next() },
                "--output" => options with { Output = Next() },
                "--serve" => options with { Serve = true },
                "--page" => options with { Page = Next() },
                "--edits" => options with { Edits = int.Parse(Next(), CultureInfo.InvariantCulture) },
                "--git-history" => options with { GitHistory = true },
                "--commits" => options with { Commits = int.Parse(Next(), CultureInfo.InvariantCulture) },
                "--formats" => options with { Formats = Next().Split(',', StringSplitOptions.RemoveEmptyEntries) },
                _ => throw new ArgumentException($"unknown option {args[i]}; see docs/performance.md"),
            };
        }
        if (options.Pages < 1 || options.Services < 0 || options.Runs < 1 || options.Edits < 1)
            throw new ArgumentException("--pages, --runs and --edits must be at least 1");
        return options;
    }

    /// <summary>The repository root (the folder with LocalOfferGen.sln), for the sample content and the CLI.</summary>
    public static string FindRepository()
    {
        foreach (var start in new[] { Environment.CurrentDirectory, AppContext.BaseDirectory })
            for (var folder = new DirectoryInfo(start); folder is not null; folder = folder.Parent)
                if (File.Exists(Path.Combine(folder.FullName, "LocalOfferGen.sln"))) return folder.FullName;
        throw new InvalidOperationException("run the benchmark inside the repository: it copies the sample content's settings and pictures");
    }
}
