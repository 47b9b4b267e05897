using LocalOfferGen.Building;
using LocalOfferGen.Output;
using LocalOfferGen.Tests.Print;
using UglyToad.PdfPig;

namespace LocalOfferGen.Tests.Hostile;

/// <summary>Issue 16, hole 5: the PDF post-processing reads the file's structure (cross-reference table, trailer,
/// catalog, font names), so PDF syntax in a leaflet's title is text, never structure: the PDF stays valid and
/// reproducible, and a title that looks like a font's subset tag keeps its letters.</summary>
public sealed class PdfStructureTests
{
    private const string Title = "Help /Type/Catalog /Metadata 1 0 R >> endobj (with) <<brackets>> /FontName/ABCDEF+Arial /BaseFont/ZZZZZZ+X";

    private static byte[] BuildLeaflet(HostileContent content, string output)
    {
        var result = SiteBuilder.Build(new BuildOptions
        {
            ContentDirectory = content.Content,
            OutputDirectory = output,
            Formats = ["print"],
            Settings = new BuildSettings { Today = new(2026, 11, 27) },
        });
        Assert.True(result.Succeeded, string.Join('\n', result.Diagnostics));
        return File.ReadAllBytes(Path.Combine(output, "print", "about.pdf"));
    }

    [Fact]
    public void A_leaflet_title_holding_pdf_syntax_gives_a_valid_pdf_with_the_same_bytes_every_build()
    {
        using var content = HostileContent.Create();
        var leaflet = Path.Combine(content.Content, "leaflets", "about.yml");
        File.WriteAllText(leaflet, File.ReadAllText(leaflet).Replace("title: About the Local Offer", $"title: \"{Title}\""));

        var first = BuildLeaflet(content, content.Output);
        var second = BuildLeaflet(content, Path.Combine(content.Root, "again"));

        Assert.Equal(first, second);
        var file = Path.Combine(content.Output, "print", "about.pdf");
        var check = PdfReading.Require(PdfReading.Run("qpdf", "--check", file), "qpdf");
        Assert.True(check.Code == 0, check.Output);
        Assert.DoesNotContain("WARNING", check.Output);
        using var pdf = PdfDocument.Open(first);
        Assert.Equal(Title, pdf.Information.Title);
        var fonts = pdf.GetPages().SelectMany(p => p.Letters).Select(l => l.FontName).Distinct().ToList();
        Assert.NotEmpty(fonts);
        Assert.All(fonts, name => Assert.Matches("^[A-Z]{6}\\+", name));
        Assert.True(pdf.TryGetXmpMetadata(out var xmp));
        var xml = System.Text.Encoding.UTF8.GetString(xmp.GetXmlBytes().ToArray());
        Assert.Contains("<pdfuaid:part>1</pdfuaid:part>", xml);
        Assert.Contains(System.Security.SecurityElement.Escape(Title), xml);
    }
}
