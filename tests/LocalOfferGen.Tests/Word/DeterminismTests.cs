using System.IO.Compression;

namespace LocalOfferGen.Tests.Word;

[Collection(WordSampleCollection.Name)]
public sealed class DeterminismTests(WordSample sample)
{
    [Fact]
    public void The_same_content_gives_byte_identical_documents()
    {
        using var again = new WordSample();
        var first = sample.Documents.Select(f => Path.GetRelativePath(sample.Output, f)).ToList();
        var second = again.Documents.Select(f => Path.GetRelativePath(again.Output, f)).ToList();
        Assert.Equal(first, second);
        foreach (var path in first)
            Assert.True(File.ReadAllBytes(sample.PathOf(path)).AsSpan().SequenceEqual(File.ReadAllBytes(again.PathOf(path))), $"{path} differs between two builds");
    }

    [Fact]
    public void Package_timestamps_are_the_content_date()
    {
        using var zip = ZipFile.OpenRead(sample.PathOf("documents/local-offer.docx"));
        Assert.Equal("[Content_Types].xml", zip.Entries[0].FullName);
        Assert.All(zip.Entries, e => Assert.Equal(new DateTime(2026, 11, 16), e.LastWriteTime.DateTime));
        Assert.DoesNotContain(zip.Entries, e => e.FullName.EndsWith(".psmdcp", StringComparison.Ordinal));
    }
}
