using LocalOfferGen.Building;
using LocalOfferGen.Output;
using LocalOfferGen.Word;

namespace LocalOfferGen.Tests.Word;

[Collection(WordSampleCollection.Name)]
public sealed class LargePrintTests(WordSample sample)
{
    [Fact]
    public void Large_print_copies_every_page_the_directory_and_the_handbook()
    {
        var site = sample.Result.Site!;
        foreach (var page in site.Pages)
            Assert.True(File.Exists(sample.PathOf(WordDocuments.LargePrintPathFor(WordDocuments.PathFor(page)))), page.Url);
        Assert.True(File.Exists(sample.PathOf("documents/large-print/services.docx")));
        Assert.True(File.Exists(sample.PathOf("documents/large-print/local-offer.docx")));
        // Easy-read documents are already 16 pt.
        Assert.False(Directory.Exists(sample.PathOf("documents/large-print/easy-read")));
    }

    [Fact]
    public void Large_print_is_16_points_with_headings_of_20_and_up()
    {
        using var doc = new DocxReader(sample.PathOf("documents/large-print/education/post-16.docx"));
        Assert.Equal(16, doc.FontSize("Normal"));
        foreach (var style in new[] { "ListParagraph", "TableText", "FootnoteText", "Footer", "TOC1", "TOC3" })
            Assert.True(doc.FontSize(style) >= 16, $"{style} is {doc.FontSize(style)} pt");
        for (var level = 1; level <= 6; level++)
            Assert.True(doc.FontSize($"Heading{level}") >= 20, $"Heading{level} is {doc.FontSize($"Heading{level}")} pt");
        Assert.Equal(
            new DocxReader(sample.PathOf("documents/education/post-16.docx")).Headings, doc.Headings);
    }

    [Fact]
    public void Without_the_option_there_is_no_large_print()
    {
        var output = Path.Combine(Path.GetTempPath(), "localoffer-word-plain-" + Guid.NewGuid().ToString("N"));
        try
        {
            var result = SiteBuilder.Build(new BuildOptions
            {
                ContentDirectory = Repository.Content, OutputDirectory = output, Formats = ["word"],
                Settings = new BuildSettings { Today = new(2026, 11, 27) },
            }, cancellation: TestContext.Current.CancellationToken);
            Assert.True(result.Succeeded);
            Assert.False(Directory.Exists(Path.Combine(output, "documents", "large-print")));
            Assert.True(File.Exists(Path.Combine(output, "documents", "local-offer.docx")));
        }
        finally { Directory.Delete(output, recursive: true); }
    }
}
