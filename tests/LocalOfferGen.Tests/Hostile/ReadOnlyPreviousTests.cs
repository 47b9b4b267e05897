using System.Diagnostics;
using LocalOfferGen.Building;
using LocalOfferGen.Output;

namespace LocalOfferGen.Tests.Hostile;

/// <summary>An output made read-only by hand (or by a deploy tool) becomes the output before last, which the next
/// build would write over: it is removed and a new folder used, so it never makes later builds fail. File
/// permissions bind every user but root, so as root (as CI runs) the builds run as the unprivileged user
/// 'nobody', through the command line.</summary>
public sealed class ReadOnlyPreviousTests
{
    private const UnixFileMode Everyone = (UnixFileMode)0b111_111_111;

    [Fact]
    public void A_read_only_output_does_not_make_every_later_build_fail()
    {
        if (OperatingSystem.IsWindows()) Assert.Skip("Unix file permissions; Windows has none of these modes");
        using var content = HostileContent.Create();
        var asNobody = Environment.IsPrivilegedProcess;
        if (asNobody) OpenToEveryone(content.Root);
        (bool Succeeded, string Log) Build() => asNobody ? BuildAsNobody(content) : BuildHere(content);

        var first = Build();
        Assert.True(first.Succeeded, first.Log);
        foreach (var folder in Directory.EnumerateDirectories(content.Output, "*", SearchOption.AllDirectories).Prepend(content.Output))
            File.SetUnixFileMode(folder, UnixFileMode.UserRead | UnixFileMode.UserExecute);
        for (var build = 0; build < 3; build++)
        {
            var result = Build();
            Assert.True(result.Succeeded, result.Log);
            Assert.True(OutputMarker.IsIn(content.Output));
        }
        Assert.Empty(Directory.EnumerateDirectories(content.Root, ".output.staging-*"));
    }

    private static (bool, string) BuildHere(HostileContent content)
    {
        var result = SiteBuilder.Build(new BuildOptions
        {
            ContentDirectory = content.Content,
            OutputDirectory = content.Output,
            Formats = ["web"],
            Settings = new BuildSettings { Today = new(2026, 11, 27) },
        });
        return (result.Succeeded, string.Join('\n', result.Diagnostics));
    }

    /// <summary>The same build by the command line as user 65534 (nobody), whose permissions bind.</summary>
    private static (bool, string) BuildAsNobody(HostileContent content)
    {
        var cli = Path.Combine(AppContext.BaseDirectory, "localoffer.dll");
        var start = new ProcessStartInfo("setpriv",
            ["--reuid=65534", "--regid=65534", "--clear-groups", "dotnet", cli, "build", "--content", content.Content,
             "--output", content.Output, "--formats", "web", "--today", "2026-11-27"])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.Environment["HOME"] = content.Root;
        start.Environment["DOTNET_CLI_HOME"] = content.Root;
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync(TestContext.Current.CancellationToken);
        var error = process.StandardError.ReadToEndAsync(TestContext.Current.CancellationToken);
        process.WaitForExit();
        return (process.ExitCode == 0, $"exit {process.ExitCode}: {output.Result} {error.Result}");
    }

    /// <summary>Lets 'nobody' read the content and write beside it (the test's own temporary folder).</summary>
    private static void OpenToEveryone(string root)
    {
        File.SetUnixFileMode(root, Everyone);
        foreach (var entry in Directory.EnumerateFileSystemEntries(root, "*", SearchOption.AllDirectories))
            File.SetUnixFileMode(entry, Directory.Exists(entry) ? Everyone : Everyone & ~(UnixFileMode.UserExecute | UnixFileMode.GroupExecute | UnixFileMode.OtherExecute));
    }
}
