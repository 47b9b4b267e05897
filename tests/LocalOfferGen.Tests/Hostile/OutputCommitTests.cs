using LocalOfferGen.Building;
using LocalOfferGen.Diagnostics;
using LocalOfferGen.Output;

namespace LocalOfferGen.Tests.Hostile;

/// <summary>The commit keeps a complete site at the output's name at every instant, a build killed at any step
/// of it leaves a disk the next build starts from without help, and the lock cannot be held twice.</summary>
public sealed class OutputCommitTests
{
    private static BuildResult Build(HostileContent content, IProgress<BuildStep>? progress = null) =>
        SiteBuilder.Build(new BuildOptions
        {
            ContentDirectory = content.Content,
            OutputDirectory = content.Output,
            Formats = ["web"],
            Settings = new BuildSettings { Today = new(2026, 11, 27) },
        }, progress);

    private static Dictionary<string, string> Snapshot(string folder) =>
        Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories)
            .ToDictionary(f => Path.GetRelativePath(folder, f), f => Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(File.ReadAllBytes(f))));

    private static List<string> Leftovers(string root) =>
        Directory.EnumerateFileSystemEntries(root).Select(e => Path.GetFileName(e)!)
            .Where(n => n.StartsWith(".output", StringComparison.Ordinal) && n is not ".output.previous" and not ".output.lock").ToList();

    private sealed class At(Action<BuildStep> onStep) : IProgress<BuildStep>
    {
        public void Report(BuildStep value) => onStep(value);
    }

    /// <summary>Commits a new site with the real commit, copying the whole folder (content, output and the
    /// generator's files beside it) after each step: each copy is the disk as a kill at that step leaves it.</summary>
    private static (Dictionary<string, string> Old, Dictionary<string, string> New, List<(string Step, string Copy)> Kills) CommitAndFreeze(
        HostileContent content, bool exchange)
    {
        Assert.True(Build(content).Succeeded);
        Assert.True(Build(content).Succeeded);   // so that .output.previous exists and is reused
        var old = Snapshot(content.Output);
        var kills = new List<(string, string)>();
        var diagnostics = new DiagnosticBag();
        using (var swap = OutputSwap.Begin(content.Output, diagnostics)!)
        {
            var folder = new OutputFolder(swap.Staging);
            folder.WriteText("index.html", "<!DOCTYPE html><title>New</title>");
            swap.UseExchange = exchange;
            swap.AfterStep = step =>
            {
                // Not the lock file: a kill releases the lock, and the file is only the thing locked.
                var copy = Directory.CreateTempSubdirectory("lo-killed-").FullName;
                foreach (var file in Directory.EnumerateFiles(content.Root, "*", SearchOption.AllDirectories).Where(f => Path.GetFileName(f) != ".output.lock"))
                {
                    var target = Path.Combine(copy, Path.GetRelativePath(content.Root, file));
                    Directory.CreateDirectory(Path.GetDirectoryName(target)!);
                    File.Copy(file, target);
                }
                kills.Add((step, copy));
            };
            swap.Commit(folder);
        }
        return (old, Snapshot(content.Output), kills);
    }

    [Fact]
    public void The_exchange_commit_has_a_complete_site_in_place_after_every_step_and_a_kill_at_any_step_is_recovered()
    {
        if (!OperatingSystem.IsLinux() && !OperatingSystem.IsMacOS()) Assert.Skip("an atomic exchange of folders is a Linux and macOS call");
        using var content = HostileContent.Create();
        var (old, fresh, kills) = CommitAndFreeze(content, exchange: true);
        Assert.Equal(["exchanged", "kept as previous"], kills.Select(k => k.Step));
        Assert.Equal(2, fresh.Count);   // the new index.html and the marker
        foreach (var (step, copy) in kills)
        {
            try
            {
                // The instant after the exchange the new site is in place, whole, and stays so.
                Assert.Equal(fresh, Snapshot(Path.Combine(copy, "output")));
                AssertNextBuildStartsClean(copy, step);
            }
            finally { Directory.Delete(copy, recursive: true); }
        }
        Assert.NotEqual(old, fresh);
    }

    [Fact]
    public void The_two_rename_commit_of_Windows_is_recovered_from_a_kill_between_its_renames()
    {
        using var content = HostileContent.Create();
        var (old, fresh, kills) = CommitAndFreeze(content, exchange: false);
        Assert.Equal(["moved aside", "moved in"], kills.Select(k => k.Step));
        foreach (var (step, copy) in kills)
        {
            try
            {
                var output = Path.Combine(copy, "output");
                if (step == "moved aside")
                {
                    // The one instant two renames cannot avoid: no output folder, the marker says so, and the next
                    // build puts the previous output back before anything else.
                    Assert.False(Directory.Exists(output));
                    Assert.True(File.Exists(Path.Combine(copy, ".output.swapping")));
                    using (OutputSwap.Begin(output, new DiagnosticBag())) { }
                    Assert.Equal(old, Snapshot(output));
                }
                else Assert.Equal(fresh, Snapshot(output));
                AssertNextBuildStartsClean(copy, step);
            }
            finally { Directory.Delete(copy, recursive: true); }
        }
    }

    private static void AssertNextBuildStartsClean(string root, string step)
    {
        var result = SiteBuilder.Build(new BuildOptions
        {
            ContentDirectory = Path.Combine(root, "content"),
            OutputDirectory = Path.Combine(root, "output"),
            Formats = ["web"],
            Settings = new BuildSettings { Today = new(2026, 11, 27) },
        });
        Assert.True(result.Succeeded, $"after a kill at '{step}': {string.Join('\n', result.Diagnostics)}");
        Assert.True(File.Exists(Path.Combine(root, "output", "about", "index.html")));
        Assert.Empty(Leftovers(root));
    }

    [Fact]
    public void The_lock_file_outlives_the_build_so_an_old_handle_on_it_still_excludes_a_new_build()
    {
        if (!OperatingSystem.IsLinux() && !OperatingSystem.IsMacOS()) Assert.Skip("uses open(2) and flock(2)");
        using var content = HostileContent.Create();
        var lockFile = Path.Combine(content.Root, ".output.lock");
        var opened = -1;
        try
        {
            // Another build opened the lock file while the first held it (as open(2) does, before asking for the lock).
            Assert.True(Build(content, new At(step =>
            {
                if (opened < 0 && step.Name.StartsWith("Writing", StringComparison.Ordinal)) opened = Posix.open(lockFile, Posix.ReadWrite | Posix.CloseOnExec);
            })).Succeeded);
            Assert.True(opened >= 0);
            Assert.True(File.Exists(lockFile));
            // Once the first ends it gets the lock, on the file that is still there...
            Assert.Equal(0, Posix.flock(opened, Posix.Exclusive | Posix.NoWait));
            // ...so a third build, which opens the same file, is refused. Had the first build deleted the file,
            // the third would have made a new one and locked that too: two builds at once.
            var third = Build(content);
            Assert.False(third.Succeeded);
            Assert.Equal(DiagnosticCodes.OutputLocked, Assert.Single(third.Diagnostics).Code);
        }
        finally
        {
            if (opened >= 0) Posix.close(opened);
        }
        Assert.True(Build(content).Succeeded);
    }

    private static class Posix
    {
        public const int ReadWrite = 2;     // O_RDWR
        // O_CLOEXEC: without it a program another test starts meanwhile would inherit the descriptor, and the lock with it.
        public static readonly int CloseOnExec = OperatingSystem.IsMacOS() ? 0x1000000 : 0x80000;
        public const int Exclusive = 2;     // LOCK_EX
        public const int NoWait = 4;        // LOCK_NB

        [System.Runtime.InteropServices.DllImport("libc", SetLastError = true)]
        public static extern int open(string path, int flags);

        [System.Runtime.InteropServices.DllImport("libc", SetLastError = true)]
        public static extern int flock(int fd, int operation);

        [System.Runtime.InteropServices.DllImport("libc", SetLastError = true)]
        public static extern int close(int fd);
    }

    [Fact]
    public void A_second_build_from_another_process_gets_LO0901_while_the_first_writes()
    {
        using var content = HostileContent.Create();
        Assert.True(Build(content).Succeeded);
        var before = Snapshot(content.Output);
        Localoffer.Run? second = null;
        var first = Build(content, new At(step =>
        {
            if (second is null && step.Name.StartsWith("Writing", StringComparison.Ordinal))
                second = Localoffer.Invoke(content.Root, "build", "--content", "content", "--output", "output", "--formats", "web", "--today", "2026-11-27");
        }));
        Assert.True(first.Succeeded);
        Assert.NotNull(second);
        Assert.Equal(1, second.ExitCode);
        Assert.Contains("output: error LO0901: another build is writing to this output folder", second.Error);
        Assert.DoesNotContain("internal error", second.Error);
        Assert.Equal(before, Snapshot(content.Output));
        Assert.Empty(Leftovers(content.Root));
    }

    [Fact]
    public void Two_builds_on_two_threads_never_both_hold_the_lock()
    {
        using var content = HostileContent.Create();
        Assert.True(Build(content).Succeeded);
        using var inside = new ManualResetEventSlim();
        using var release = new ManualResetEventSlim();
        var firstTask = Task.Run(() => Build(content, new At(step =>
        {
            if (step.Name.StartsWith("Writing", StringComparison.Ordinal) && !inside.IsSet)
            {
                inside.Set();
                release.Wait();
            }
        })));
        inside.Wait();
        var second = Task.Run(() => Build(content)).GetAwaiter().GetResult();
        release.Set();
        Assert.True(firstTask.GetAwaiter().GetResult().Succeeded);
        Assert.Equal(DiagnosticCodes.OutputLocked, Assert.Single(second.Diagnostics).Code);
        Assert.Empty(Leftovers(content.Root));
    }
}
