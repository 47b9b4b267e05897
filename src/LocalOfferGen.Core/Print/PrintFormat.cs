using LocalOfferGen.Diagnostics;
using LocalOfferGen.Model;
using LocalOfferGen.Output;
using LocalOfferGen.Print.Fonts;
using LocalOfferGen.Print.Pdf;

namespace LocalOfferGen.Print;

/// <summary>The print format: a print-ready PDF for every leaflet (print/&lt;leaflet&gt;.pdf), an A4 PDF for every
/// easy-read page (print/easy-read/&lt;path&gt;.pdf) and the print team's page listing them (print/index.html).</summary>
public sealed class PrintFormat : IOutputFormat
{
    public string Name => "print";

    public void Write(Site site, OutputFolder output, BuildSettings settings, DiagnosticBag diagnostics)
    {
        if (site.Leaflets.Count == 0 && site.EasyReadPages.Count == 0)
        {
            output.WriteText("print/index.html", PrintIndexPage.Render(site, [], [], "no font"));
            return;
        }
        var font = PrintFonts.Choose(site, settings, out var families, out var folders);
        if (font is null)
        {
            diagnostics.Error(DiagnosticCodes.NoPrintFont, SourceSpan.File(SiteFile(site)),
                $"no font for the leaflets: none of {string.Join(", ", families)} is installed. " +
                "Install one (on Debian or Ubuntu: apt-get install fonts-liberation), or put the font files in the theme's fonts folder. " +
                $"Looked in: {string.Join(", ", folders)}");
            return;
        }
        using var pictures = new PictureCache();
        var leaflets = new List<PrintIndexPage.LeafletEntry>();
        foreach (var leaflet in site.Leaflets)
        {
            if (leaflet.BleedMm == 0 && leaflet.CropMarks)
                diagnostics.Warning(DiagnosticCodes.CropMarksNeedBleed, leaflet.Source,
                    "crop marks are drawn in the bleed, and this leaflet has none (bleed_mm: 0), so it has no crop marks; set bleed_mm: 3 or crop_marks: false");
            var pdf = LeafletPdf.Render(site, leaflet, font.PdfFamily, pictures, diagnostics);
            if (pdf is null) continue;
            var path = $"print/{leaflet.Id}.pdf";
            output.WriteBytes(path, pdf);
            leaflets.Add(new PrintIndexPage.LeafletEntry(leaflet, path, pdf.Length));
        }
        var easyRead = new List<PrintIndexPage.EasyReadEntry>();
        foreach (var page in site.EasyReadPages)
        {
            if (EasyReadPdf.Render(site, page, font.PdfFamily, pictures, diagnostics) is not { } result) continue;
            var path = EasyReadPdf.PathFor(page);
            output.WriteBytes(path, result.Pdf);
            easyRead.Add(new PrintIndexPage.EasyReadEntry(page, path, result.Pages, result.Pdf.Length));
        }
        output.WriteText("print/index.html", PrintIndexPage.Render(site, leaflets, easyRead, font.Files.Family));
    }

    /// <summary>site.yml as diagnostics show it, found beside the home page's file.</summary>
    private static string SiteFile(Site site)
    {
        var home = site.Home.Source.Path;
        return home.EndsWith("pages/index.md", StringComparison.Ordinal) ? home[..^"pages/index.md".Length] + "site.yml" : "site.yml";
    }
}
