using DocumentFormat.OpenXml.Wordprocessing;
using Wp = DocumentFormat.OpenXml.Drawing.Wordprocessing;

namespace LocalOfferGen.Tests.Word;

/// <summary>site.yml's logo at the top of the covers of the handbook, the directory and every page's document.</summary>
[Collection(WordSampleCollection.Name)]
public sealed class CoverLogoTests(WordSample sample)
{
    [Theory]
    [InlineData("documents/local-offer.docx")]
    [InlineData("documents/services.docx")]
    [InlineData("documents/education.docx")]
    [InlineData("documents/large-print/local-offer.docx")]
    public void The_cover_starts_with_the_council_logo_described_for_screen_readers(string path)
    {
        using var doc = new DocxReader(sample.PathOf(path));
        var first = doc.Body.Elements<Paragraph>().First();
        var logo = Assert.Single(first.Descendants<Wp.DocProperties>());
        Assert.Equal("Exampleshire County Council logo", logo.Description?.Value);
        var extent = Assert.Single(first.Descendants<Wp.Extent>());
        Assert.Equal(900000, extent.Cy!.Value); // 2.5 cm tall
        // Embedded as Word embeds an SVG: the SVG with a PNG beside it for older programs.
        Assert.Contains(doc.Main.ImageParts, p => p.ContentType == "image/svg+xml");
    }
}
