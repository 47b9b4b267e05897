using System.Diagnostics;
using LocalOfferGen.Building;
using LocalOfferGen.Diagnostics;
using LocalOfferGen.Output;

namespace LocalOfferGen.Tests.Hostile;

/// <summary>A full disk and a read-only one, made for real with a small tmpfs (Linux, as root, which CI is): the build
/// fails with a located, plain-words error (never "internal error"), removes its staging folder, leaves the published
/// output as it was, and the next build on a good disk works with no one tidying up by hand.</summary>
public sealed class FullAndReadOnlyDiskTests
{
    private sealed class Tmpfs : IDisposable
    {
        public Tmpfs(string path, string size)
        {
            if (!OperatingSystem.IsLinux() || !Environment.IsPrivilegedProcess) Assert.Skip("mounts a tmpfs: Linux, as root");
            Path = path;
            Directory.CreateDirectory(path);
            if (Run("mount", "-t", "tmpfs", "-o", $"size={size}", "tmpfs", path) != 0) Assert.Skip("this machine does not allow mounting a tmpfs");
        }

        public string Path { get; }

        public void ReadOnly(bool readOnly) => Assert.Equal(0, Run("mount", "-o", readOnly ? "remount,ro" : "remount,rw", Path));

        public void Dispose() => Run("umount", "-l", Path);

        private static int Run(string program, params string[] args)
        {
            using var process = Process.Start(new ProcessStartInfo(program, args) { RedirectStandardError = true, RedirectStandardOutput = true })!;
            process.WaitForExit();
            return process.ExitCode;
        }
    }

    private static BuildResult Build(HostileContent content, string output) =>
        SiteBuilder.Build(new BuildOptions
        {
            ContentDirectory = content.Content,
            OutputDirectory = output,
            Formats = ["web"],
            Settings = new BuildSettings { Today = new(2026, 11, 27) },
        });

    private static Dictionary<string, string> Snapshot(string folder) =>
        Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories)
            .ToDictionary(f => Path.GetRelativePath(folder, f), f => Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(File.ReadAllBytes(f))));

    private static List<string> Staging(string parent) =>
        Directory.EnumerateDirectories(parent, ".site.staging-*").ToList();

    [Fact]
    public void A_full_disk_is_a_plain_error_the_staging_folder_is_removed_and_the_next_build_works()
    {
        using var content = HostileContent.Create();
        using var disk = new Tmpfs(Path.Combine(content.Root, "disk"), "4m");
        var output = Path.Combine(disk.Path, "site");
        Assert.True(Build(content, output).Succeeded);
        var before = Snapshot(output);
        // Fill the disk to within 64 KB, less than one build.
        var filler = Path.Combine(disk.Path, "filler");
        using (var stream = File.Create(filler))
        {
            var block = new byte[64 * 1024];
            try { while (true) stream.Write(block); }
            catch (IOException) { }
        }
        using (var stream = new FileStream(filler, FileMode.Open)) stream.SetLength(Math.Max(0, stream.Length - 64 * 1024));
        content.Write("pages/about/index.md", File.ReadAllText(Path.Combine(content.Content, "pages/about/index.md")) + "\nA changed page.\n");

        var full = Build(content, output);
        Assert.False(full.Succeeded);
        var error = Assert.Single(full.Diagnostics, d => d.Severity == Severity.Error);
        Assert.Equal(DiagnosticCodes.OutputDiskFull, error.Code);
        Assert.Equal(output, error.Path);
        Assert.StartsWith("the disk is full: could not write " + output + "/", error.Message);
        Assert.Contains("No space left on device", error.Message);
        Assert.DoesNotContain("internal error", error.ToString());
        Assert.DoesNotContain(".staging-", error.Message);
        Assert.Equal(before, Snapshot(output));
        Assert.Empty(Staging(disk.Path));

        File.Delete(filler);
        var next = Build(content, output);
        Assert.True(next.Succeeded, string.Join('\n', next.Diagnostics));
        Assert.Contains("A changed page.", File.ReadAllText(Path.Combine(output, "about", "index.html")));
        Assert.Empty(Staging(disk.Path));
    }

    [Fact]
    public void A_read_only_disk_is_a_plain_error_that_touches_nothing_and_the_next_build_works()
    {
        using var content = HostileContent.Create();
        using var disk = new Tmpfs(Path.Combine(content.Root, "disk"), "4m");
        var output = Path.Combine(disk.Path, "site");
        Assert.True(Build(content, output).Succeeded);
        Assert.True(Build(content, output).Succeeded);
        var before = Snapshot(output);
        var previous = Snapshot(Path.Combine(disk.Path, ".site.previous"));
        disk.ReadOnly(true);
        try
        {
            var result = Build(content, output);
            Assert.False(result.Succeeded);
            var error = Assert.Single(result.Diagnostics, d => d.Severity == Severity.Error);
            Assert.Equal(DiagnosticCodes.OutputReadOnly, error.Code);
            Assert.Equal(output, error.Path);
            Assert.Contains("read-only", error.Message);
            Assert.DoesNotContain("internal error", error.ToString());
            Assert.Equal(before, Snapshot(output));
            Assert.Equal(previous, Snapshot(Path.Combine(disk.Path, ".site.previous")));
        }
        finally { disk.ReadOnly(false); }
        Assert.True(Build(content, output).Succeeded);
        Assert.Empty(Staging(disk.Path));
    }

    [Fact]
    public void An_output_before_last_that_cannot_be_moved_or_written_never_blocks_a_build()
    {
        using var content = HostileContent.Create();
        var output = Path.Combine(content.Root, "site");
        Assert.True(Build(content, output).Succeeded);
        Assert.True(Build(content, output).Succeeded);
        // A read-only file system mounted where .site.previous is: it can be neither written, moved nor deleted.
        using var stuck = new Tmpfs(Path.Combine(content.Root, ".site.previous"), "1m");
        stuck.ReadOnly(true);
        for (var build = 0; build < 2; build++)
        {
            var result = Build(content, output);
            Assert.True(result.Succeeded, string.Join('\n', result.Diagnostics));
            Assert.True(File.Exists(Path.Combine(output, "index.html")));
            Assert.Empty(Directory.EnumerateDirectories(content.Root, ".site.staging-*"));
        }
    }
}
