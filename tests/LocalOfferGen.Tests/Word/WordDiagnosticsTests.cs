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
    public void An_SVG_with_no_PNG_beside_it_is_reported_once_and_its_description_printed()
    {
        using var content = new PlantedContent();
        File.Copy(Path.Combine(content.Content, "images", "home-family.svg"), Path.Combine(content.Content, "images", "only-svg.svg"));
        content.Write("pages/about/picture.md", "---\ntitle: A picture\nsummary: One picture.\nreviewed: 2026-10-01\nowner: Local Offer Team\n---\n\n![A drawing only in SVG](/images/only-svg.svg)\n");
        var result = content.Build();
        Assert.True(result.Succeeded);
        var warning = Assert.Single(result.Diagnostics);
        Assert.Equal(DiagnosticCodes.WordPictureFormat, warning.Code);
        Assert.Equal(Severity.Warning, warning.Severity);
        Assert.Contains("/images/only-svg.png", warning.Message);
        using var doc = new DocxReader(content.PathOf("documents/about/picture.docx"));
        Assert.Contains("[Picture: A drawing only in SVG]", doc.Text);
        Assert.Empty(doc.PictureDescriptions);
    }

    [Fact]
    public void An_SVG_with_a_PNG_beside_it_uses_the_PNG()
    {
        using var content = new PlantedContent();
        content.Write("pages/about/picture.md", "---\ntitle: A picture\nsummary: One picture.\nreviewed: 2026-10-01\nowner: Local Offer Team\n---\n\n![A family in a park](/images/home-family.svg)\n");
        var result = content.Build();
        Assert.Empty(result.Diagnostics);
        using var doc = new DocxReader(content.PathOf("documents/about/picture.docx"));
        Assert.Equal(["A family in a park"], doc.PictureDescriptions);
        Assert.Equal("image/png", Assert.Single(doc.Main.ImageParts).ContentType);
    }

    /// <summary>The package is written by hand, so each kind of picture, and a picture in a footnote, is
    /// checked to open with its content type and to pass the validator.</summary>
    [Fact]
    public void JPEG_and_GIF_pictures_and_a_picture_in_a_footnote_are_valid_parts()
    {
        using var content = new PlantedContent();
        var jpeg = LocalOfferGen.Tests.Pictures.PictureCorpus.Readable().Single(s => s.Name == "photo.jpg").Bytes;
        var gif = LocalOfferGen.Tests.Pictures.PictureCorpus.Readable().Single(s => s.Name == "animation.gif").Bytes;
        File.WriteAllBytes(Path.Combine(content.Content, "images", "photo.jpg"), jpeg);
        File.WriteAllBytes(Path.Combine(content.Content, "images", "anim.gif"), gif);
        content.Write("pages/about/pictures.md", "---\ntitle: Pictures\nsummary: Three pictures.\nreviewed: 2026-10-01\nowner: Local Offer Team\n---\n\n![A photo](/images/photo.jpg)\n\n![A drawing](/images/anim.gif)\n\nA note.[^1]\n\n[^1]: ![A family in a park](/images/home-family.png) See [GOV.UK](https://www.gov.uk/).\n");
        var result = content.Build();
        Assert.Empty(result.Diagnostics);
        using var doc = new DocxReader(content.PathOf("documents/about/pictures.docx"));
        Assert.Equal(["image/gif", "image/jpeg"], doc.Main.ImageParts.Select(p => p.ContentType).Order());
        Assert.Equal("image/png", Assert.Single(doc.Main.FootnotesPart!.ImageParts).ContentType);
        Assert.Empty(new DocumentFormat.OpenXml.Validation.OpenXmlValidator(DocumentFormat.OpenXml.FileFormatVersions.Office2010).Validate(doc.Document, TestContext.Current.CancellationToken));
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
