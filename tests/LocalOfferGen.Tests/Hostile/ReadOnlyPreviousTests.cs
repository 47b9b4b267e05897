using LocalOfferGen.Building;
using LocalOfferGen.Output;

namespace LocalOfferGen.Tests.Hostile;

/// <summary>An output made read-only by hand (or by a deploy tool) becomes the output before last, which the next
/// build would write over: it is removed and a new folder used, so it never makes later builds fail. File
/// permissions bind every user but root, so these run as an ordinary user (the tmpfs tests cover root).</summary>
public sealed class ReadOnlyPreviousTests
{
    [Fact]
    public void A_read_only_output_does_not_make_every_later_build_fail()
    {
        if (OperatingSystem.IsWindows() || Environment.IsPrivilegedProcess) Assert.Skip("file permissions do not bind root");
        using var content = HostileContent.Create();
        BuildResult Build() => SiteBuilder.Build(new BuildOptions
        {
            ContentDirectory = content.Content,
            OutputDirectory = content.Output,
            Formats = ["web"],
            Settings = new BuildSettings { Today = new(2026, 11, 27) },
        });
        Assert.True(Build().Succeeded);
        foreach (var folder in Directory.EnumerateDirectories(content.Output, "*", SearchOption.AllDirectories).Prepend(content.Output))
            File.SetUnixFileMode(folder, UnixFileMode.UserRead | UnixFileMode.UserExecute);
        for (var build = 0; build < 3; build++)
        {
            var result = Build();
            Assert.True(result.Succeeded, string.Join('\n', result.Diagnostics));
            Assert.True(OutputMarker.IsIn(content.Output));
        }
        Assert.Empty(Directory.EnumerateDirectories(content.Root, ".output.staging-*"));
    }
}
