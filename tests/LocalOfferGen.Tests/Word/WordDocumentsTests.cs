using LocalOfferGen.Word;

namespace LocalOfferGen.Tests.Word;

/// <summary>The paths the website links to.</summary>
[Collection(WordSampleCollection.Name)]
public sealed class WordDocumentsTests(WordSample sample)
{
    [Theory]
    [InlineData("/", "documents/index.docx")]
    [InlineData("/education/", "documents/education.docx")]
    [InlineData("/education/post-16/", "documents/education/post-16.docx")]
    public void A_page_s_document_follows_its_address(string url, string expected)
    {
        var page = sample.Result.Site!.FindPage(url)!;
        Assert.Equal(expected, WordDocuments.PathFor(page));
        Assert.True(sample.Result.FilesWritten.ContainsKey(expected));
    }

    [Fact]
    public void An_easy_read_page_s_document_is_under_easy_read()
    {
        var site = sample.Result.Site!;
        var page = site.EasyReadFor(site.FindPage("/social-care/short-breaks/")!)!;
        Assert.Equal("documents/easy-read/social-care/short-breaks.docx", WordDocuments.PathFor(page));
        var about = site.EasyReadFor(site.FindPage("/about/")!)!;
        Assert.Equal("documents/easy-read/about.docx", WordDocuments.PathFor(about));
    }

    [Fact]
    public void Sizes_are_known_to_the_formats_that_follow()
    {
        var size = sample.Result.FilesWritten[WordDocuments.PathFor(sample.Result.Site!.FindPage("/education/post-16/")!)];
        Assert.Equal(new FileInfo(sample.PathOf("documents/education/post-16.docx")).Length, size);
        Assert.Equal("documents/large-print/education/post-16.docx", WordDocuments.LargePrintPathFor("documents/education/post-16.docx"));
    }

    [Theory]
    [InlineData(1, "1 KB")]
    [InlineData(24 * 1024, "24 KB")]
    [InlineData(24 * 1024 + 1, "25 KB")]
    [InlineData(1024 * 1024 + 200 * 1024, "1.2 MB")]
    public void Sizes_read_as_people_write_them(long bytes, string expected)
    {
        Assert.Equal(expected, WordDocuments.SizeText(bytes));
        Assert.Equal($"Download this page as a Word document (.docx, {expected})", WordDocuments.LinkText(bytes));
    }
}
