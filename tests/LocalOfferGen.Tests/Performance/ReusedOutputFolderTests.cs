using LocalOfferGen.Output;

namespace LocalOfferGen.Tests.Performance;

/// <summary>A build writes over the output before last (see OutputSwap): files that did not change are left
/// alone, changed ones are rewritten, and whatever the new build did not write is removed.</summary>
public sealed class ReusedOutputFolderTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("localoffer-reused-").FullName;

    private string PathOf(string sitePath) => Path.Combine(_root, sitePath.Replace('/', Path.DirectorySeparatorChar));

    private void Earlier(string sitePath, string text)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(PathOf(sitePath))!);
        File.WriteAllText(PathOf(sitePath), text);
        File.SetLastWriteTimeUtc(PathOf(sitePath), new DateTime(2020, 1, 1, 0, 0, 0, DateTimeKind.Utc));
    }

    [Fact]
    public void An_unchanged_file_is_not_written_again_and_keeps_its_date()
    {
        Earlier("same/index.html", "same bytes");
        var folder = new OutputFolder(_root);
        folder.WriteText("same/index.html", "same bytes");
        Assert.Equal(new DateTime(2020, 1, 1, 0, 0, 0, DateTimeKind.Utc), File.GetLastWriteTimeUtc(PathOf("same/index.html")));
        Assert.Equal(10, folder.Written["same/index.html"]);
    }

    [Fact]
    public void A_changed_file_is_rewritten_whatever_its_length()
    {
        Earlier("longer/index.html", "a much longer text than the new one");
        Earlier("equal/index.html", "abcdef");
        var folder = new OutputFolder(_root);
        folder.WriteText("longer/index.html", "short");
        folder.WriteText("equal/index.html", "abcxyz");
        Assert.Equal("short", File.ReadAllText(PathOf("longer/index.html")));
        Assert.Equal("abcxyz", File.ReadAllText(PathOf("equal/index.html")));
    }

    [Fact]
    public void What_the_new_build_did_not_write_is_removed_with_its_empty_folders()
    {
        Earlier("kept/index.html", "kept");
        Earlier("gone/deep/index.html", "a page since deleted");
        Earlier("kept/old.css", "stale");
        var folder = new OutputFolder(_root);
        folder.WriteText("kept/index.html", "kept");
        folder.RemoveUnwritten();
        Assert.True(File.Exists(PathOf("kept/index.html")));
        Assert.False(File.Exists(PathOf("kept/old.css")));
        Assert.False(Directory.Exists(PathOf("gone")));
    }

    [Fact]
    public void A_file_where_a_folder_is_now_needed_and_a_folder_where_a_file_is_needed_are_replaced()
    {
        Earlier("news", "once a file");
        Earlier("feed.xml/index.html", "once a folder");
        var folder = new OutputFolder(_root);
        folder.WriteText("news/index.html", "now a folder");
        folder.WriteText("feed.xml", "now a file");
        Assert.Equal("now a folder", File.ReadAllText(PathOf("news/index.html")));
        Assert.Equal("now a file", File.ReadAllText(PathOf("feed.xml")));
    }

    public void Dispose() => Directory.Delete(_root, recursive: true);
}
