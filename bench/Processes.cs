using System.Diagnostics;

namespace LocalOfferGen.Benchmarks;

/// <summary>Runs a program to completion and times it from start to exit.</summary>
public static class Processes
{
    public static (TimeSpan Wall, string Stdout, string Stderr, int ExitCode) Run(string program, IEnumerable<string> arguments,
        string? workingDirectory = null)
    {
        var start = new ProcessStartInfo(program)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = workingDirectory ?? Environment.CurrentDirectory,
        };
        foreach (var argument in arguments) start.ArgumentList.Add(argument);
        var clock = Stopwatch.StartNew();
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        process.WaitForExit();
        clock.Stop();
        return (clock.Elapsed, stdout.Result, stderr.Result, process.ExitCode);
    }

    /// <summary>The full path of a program on PATH, or null.</summary>
    public static string? Find(string name)
    {
        foreach (var folder in (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries))
        {
            var full = Path.Combine(folder, name);
            if (File.Exists(full)) return full;
        }
        return null;
    }
}
