using LocalOfferGen.Diagnostics;
using LocalOfferGen.Model;
using LocalOfferGen.Output;
using LocalOfferGen.Pictures;
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
        foreach (var leaflet in site.Leaflets)
            if (leaflet.BleedMm == 0 && leaflet.CropMarks)
                diagnostics.Warning(DiagnosticCodes.CropMarksNeedBleed, leaflet.Source,
                    "crop marks are drawn in the bleed, and this leaflet has none (bleed_mm: 0), so it has no crop marks; set bleed_mm: 3 or crop_marks: false");

        // Documents are made in parallel; each one's bytes depend only on the content, and the index lists
        // them in site order whatever order they finish in.
        using var pictures = new PrintPictures(SvgFonts.FromFiles(
            new[] { font.Files.Regular, font.Files.Bold, font.Files.Italic, font.Files.BoldItalic }.OfType<string>()));
        var leaflets = new PrintIndexPage.LeafletEntry?[site.Leaflets.Count];
        var easyRead = new PrintIndexPage.EasyReadEntry?[site.EasyReadPages.Count];
        Parallel.For(0, leaflets.Length + easyRead.Length, i =>
        {
            if (i < leaflets.Length)
            {
                var leaflet = site.Leaflets[i];
                if (LeafletPdf.Render(site, leaflet, font.PdfFamily, pictures, diagnostics) is not { } pdf) return;
                var path = $"print/{leaflet.Id}.pdf";
                output.WriteBytes(path, pdf);
                leaflets[i] = new PrintIndexPage.LeafletEntry(leaflet, path, pdf.Length);
            }
            else
            {
                var page = site.EasyReadPages[i - leaflets.Length];
                if (EasyReadPdf.Render(site, page, font.PdfFamily, pictures, diagnostics) is not { } result) return;
                var path = EasyReadPdf.PathFor(page);
                output.WriteBytes(path, result.Pdf);
                easyRead[i - leaflets.Length] = new PrintIndexPage.EasyReadEntry(page, path, result.Pages, result.Pdf.Length);
            }
        });
        output.WriteText("print/index.html", PrintIndexPage.Render(site, leaflets.OfType<PrintIndexPage.LeafletEntry>().ToList(),
            easyRead.OfType<PrintIndexPage.EasyReadEntry>().ToList(), font.Files.Family));
    }

    /// <summary>site.yml as diagnostics show it, found beside the home page's file.</summary>
    private static string SiteFile(Site site)
    {
        var home = site.Home.Source.Path;
        return home.EndsWith("pages/index.md", StringComparison.Ordinal) ? home[..^"pages/index.md".Length] + "site.yml" : "site.yml";
    }
}
