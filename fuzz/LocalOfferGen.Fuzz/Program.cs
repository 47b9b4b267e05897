using System.Text;
using LocalOfferGen.Building;
using LocalOfferGen.Output;
using SharpFuzz;

namespace LocalOfferGen.Fuzz;

/// <summary>AFL++ harness: each input replaces one file of a small valid content folder (its first byte
/// picks which), then the whole build runs: load, and when the content loads, every output format.
/// Diagnostics are the expected answer to bad input; any exception or crash is a finding.
/// <c>--target NAME</c> runs one reader's harness instead (<see cref="Targets"/>).</summary>
public static class Program
{
    public static int Main(string[] args)
    {
        if (args is ["--target", var name, .. var rest] && name != "build") return RunTarget(name, rest);
        if (args is ["--target", "build", .. var buildArgs]) args = buildArgs;
        var files = BaseContent.Read();
        if (args is ["--write-seeds", var seedFolder])
        {
            Seeds.Write(seedFolder, files);
            return 0;
        }
        var work = Directory.CreateTempSubdirectory("lo-fuzz-");
        var content = Path.Combine(work.FullName, "content");
        var output = Path.Combine(work.FullName, "output");
        BaseContent.WriteTo(content, files);
        if (args is [var single])
        {
            // Replays one input (a crash AFL found) outside AFL, with the full stack trace.
            var result = RunOne(File.ReadAllBytes(single), files, content, output);
            foreach (var diagnostic in result?.Diagnostics ?? []) Console.WriteLine(diagnostic);
            Console.WriteLine(result is { Succeeded: true } ? "no crash; built" : "no crash; not built (see the diagnostics above)");
            work.Delete(recursive: true);
            return 0;
        }
        Fuzzer.OutOfProcess.Run(stream =>
        {
            using var buffer = new MemoryStream();
            stream.CopyTo(buffer);
            RunOne(buffer.ToArray(), files, content, output);
        });
        return 0;
    }

    /// <summary>One reader's harness (<see cref="Targets"/>): replays a file given, or runs under AFL++.</summary>
    private static int RunTarget(string name, string[] args)
    {
        if (!Targets.All.TryGetValue(name, out var target))
        {
            Console.Error.WriteLine($"unknown target '{name}': use build, {string.Join(", ", Targets.All.Keys)}");
            return 2;
        }
        var work = Directory.CreateTempSubdirectory("lo-fuzz-");
        if (args is [var single])
        {
            target(File.ReadAllBytes(single), work.FullName);
            Console.WriteLine("no crash");
            work.Delete(recursive: true);
            return 0;
        }
        Fuzzer.OutOfProcess.Run(stream =>
        {
            using var buffer = new MemoryStream();
            stream.CopyTo(buffer);
            target(buffer.ToArray(), work.FullName);
        });
        return 0;
    }

    private static BuildResult? RunOne(byte[] input, IReadOnlyList<BaseContent.ContentFile> files, string content, string output)
    {
        if (input.Length == 0) return null;
        var target = files[input[0] % files.Count];
        var path = Path.Combine(content, target.Path);
        File.WriteAllBytes(path, input.AsSpan(1).ToArray());
        try
        {
            return SiteBuilder.Build(new BuildOptions
            {
                ContentDirectory = content,
                OutputDirectory = output,
                Settings = new BuildSettings { Today = new DateOnly(2026, 11, 27) },
            });
        }
        finally
        {
            File.WriteAllBytes(path, target.Bytes);
        }
    }
}
