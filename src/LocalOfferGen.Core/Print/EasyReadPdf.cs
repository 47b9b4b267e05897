using LocalOfferGen.Diagnostics;
using LocalOfferGen.Model;
using LocalOfferGen.Print.Colour;
using LocalOfferGen.Print.Content;
using LocalOfferGen.Print.Fonts;
using LocalOfferGen.Print.Layout;
using LocalOfferGen.Print.Pdf;
using PdfSharp.Drawing;
using PdfSharp.Pdf;
using PdfSharp.UniversalAccessibility;

namespace LocalOfferGen.Print;

/// <summary>An easy-read page as an A4 document to print at home or in an office: pictures on the left,
/// words of at least 16 pt on the right, and no row split across pages.</summary>
internal static class EasyReadPdf
{
    private const double PageWidthMm = 210, PageHeightMm = 297, MarginMm = 18, PictureMm = 32;

    /// <summary>The logo's height above the title.</summary>
    public const double LogoMm = 20;

    public sealed record Result(byte[] Pdf, int Pages);

    public static string PathFor(EasyReadPage page)
    {
        var path = page.Url.Trim('/');
        return "print/" + (path == "easy-read" ? "easy-read/index" : path) + ".pdf";
    }

    /// <summary>The document's title (Info /Title and XMP dc:title): the page's, saying it is the easy-read version.</summary>
    public static string TitleOf(EasyReadPage page) =>
        page.Title.Contains("easy read", StringComparison.OrdinalIgnoreCase) ? page.Title : page.Title + " (easy read)";

    public static Result? Render(Site site, EasyReadPage page, PrintFontChain fontChain, UndrawableCharacters undrawable, PrintPictures printPictures, PrintColours colours, DiagnosticBag diagnostics)
    {
        using var fonts = new PdfFontSet(fontChain);
        var pictures = printPictures.ForDocument();
        var flow = new FlowLayout(TypeScale.EasyRead, fonts, new GlyphFallback(fontChain, undrawable));
        var margin = PrintUnits.Mm(MarginMm);
        var width = PrintUnits.Mm(PageWidthMm) - 2 * margin;
        var height = PrintUnits.Mm(PageHeightMm) - 2 * margin;
        var failed = false;
        var blocks = EasyReadBlocks.For(site, page, (link, source) =>
        {
            var picture = Pictures.Block(site, link, source, PrintUnits.Mm(PictureMm), PrintUnits.Mm(PictureMm), diagnostics);
            failed |= picture is null;
            return picture;
        });
        // The council's logo (site.yml logo) above the title, so the reader sees at once who it is from.
        if (TitleBand.LogoBlock(site, new BlockSource(page.Title, page.Source), PrintUnits.Mm(LogoMm), width / 2) is { } logo) blocks.Insert(0, logo);
        blocks.AddRange(EasyReadBlocks.Colophon(site, page));
        var result = flow.Layout(blocks, new FrameSet(width, [height], RepeatLast: true));
        if (result.Overflow is { } overflow)
        {
            diagnostics.Error(DiagnosticCodes.LeafletOverflow, overflow.Source.At,
                $"easy-read page '{page.Title}': a row in '{overflow.Source.Name}' is taller than an A4 page; split its words into more rows");
            return null;
        }
        if (failed) return null;

        var pdf = new TaggedPdf(TitleOf(page), page.Summary ?? $"Easy read: {page.Title}", site.Settings.Authority,
            site.Settings.Language, site.ContentDate, "easy-read:" + page.Url, colours.Profile);
        var painter = new BlockPainter(fonts, flow, pictures, colours);
        for (var frame = 0; frame < result.FramesUsed; frame++)
        {
            var pdfPage = pdf.AddPage();
            pdfPage.Width = XUnit.FromMillimeter(PageWidthMm);
            pdfPage.Height = XUnit.FromMillimeter(PageHeightMm);
            using var gfx = XGraphics.FromPdfPage(pdfPage);
            pdf.Tags.BeginElement(PdfGroupingElementTag.Division);
            painter.Paint(pdf, gfx, result.Placements.Where(p => p.Frame == frame), new XPoint(margin, margin));
            pdf.Tags.End();
            pdf.Tags.BeginArtifact();
            var footer = fonts.Font(default, TypeScale.EasyRead.Paragraph.Size);
            gfx.DrawString($"Page {frame + 1} of {result.FramesUsed}", footer, PrintColours.Brush(colours.Ink),
                new XRect(margin, PrintUnits.Mm(PageHeightMm) - margin + PrintUnits.Mm(3), width, 20), XStringFormats.TopRight);
            pdf.Tags.End();
        }
        return new Result(pdf.Save(), result.FramesUsed);
    }
}
