using System.Diagnostics;
using System.Globalization;
using System.Text;
using LocalOfferGen.Changes;

namespace LocalOfferGen.Benchmarks;

/// <summary>How long reading "Last updated" dates from git takes on a large history: a repository of
/// <c>files</c> content files made by one commit, then <c>commits</c> more commits each changing a few of them,
/// one a day (written with <c>git fast-import</c>, so making it takes seconds). See docs/performance.md.</summary>
internal static class GitHistoryBenchmark
{
    public static int Run(string work, int files, int commits, int runs)
    {
        if (Directory.Exists(work)) Directory.Delete(work, recursive: true);
        Directory.CreateDirectory(work);
        Git(work, null, "init", "-q", "-b", "main");
        var made = Stopwatch.StartNew();
        Git(work, Stream(files, commits), "fast-import", "--quiet");
        Git(work, null, "checkout", "-q", "main");
        Console.WriteLine($"Made {files} files and {commits + 1} commits in {work} in {made.Elapsed.TotalSeconds:0.0} s");
        var content = Path.Combine(work, "content");
        var times = new List<double>();
        GitHistory? history = null;
        for (var i = 0; i < runs; i++)
        {
            var watch = Stopwatch.StartNew();
            history = GitHistory.Read(content);
            times.Add(watch.Elapsed.TotalMilliseconds);
        }
        Console.WriteLine($"GitHistory.Read: {history!.FileCount} files dated; best {times.Min():0} ms, median {times.Order().ElementAt(times.Count / 2):0} ms of {runs} runs");
        return 0;
    }

    /// <summary>A fast-import stream: the first commit adds every file; each later one, a day later, changes 3 of them.</summary>
    private static string Stream(int files, int commits)
    {
        var text = new StringBuilder();
        var day = new DateTimeOffset(2020, 1, 1, 12, 0, 0, TimeSpan.Zero);
        var random = new Random(42);
        string PathOf(int i) => i % 5 == 0 ? $"content/services/service-{i:00000}.yml" : $"content/pages/section-{i % 40:00}/page-{i:00000}.md";
        void Commit(int n, IEnumerable<int> changed)
        {
            var stamp = day.AddDays(n).ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
            text.Append("commit refs/heads/main\n");
            text.Append($"committer Editor <editor@example.gov.uk> {stamp} +0000\n");
            var message = $"Change {n}";
            text.Append($"data {message.Length}\n{message}\n");
            foreach (var i in changed)
            {
                var body = $"---\ntitle: Page {i}\nreviewed: 2020-01-01\n---\n\nVersion {n}.\n";
                text.Append($"M 100644 inline {PathOf(i)}\ndata {Encoding.UTF8.GetByteCount(body)}\n{body}\n");
            }
        }
        Commit(0, Enumerable.Range(0, files));
        for (var n = 1; n <= commits; n++) Commit(n, Enumerable.Range(0, 3).Select(_ => random.Next(files)).Distinct());
        return text.ToString();
    }

    private static void Git(string folder, string? input, params string[] arguments)
    {
        var start = new ProcessStartInfo("git") { WorkingDirectory = folder, RedirectStandardInput = input is not null, UseShellExecute = false };
        foreach (var argument in arguments) start.ArgumentList.Add(argument);
        using var process = Process.Start(start)!;
        if (input is not null)
        {
            process.StandardInput.Write(input);
            process.StandardInput.Close();
        }
        process.WaitForExit();
        if (process.ExitCode != 0) throw new InvalidOperationException($"git {arguments[0]} failed");
    }
}
