using System.Diagnostics;
using LocalOfferGen.Building;
using LocalOfferGen.Diagnostics;
using LocalOfferGen.Output;

namespace LocalOfferGen.Tests.Hostile;

/// <summary>A build that fails in any way (content errors, an exception, cancellation, a killed process, a
/// second build at once) leaves the previous output exactly as it was, and the next build cleans up.</summary>
public sealed class NothingLostTests
{
    private static BuildResult Build(HostileContent content, IProgress<BuildStep>? progress = null, CancellationToken cancellation = default) =>
        SiteBuilder.Build(new BuildOptions
        {
            ContentDirectory = content.Content,
            OutputDirectory = content.Output,
            Settings = new BuildSettings { Today = new(2026, 11, 27) },
        }, progress, cancellation);

    private static Dictionary<string, string> Snapshot(string folder) =>
        Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories)
            .ToDictionary(f => Path.GetRelativePath(folder, f), f => Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(File.ReadAllBytes(f))));

    /// <summary>What a build must not leave beside the output: staging folders and swap markers. (<c>.output.previous</c>,
    /// the output before last, is kept on purpose: the next build writes over it; so is the lock file, which must
    /// never be deleted, see OutputLock.)</summary>
    private static List<string> Leftovers(HostileContent content) =>
        Directory.EnumerateFileSystemEntries(content.Root).Select(Path.GetFileName)
            .Where(n => n!.StartsWith(".output", StringComparison.Ordinal) && n is not ".output.previous" and not ".output.lock").ToList()!;

    private static (HostileContent Content, Dictionary<string, string> Before) BuiltOnce()
    {
        var content = HostileContent.Create();
        var first = Build(content);
        Assert.True(first.Succeeded, string.Join('\n', first.Diagnostics));
        return (content, Snapshot(content.Output));
    }

    /// <summary>Reports progress synchronously and runs <paramref name="onStep"/> at every step.</summary>
    private sealed class At(Action<BuildStep> onStep) : IProgress<BuildStep>
    {
        public void Report(BuildStep value) => onStep(value);
    }

    [Fact]
    public void The_next_build_writes_over_the_output_before_last_and_drops_removed_pages()
    {
        using var content = HostileContent.Create();
        content.Write("pages/extra.md", "---\ntitle: \"Extra\"\nsummary: \"A page removed later.\"\nreviewed: 2026-10-05\nowner: Local Offer Team\n---\n\nSome words.\n");
        Assert.True(Build(content).Succeeded);
        Assert.True(File.Exists(Path.Combine(content.Output, "extra", "index.html")));
        Assert.True(Build(content).Succeeded);
        Assert.True(Directory.Exists(Path.Combine(content.Root, ".output.previous")));
        File.Delete(Path.Combine(content.Content, "pages", "extra.md"));
        Assert.True(Build(content).Succeeded);
        Assert.False(Directory.Exists(Path.Combine(content.Output, "extra")));
        Assert.True(File.Exists(Path.Combine(content.Output, "index.html")));
        Assert.Empty(Leftovers(content));
    }

    [Fact]
    public void Content_errors_leave_the_previous_output_untouched()
    {
        var (content, before) = BuiltOnce();
        using var _ = content;
        content.Write("pages/index.md", "---\ntitle: [unclosed\n---\n");
        Assert.False(Build(content).Succeeded);
        Assert.Equal(before, Snapshot(content.Output));
    }

    [Fact]
    public void An_exception_in_the_middle_of_writing_leaves_the_previous_output_untouched()
    {
        var (content, before) = BuiltOnce();
        using var _ = content;
        content.Write("pages/about/index.md", File.ReadAllText(Path.Combine(content.Content, "pages/about/index.md")).Replace("## About", "## Changed"));
        var failing = new At(step => { if (step.Index == step.Count) throw new InvalidOperationException("simulated failure in the last format"); });
        Assert.Throws<InvalidOperationException>(() => Build(content, failing));
        Assert.Equal(before, Snapshot(content.Output));
        Assert.Empty(Leftovers(content));
    }

    [Fact]
    public void Cancelling_in_the_middle_leaves_the_previous_output_untouched()
    {
        var (content, before) = BuiltOnce();
        using var _ = content;
        using var cancel = new CancellationTokenSource();
        Assert.ThrowsAny<OperationCanceledException>(() => Build(content, new At(step => { if (step.Name.StartsWith("Writing", StringComparison.Ordinal)) cancel.Cancel(); }), cancel.Token));
        Assert.Equal(before, Snapshot(content.Output));
        Assert.Empty(Leftovers(content));
    }

    [Fact]
    public void A_second_build_into_the_same_output_is_refused_with_a_clear_message()
    {
        var (content, before) = BuiltOnce();
        using var _ = content;
        BuildResult? second = null;
        var first = Build(content, new At(step => { if (second is null && step.Name.StartsWith("Writing", StringComparison.Ordinal)) second = Build(content); }));
        Assert.True(first.Succeeded);
        Assert.NotNull(second);
        Assert.False(second.Succeeded);
        var locked = Assert.Single(second.Diagnostics);
        Assert.Equal(DiagnosticCodes.OutputLocked, locked.Code);
        Assert.Contains("another build is writing to this output folder", locked.Message);
        Assert.Equal(before, Snapshot(content.Output));
        Assert.Empty(Leftovers(content));
    }

    [Fact]
    public void A_build_killed_mid_swap_gets_its_previous_output_back_next_time()
    {
        var (content, before) = BuiltOnce();
        using var _ = content;
        // The state a kill between Commit's two moves leaves: the marker, the output moved to .output.previous,
        // the new one not yet moved in.
        File.WriteAllBytes(Path.Combine(content.Root, ".output.swapping"), []);
        Directory.Move(content.Output, Path.Combine(content.Root, ".output.previous"));
        Directory.CreateDirectory(Path.Combine(content.Root, ".output.staging-0123456789abcdef"));
        var diagnostics = new DiagnosticBag();
        using (OutputSwap.Begin(content.Output, diagnostics)) { }
        Assert.Equal(before, Snapshot(content.Output));
        Assert.Empty(Leftovers(content));
    }

    [Fact]
    public void A_killed_command_line_build_leaves_the_output_and_the_next_build_cleans_up()
    {
        var (content, before) = BuiltOnce();
        using var _ = content;
        using var process = StartCommandLineBuild(content);
        WaitForStaging(content, process);
        process.Kill(entireProcessTree: true);
        process.WaitForExit();
        Assert.Equal(before, Snapshot(content.Output));
        Assert.True(Build(content).Succeeded);
        Assert.Empty(Leftovers(content));
    }

    [Fact]
    public void Ctrl_C_on_the_command_line_stops_the_build_and_leaves_the_output()
    {
        if (!OperatingSystem.IsLinux() && !OperatingSystem.IsMacOS()) Assert.Skip("sends SIGINT with kill(1)");
        var (content, before) = BuiltOnce();
        using var _ = content;
        using var process = StartCommandLineBuild(content);
        WaitForStaging(content, process);
        Process.Start("kill", ["-INT", process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)])!.WaitForExit();
        Assert.True(process.WaitForExit(60_000), "the build did not stop after Ctrl+C");
        Assert.Equal(before, Snapshot(content.Output));
        // The build stops at its next step, removes its staging folder and says so.
        Assert.Equal(130, process.ExitCode);
        Assert.Contains("Build cancelled", process.StandardError.ReadToEnd());
        Assert.Empty(Leftovers(content));
        Assert.True(Build(content).Succeeded);
        Assert.Empty(Leftovers(content));
    }

    private static Process StartCommandLineBuild(HostileContent content)
    {
        // A big page makes the build last long enough to be interrupted while it writes.
        content.Write("pages/big.md", "---\ntitle: Big\nsummary: S\nreviewed: 2026-10-01\nowner: Team\ntopics: []\n---\n\n" +
            string.Concat(Enumerable.Repeat("Words about an EHC plan and [about us](/about/).\n\n", 100_000)));
        var cli = Path.Combine(AppContext.BaseDirectory, "localoffer.dll");
        var start = new ProcessStartInfo(DotNet, [cli, "build", "--content", content.Content, "--output", content.Output, "--today", "2026-11-27"])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        return Process.Start(start)!;
    }

    /// <summary>The dotnet host running the tests, so the command line runs on the same runtime.</summary>
    private static string DotNet =>
        Path.GetFileNameWithoutExtension(Environment.ProcessPath) == "dotnet" ? Environment.ProcessPath! : "dotnet";

    private static void WaitForStaging(HostileContent content, Process process)
    {
        var clock = Stopwatch.StartNew();
        while (!Directory.EnumerateDirectories(content.Root, ".output.staging-*").Any())
        {
            if (process.HasExited)
                Assert.Fail($"the build ended (exit {process.ExitCode}) before it could be interrupted: {process.StandardOutput.ReadToEnd()} {process.StandardError.ReadToEnd()}");
            Assert.True(clock.Elapsed < TimeSpan.FromMinutes(2), "the build never started writing");
            Thread.Sleep(5);
        }
    }
}
