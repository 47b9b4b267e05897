using LocalOfferGen.Diagnostics;

namespace LocalOfferGen.Tests.Word;

public sealed class WordDiagnosticsTests
{
    [Fact]
    public void A_page_whose_document_would_overwrite_the_handbook_is_an_error()
    {
        using var content = new PlantedContent();
        content.Write("pages/local-offer.md", "---\ntitle: Our Local Offer\nsummary: About it.\nreviewed: 2026-10-01\nowner: Local Offer Team\n---\n\nText.\n");
        var result = content.Build();
        Assert.False(result.Succeeded);
        var error = Assert.Single(result.Diagnostics, d => d.Code == DiagnosticCodes.WordDocumentNameClash);
        Assert.Equal(Severity.Error, error.Severity);
        Assert.True(error.Path.Replace('\\', '/').EndsWith("pages/local-offer.md", StringComparison.Ordinal), error.ToString());
        Assert.Contains("documents/local-offer.docx", error.Message);
    }

    [Fact]
    public void A_damaged_picture_stops_the_build_at_its_link()
    {
        // Pictures are checked when the content is loaded (LO0220), before any format runs.
        using var content = new PlantedContent();
        File.WriteAllText(Path.Combine(content.Content, "images", "broken.png"), "not a picture");
        content.Write("pages/about/picture.md", "---\ntitle: A picture\nsummary: One picture.\nreviewed: 2026-10-01\nowner: Local Offer Team\n---\n\n![A broken picture](/images/broken.png)\n");
        var result = content.Build();
        Assert.False(result.Succeeded);
        var error = Assert.Single(result.Diagnostics);
        Assert.Equal(DiagnosticCodes.PictureUnreadable, error.Code);
        Assert.Equal(8, error.Line);
        Assert.Contains("content/images/broken.png", error.Message);
    }

    [Fact]
    public void Large_print_can_be_switched_on_in_site_yml()
    {
        using var content = new PlantedContent();
        content.Append("site.yml", "\nlarge_print: true\n");
        var result = content.Build();
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        Assert.True(result.Site!.Settings.LargePrint);
        Assert.True(File.Exists(content.PathOf("documents/large-print/local-offer.docx")));
    }
}
