using LocalOfferGen.Output;

namespace LocalOfferGen.Tests.Performance;

/// <summary>Pages are written from pooled buffers, many threads at once: every file must hold exactly its own bytes.</summary>
public class OutputFolderTests : IDisposable
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), "localoffer-outputfolder-" + Guid.NewGuid().ToString("N"));

    [Fact]
    public void Text_is_written_as_UTF_8_without_a_byte_order_mark()
    {
        var folder = new OutputFolder(_root);
        folder.WriteText("a/b/index.html", "£20 – it’s free");
        Assert.Equal("£20 – it’s free"u8.ToArray(), File.ReadAllBytes(Path.Combine(_root, "a", "b", "index.html")));
        Assert.Equal("£20 – it’s free"u8.Length, folder.Written["a/b/index.html"]);
    }

    [Fact]
    public void Pages_written_in_parallel_each_hold_their_own_text()
    {
        var folder = new OutputFolder(_root);
        Parallel.For(0, 300, i => folder.WriteText($"section-{i % 7}/page-{i}/index.html", new string((char)('a' + i % 26), 1000 + i * 37)));
        for (var i = 0; i < 300; i++)
            Assert.Equal(new string((char)('a' + i % 26), 1000 + i * 37), File.ReadAllText(Path.Combine(_root, $"section-{i % 7}", $"page-{i}", "index.html")));
    }

    [Fact]
    public void A_shorter_file_written_over_a_longer_one_is_cut_to_its_own_length()
    {
        var folder = new OutputFolder(_root);
        folder.WriteText("x.html", new string('a', 5000));
        folder.WriteText("x.html", "short");
        Assert.Equal("short", File.ReadAllText(Path.Combine(_root, "x.html")));
    }

    public void Dispose()
    {
        if (Directory.Exists(_root)) Directory.Delete(_root, recursive: true);
    }
}
