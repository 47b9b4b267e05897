using LocalOfferGen.Building;
using LocalOfferGen.Diagnostics;
using LocalOfferGen.Output;
using LocalOfferGen.Serving;

namespace LocalOfferGen.Tests.Hostile;

/// <summary>serve's preview folder is private to one run: new and unpredictable each time, mode 0700, never shared
/// by two serves of one content folder, and removed when serve stops.</summary>
public sealed class PreviewFolderTests
{
    [Fact]
    public void Each_run_gets_a_new_private_folder_and_two_runs_never_share_one()
    {
        var diagnostics = new DiagnosticBag();
        using var first = PreviewFolder.Create(diagnostics)!;
        using var second = PreviewFolder.Create(diagnostics)!;
        Assert.Empty(diagnostics.ToSortedList());
        Assert.NotEqual(first.Folder, second.Folder);
        foreach (var folder in new[] { first, second })
        {
            Assert.True(Directory.Exists(folder.Folder));
            Assert.Equal(Path.GetFullPath(Path.GetTempPath()), Path.GetDirectoryName(folder.Folder) + Path.DirectorySeparatorChar);
            Assert.StartsWith("localoffer-serve-", Path.GetFileName(folder.Folder));
            Assert.Equal(Path.Combine(folder.Folder, "site"), folder.Site);
            if (!OperatingSystem.IsWindows())
                Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute, File.GetUnixFileMode(folder.Folder));
        }
    }

    [Fact]
    public void Two_previews_of_one_content_folder_build_apart_and_stopping_one_leaves_the_other()
    {
        using var content = HostileContent.Create();
        var diagnostics = new DiagnosticBag();
        var first = PreviewFolder.Create(diagnostics)!;
        using var second = PreviewFolder.Create(diagnostics)!;
        var settings = new BuildSettings { Today = new(2026, 11, 27) };
        Assert.True(new PreviewBuilder(content.Content, first.Site, settings).BuildAll().Succeeded);
        Assert.True(new PreviewBuilder(content.Content, second.Site, settings).BuildAll().Succeeded);
        Assert.True(OutputMarker.IsIn(first.Site));
        first.Dispose();
        Assert.False(Directory.Exists(first.Folder));
        Assert.True(File.Exists(Path.Combine(second.Site, "index.html")));
    }

    [Fact]
    public void A_folder_made_first_at_the_old_predictable_place_is_never_used()
    {
        // serve once used <temp>/localoffer-serve/<hash of the content path>/site, which another user could make first.
        var diagnostics = new DiagnosticBag();
        using var folder = PreviewFolder.Create(diagnostics)!;
        Assert.DoesNotContain(Path.DirectorySeparatorChar + "localoffer-serve" + Path.DirectorySeparatorChar, folder.Site);
        Assert.False(Directory.Exists(folder.Site));   // the build makes it, inside the private folder
    }
}
