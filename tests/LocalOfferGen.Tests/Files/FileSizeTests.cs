using LocalOfferGen.Files;

namespace LocalOfferGen.Tests.Files;

public class FileSizeTests
{
    [Theory]
    [InlineData(1, "1 Byte")]
    [InlineData(512, "512 Bytes")]
    [InlineData(1023, "1023 Bytes")]
    [InlineData(1024, "1 KB")]
    [InlineData(3000, "2.93 KB")]
    [InlineData(25 * 1024 + 512, "25.5 KB")]
    [InlineData(245 * 1024, "245 KB")]
    [InlineData(1_234_567, "1.18 MB")]
    [InlineData(20L * 1024 * 1024, "20 MB")]
    [InlineData(3L * 1024 * 1024 * 1024, "3 GB")]
    public void Sizes_read_as_GOV_UK_writes_them(long bytes, string expected) => Assert.Equal(expected, FileSize.Describe(bytes));

    [Theory]
    [InlineData("20 MB", 20L * 1024 * 1024)]
    [InlineData("20MB", 20L * 1024 * 1024)]
    [InlineData("1.5 mb", 3L * 512 * 1024)]
    [InlineData("500 KB", 500L * 1024)]
    [InlineData("1 GB", 1024L * 1024 * 1024)]
    public void Sizes_in_site_yml_are_read_with_their_unit(string text, long bytes) => Assert.Equal(bytes, FileSize.Parse(text));

    [Theory]
    [InlineData("20")]
    [InlineData("0 KB")]
    [InlineData("-1 MB")]
    [InlineData("1,5 MB")]
    [InlineData("MB")]
    [InlineData("20 TB")]
    public void Anything_but_a_positive_size_with_a_unit_is_refused(string text) => Assert.Null(FileSize.Parse(text));
}
