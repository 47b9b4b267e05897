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
    public void Sizes_read_as_people_write_them(long bytes, string expected) =>
        Assert.Equal(expected, LocalOfferGen.Output.FileSizes.Text(bytes));

    [Fact]
    public void Every_web_page_links_to_its_own_word_document_with_its_real_size()
    {
        using var content = new TestContent();
        Assert.True(content.Build("word", "web", "easy-read").Succeeded);
        var html = File.ReadAllText(Path.Combine(content.Output, "education", "plans", "index.html"));
        var bytes = new FileInfo(Path.Combine(content.Output, "documents", "education", "plans.docx")).Length;
        Assert.Contains($"<a href=\"../../documents/education/plans.docx\" download>Download this page as a Word document (.docx, {LocalOfferGen.Output.FileSizes.Text(bytes)})</a>", html);
    }

    [Fact]
    public void Without_the_word_format_no_page_links_to_a_document()
    {
        using var content = new TestContent();
        Assert.True(content.Build("web").Succeeded);
        Assert.DoesNotContain(".docx", File.ReadAllText(Path.Combine(content.Output, "education", "plans", "index.html")));
    }
}
