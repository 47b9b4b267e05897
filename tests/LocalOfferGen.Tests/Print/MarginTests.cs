using UglyToad.PdfPig;
using UglyToad.PdfPig.Core;

namespace LocalOfferGen.Tests.Print;

/// <summary>No glyph outside its column or inside the stated margins of trim or fold (docs/print.md), measured on each
/// glyph's drawn box, bold headings and the band's words included, on every leaflet and easy-read PDF.</summary>
public partial class LeafletPdfTests
{
    /// <summary>The columns text may use on a page, from the trim: the stated margins of each size.</summary>
    private static List<PdfRectangle> Columns(string leaflet, double[] trim)
    {
        var (left, bottom, right, top) = (trim[0], trim[1], trim[2], trim[3]);
        if (leaflet == "preparing-for-adulthood")
        {
            // Trifold: 8 mm from each trim edge and fold, 10 mm top and bottom; the folds differ on the two sides.
            var sides = new[] { new[] { 0.0, 97, 197, 297 }, [0.0, 100, 200, 297] };
            return sides.SelectMany(edges => edges.Zip(edges.Skip(1), (a, b) =>
                new PdfRectangle(left + (a + 8) * Mm, bottom + 10 * Mm, left + (b - 8) * Mm, top - 10 * Mm))).ToList();
        }
        var (x, y) = right - left > 140 * Mm ? (14.0, 12.0) : (9.0, 10.0);
        return [new PdfRectangle(left + x * Mm, bottom + y * Mm, right - x * Mm, top - y * Mm)];
    }

    /// <summary>A letter's ink may overhang its column by a little, as a j's tail reaches left of where the j starts.</summary>
    private const double Overhang = 0.5 * Mm;

    private static bool Within(PdfRectangle glyph, PdfRectangle column) =>
        glyph.Left >= column.Left - Overhang && glyph.Right <= column.Right + Overhang && glyph.Bottom >= column.Bottom - Overhang && glyph.Top <= column.Top + Overhang;

    public static TheoryData<string> Leaflets => new(Directory.GetFiles(Path.Combine(Repository.Content, "leaflets"), "*.yml")
        .Select(Path.GetFileNameWithoutExtension).Order(StringComparer.Ordinal)!);

    [Theory]
    [MemberData(nameof(Leaflets))]
    public void No_glyph_of_a_leaflet_is_outside_its_column_or_inside_the_margins(string leaflet)
    {
        using var pdf = Open(leaflet);
        var glyphs = 0;
        foreach (var page in pdf.GetPages())
        {
            var columns = Columns(leaflet, PdfReading.Box(page, "TrimBox"));
            foreach (var letter in page.Letters.Where(l => !string.IsNullOrWhiteSpace(l.Value)))
            {
                glyphs++;
                var box = letter.GlyphRectangle;
                Assert.True(columns.Any(c => Within(box, c)),
                    $"'{letter.Value}' ({letter.FontName}, {letter.PointSize:0.#} pt) at {box.Left / Mm:0.0}, {box.Bottom / Mm:0.0} mm on page {page.Number} of {leaflet} is outside its column");
            }
        }
        Assert.True(glyphs > 500, $"only {glyphs} glyphs in {leaflet}");
    }

    [Fact]
    public void No_glyph_of_an_easy_read_pdf_is_inside_its_18_mm_margins_but_the_page_number_below_them()
    {
        foreach (var file in Directory.GetFiles(sample.PathOf("print/easy-read"), "*.pdf", SearchOption.AllDirectories))
        {
            using var pdf = PdfDocument.Open(File.ReadAllBytes(file));
            foreach (var page in pdf.GetPages())
            {
                var text = new PdfRectangle(18 * Mm, 18 * Mm, page.Width - 18 * Mm, page.Height - 18 * Mm);
                var footer = page.GetMarkedContents().Where(c => c.Tag == "Artifact").SelectMany(c => c.Letters).ToHashSet();
                foreach (var letter in page.Letters.Where(l => !string.IsNullOrWhiteSpace(l.Value)))
                {
                    var box = letter.GlyphRectangle;
                    var column = footer.Contains(letter) ? new PdfRectangle(text.Left, 8 * Mm, text.Right, text.Bottom) : text;
                    Assert.True(Within(box, column), $"'{letter.Value}' at {box.Left / Mm:0.0}, {box.Bottom / Mm:0.0} mm on page {page.Number} of {file} is in the margin");
                }
            }
        }
    }
}
