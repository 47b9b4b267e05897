using LocalOfferGen.Diagnostics;
using LocalOfferGen.Fonts;
using LocalOfferGen.Model;
using LocalOfferGen.Output;
using LocalOfferGen.Pictures;
using LocalOfferGen.Print.Colour;
using LocalOfferGen.Print.Fonts;
using LocalOfferGen.Print.Pdf;
using LocalOfferGen.Theming;

namespace LocalOfferGen.Print;

/// <summary>The print format: a print-ready PDF for every leaflet (print/&lt;leaflet&gt;.pdf), an A4 PDF for every
/// easy-read page (print/easy-read/&lt;path&gt;.pdf), the whole guide of every step-by-step journey
/// (print/journeys/&lt;slug&gt;.pdf), the handbook and the directory of services as A4 books (print/local-offer.pdf,
/// print/services.pdf) and the print team's page listing them (print/index.html).</summary>
public sealed class PrintFormat : IOutputFormat
{
    public string Name => "print";

    public void Write(Site site, OutputFolder output, BuildSettings settings, DiagnosticBag diagnostics)
    {
        if (site.Leaflets.Count == 0 && site.EasyReadPages.Count == 0 && site.Journeys.Count == 0)
        {
            output.WriteText("print/index.html", PrintIndexPage.Render(site, [], [], [], "no font"));
            return;
        }
        var theme = new Theme(settings.ThemesDirectory, site.Settings.Theme);
        var families = ThemeFonts.Load(theme, out var missing, out var found);
        if (families is null)
        {
            diagnostics.Error(DiagnosticCodes.NoPrintFont, SourceSpan.File(SiteFile(site)),
                $"no font for the PDFs: the theme's {ThemeFonts.FamiliesFile} names {string.Join(", ", missing)}, " +
                $"but no font file of that family is in themes/{site.Settings.Theme ?? "default"}/{ThemeFonts.Folder}. " +
                $"Put the family's .ttf or .otf files there, or correct the name. Families there: {string.Join(", ", found)}");
            return;
        }
        // Every PDF is printed in the theme's CMYK colours for the output profile's printing condition (PDF/X-4).
        if (PrintColours.Load(theme, site.Settings.Theme ?? "default", diagnostics) is not { } colours) return;
        if (!LogoIsSharp(site, diagnostics)) return;
        var fonts = new PrintFontChain(families);
        var undrawable = new UndrawableCharacters(diagnostics);

        // Documents are made in parallel; each one's bytes depend only on the content, and the index lists
        // them in site order whatever order they finish in.
        // An SVG's words are drawn in the print font, so they match the text around them.
        using var pictures = new PrintPictures(SvgFonts.FromData(families[0].Files().Select(f => f.Data)), colours.Profile);
        var leaflets = new PrintIndexPage.LeafletEntry?[site.Leaflets.Count];
        var easyRead = new PrintIndexPage.EasyReadEntry?[site.EasyReadPages.Count];
        var journeys = new PrintIndexPage.JourneyEntry?[site.Journeys.Count];
        var books = new PrintIndexPage.BookEntry?[2];
        // The two books are the longest to lay out, so they start first.
        Parallel.For(-books.Length, leaflets.Length + easyRead.Length + journeys.Length, i =>
        {
            if (i < 0)
            {
                var handbook = i == -books.Length;
                var book = handbook
                    ? BookPdf.Handbook(site, fonts, undrawable, pictures, colours, diagnostics)
                    : BookPdf.Directory(site, fonts, undrawable, pictures, colours, diagnostics);
                if (book is null) return;
                var path = handbook ? BookPdf.HandbookPath : BookPdf.DirectoryPath;
                output.WriteBytes(path, book.Pdf);
                books[i + books.Length] = handbook
                    ? new PrintIndexPage.BookEntry($"{site.Settings.Title} handbook", "Every page of the Local Offer, the directory of services, \"You said, we did\" and the glossary.", path, book.Pages, book.Pdf.Length)
                    : new PrintIndexPage.BookEntry("Directory of services", "Every service, by the kind of help it gives.", path, book.Pages, book.Pdf.Length);
            }
            else if (i < leaflets.Length)
            {
                var leaflet = site.Leaflets[i];
                if (LeafletPdf.Render(site, leaflet, fonts, undrawable, pictures, colours,
                        leaflet.CropMarks && settings.PrintMarks, diagnostics) is not { } pdf) return;
                var path = $"print/{leaflet.Id}.pdf";
                output.WriteBytes(path, pdf);
                leaflets[i] = new PrintIndexPage.LeafletEntry(leaflet, path, pdf.Length);
            }
            else if (i >= leaflets.Length + easyRead.Length)
            {
                var journey = site.Journeys[i - leaflets.Length - easyRead.Length];
                if (JourneyPdf.Render(site, journey, fonts, undrawable, pictures, colours, diagnostics) is not { } result) return;
                var path = JourneyPdf.PathFor(journey);
                output.WriteBytes(path, result.Pdf);
                journeys[i - leaflets.Length - easyRead.Length] = new PrintIndexPage.JourneyEntry(journey, path, result.Pages, result.Pdf.Length);
            }
            else
            {
                var page = site.EasyReadPages[i - leaflets.Length];
                if (EasyReadPdf.Render(site, page, fonts, undrawable, pictures, colours, diagnostics) is not { } result) return;
                var path = EasyReadPdf.PathFor(page);
                output.WriteBytes(path, result.Pdf);
                easyRead[i - leaflets.Length] = new PrintIndexPage.EasyReadEntry(page, path, result.Pages, result.Pdf.Length);
            }
        });
        output.WriteText("print/index.html", PrintIndexPage.Render(site, leaflets.OfType<PrintIndexPage.LeafletEntry>().ToList(),
            easyRead.OfType<PrintIndexPage.EasyReadEntry>().ToList(), journeys.OfType<PrintIndexPage.JourneyEntry>().ToList(), fonts.Family,
            books.OfType<PrintIndexPage.BookEntry>().ToList()));
    }

    /// <summary>The logo is drawn at a fixed height (at most <see cref="EasyReadPdf.LogoMm"/>), so a small PNG would be
    /// enlarged: too few pixels for that is an error at site.yml's <c>logo</c> line, before anything is written.</summary>
    private static bool LogoIsSharp(Site site, DiagnosticBag diagnostics)
    {
        if (site.Settings.Logo is not { } path || site.Pictures.Preferred(path) is not { IsReadable: true } logo) return true;
        var height = PrintUnits.Mm(Math.Max(EasyReadPdf.LogoMm, TitleBand.LogoHeightMm));
        var width = logo.Width * height / logo.Height;
        return PictureResolution.Check(logo, width, height, site.Settings.LogoAt ?? SourceSpan.File(SiteFile(site)), "named by 'logo' in site.yml", diagnostics);
    }

    /// <summary>site.yml as diagnostics show it, found beside the home page's file.</summary>
    private static string SiteFile(Site site)
    {
        var home = site.Home.Source.Path;
        return home.EndsWith("pages/index.md", StringComparison.Ordinal) ? home[..^"pages/index.md".Length] + "site.yml" : "site.yml";
    }
}
