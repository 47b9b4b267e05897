using System.IO.Compression;
using System.Text.RegularExpressions;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Graphics.Colors;
using UglyToad.PdfPig.Tokens;

namespace LocalOfferGen.Tests.Print;

/// <summary>Every leaflet and easy-read PDF read back as a print shop's preflight would: PDF/X-4 with a FOGRA39
/// output intent beside PDF/UA-1, no RGB anywhere, the words and QR code on the black plate only, and the marks in
/// the slug outside the bleed. Shares the sample build of <see cref="LeafletPdfTests"/>.</summary>
public partial class LeafletPdfTests
{
    private IEnumerable<string> AllPdfs() => Directory.GetFiles(sample.PathOf("print"), "*.pdf", SearchOption.AllDirectories).Order(StringComparer.Ordinal);

    private static IToken Resolve(PdfDocument pdf, IToken token) =>
        token is IndirectReferenceToken reference ? pdf.Structure.GetObject(reference.Data).Data : token;

    [Fact]
    public void Every_pdf_has_a_fogra39_output_intent_with_the_cmyk_profile_embedded()
    {
        var profile = File.ReadAllBytes(Path.Combine(Repository.Root, "themes", "default", "print", "FOGRA39L-argyll.icc"));
        Assert.NotEmpty(AllPdfs());
        foreach (var file in AllPdfs())
        {
            using var pdf = PdfDocument.Open(File.ReadAllBytes(file));
            var intents = (ArrayToken)Resolve(pdf, pdf.Structure.Catalog.CatalogDictionary.Data["OutputIntents"]);
            var intent = (DictionaryToken)Resolve(pdf, Assert.Single(intents.Data));
            Assert.Equal("GTS_PDFX", ((NameToken)intent.Data["S"]).Data);
            Assert.Equal("FOGRA39", ((StringToken)intent.Data["OutputConditionIdentifier"]).Data);
            Assert.Equal("http://www.color.org", ((StringToken)intent.Data["RegistryName"]).Data);
            var stream = (StreamToken)Resolve(pdf, intent.Data["DestOutputProfile"]);
            Assert.Equal(4, ((NumericToken)stream.StreamDictionary.Data["N"]).Int);
            Assert.Equal("FlateDecode", ((NameToken)stream.StreamDictionary.Data["Filter"]).Data);
            using var inflated = new MemoryStream();
            using (var zlib = new ZLibStream(new MemoryStream(stream.Data.ToArray()), CompressionMode.Decompress)) zlib.CopyTo(inflated);
            var icc = inflated.ToArray();
            Assert.Equal(profile, icc);
            Assert.Equal("prtrCMYK", System.Text.Encoding.ASCII.GetString(icc, 12, 8));
        }
    }

    [Fact]
    public void Every_pdf_claims_pdf_x4_and_pdf_ua_1_in_xmp_and_pdf_x4_in_its_information()
    {
        foreach (var file in AllPdfs())
        {
            using var pdf = PdfDocument.Open(File.ReadAllBytes(file));
            Assert.True(pdf.TryGetXmpMetadata(out var metadata), file);
            var xmp = System.Xml.Linq.XDocument.Parse(System.Text.Encoding.UTF8.GetString(metadata.GetXmlBytes().ToArray()));
            string? Value(string ns, string name) => xmp.Descendants(System.Xml.Linq.XName.Get(name, ns)).SingleOrDefault()?.Value;
            Assert.Equal("PDF/X-4", Value("http://www.npes.org/pdfx/ns/id/", "GTS_PDFXVersion"));
            Assert.Equal("1", Value("http://www.aiim.org/pdfua/ns/id/", "part"));
            Assert.Equal("False", Value("http://ns.adobe.com/pdf/1.3/", "Trapped"));
            Assert.Equal(pdf.Information.Producer ?? "", Value("http://ns.adobe.com/pdf/1.3/", "Producer"));
            Assert.NotNull(Value("http://ns.adobe.com/xap/1.0/mm/", "VersionID"));
            Assert.Equal("default", Value("http://ns.adobe.com/xap/1.0/mm/", "RenditionClass"));
            var info = pdf.Information.DocumentInformationDictionary.Data;
            Assert.Equal("PDF/X-4", ((StringToken)info["GTS_PDFXVersion"]).Data);
            Assert.Equal("False", ((NameToken)info["Trapped"]).Data);
            Assert.True(pdf.Version >= 1.6, $"{file} is PDF {pdf.Version}; PDF/X-4 needs 1.6 or later");
        }
    }

    [Fact]
    public void No_pdf_paints_in_rgb_anywhere_not_in_pages_forms_images_or_groups()
    {
        var rgbOperator = new Regex(@"^\s*(-?[\d.]+\s+){3}(rg|RG)\s*$", RegexOptions.Multiline);
        foreach (var file in AllPdfs())
        {
            // qpdf writes every object and stream uncompressed, one operator a line in content streams.
            var expanded = Path.GetTempFileName();
            try
            {
                var run = PdfReading.Require(PdfReading.Run("qpdf", "--qdf", "--object-streams=disable", file, expanded), "qpdf");
                Assert.True(run.Code is 0 or 3, run.Output);
                var text = System.Text.Encoding.Latin1.GetString(File.ReadAllBytes(expanded));
                Assert.DoesNotContain("/DeviceRGB", text);
                Assert.DoesNotContain("/CalRGB", text);
                Assert.DoesNotContain("/ICCBased", text); // the only ICC profile is the output intent's, which no colour space uses
                Assert.False(rgbOperator.IsMatch(text), $"{file} paints with an RGB colour operator: {rgbOperator.Match(text).Value.Trim()}");
                Assert.Contains("/Group", text); // the page groups PDFsharp adds are there, and CMYK
            }
            finally
            {
                File.Delete(expanded);
            }
            using var pdf = PdfDocument.Open(File.ReadAllBytes(file));
            foreach (var page in pdf.GetPages())
            {
                Assert.All(page.Letters, l => Assert.IsNotType<RGBColor>(l.Color));
                Assert.All(page.Paths.Where(p => p.IsFilled), p => Assert.IsNotType<RGBColor>(p.FillColor));
            }
        }
    }

    [Theory]
    [InlineData("print/short-breaks.pdf", 1, false)]
    [InlineData("print/short-breaks.pdf", 2, true)]
    [InlineData("print/preparing-for-adulthood.pdf", 1, true)]
    [InlineData("print/easy-read/preparing-for-adulthood.pdf", 1, false)]
    [InlineData("print/journeys/ehc-needs-assessment.pdf", 1, false)]
    [InlineData("print/journeys/ehc-needs-assessment.pdf", 4, true)]
    public void Body_text_and_the_qr_code_print_on_the_black_plate_only(string file, int number, bool hasQrCode)
    {
        using var pdf = PdfDocument.Open(File.ReadAllBytes(sample.PathOf(file)));
        var page = pdf.GetPage(number);
        var plates = Separations.Render(sample.PathOf(file), number, page.Height);
        var ink = page.Letters.Where(l => !string.IsNullOrWhiteSpace(l.Value) && l.Color is CMYKColor { C: 0, M: 0, Y: 0, K: 1 }).ToList();
        Assert.True(ink.Count > 100, $"only {ink.Count} letters in black ink on page {number} of {file}");
        foreach (var word in page.GetWords().Where(w => w.Letters.All(ink.Contains)))
        {
            var box = word.BoundingBox;
            foreach (var plate in (string[])["Cyan", "Magenta", "Yellow"])
                Assert.True(plates.MostInk(plate, box.Left + 0.5, box.Bottom + 0.5, box.Right - 0.5, box.Top - 0.5) == 0,
                    $"'{word.Text}' on page {number} of {file} has {plate} ink");
            Assert.True(plates.MostInk("Black", box.Left, box.Bottom, box.Right, box.Top) > 200, $"'{word.Text}' is not on the black plate");
        }
        // The QR code: the largest filled path in black ink; its squares are on the black plate and nowhere else.
        var qr = page.Paths.Where(p => p.IsFilled && p.FillColor is CMYKColor { C: 0, M: 0, Y: 0, K: 1 })
            .Select(p => p.GetBoundingRectangle()).OfType<UglyToad.PdfPig.Core.PdfRectangle>()
            .Where(r => r.Width > 15 * Mm && r.Height > 15 * Mm).ToList();
        if (!hasQrCode)
        {
            Assert.Empty(qr);
            return;
        }
        var code = Assert.Single(qr);
        foreach (var plate in (string[])["Cyan", "Magenta", "Yellow"])
            Assert.Equal(0, plates.MostInk(plate, code.Left, code.Bottom, code.Right, code.Top));
        Assert.Equal(255, plates.MostInk("Black", code.Left, code.Bottom, code.Right, code.Top));
    }

    [Fact]
    public void Every_picture_in_every_pdf_is_cmyk_and_only_the_leaflets_are_cut_with_marks()
    {
        foreach (var file in AllPdfs())
        {
            using var pdf = PdfDocument.Open(File.ReadAllBytes(file));
            foreach (var page in pdf.GetPages())
            {
                foreach (var image in page.GetImages())
                    Assert.True(image.ColorSpaceDetails?.Type is ColorSpace.DeviceCMYK, $"a picture on page {page.Number} of {file} is {image.ColorSpaceDetails?.Type}");
                // The journeys and easy-read pages are A4 for office printing: no bleed, no slug, no marks, PDF/X all the same.
                // The A4 books sit beside the leaflets but, like the journeys, are for office printing.
                var leaflet = Path.GetDirectoryName(file) == sample.PathOf("print") && Path.GetFileName(file) is not ("local-offer.pdf" or "services.pdf");
                Assert.Equal(leaflet, page.Paths.Any(PdfReading.IsMark));
                if (!leaflet) Assert.Equal(PdfReading.Box(page, "MediaBox"), PdfReading.Box(page, "TrimBox"));
            }
        }
    }

    [Theory]
    [InlineData("your-local-offer", false)]
    [InlineData("short-breaks", false)]
    [InlineData("preparing-for-adulthood", true)]
    public void Crop_and_fold_marks_are_in_registration_colour_in_the_slug_outside_the_bleed(string leaflet, bool trifold)
    {
        var file = sample.PathOf($"print/{leaflet}.pdf");
        using var pdf = PdfDocument.Open(File.ReadAllBytes(file));
        foreach (var page in pdf.GetPages())
        {
            var media = PdfReading.Box(page, "MediaBox");
            var bleed = PdfReading.Box(page, "BleedBox");
            var trim = PdfReading.Box(page, "TrimBox");
            var marks = page.Paths.Where(PdfReading.IsMark).Select(p => p.GetBoundingRectangle()!.Value).ToList();
            Assert.Equal(trifold ? 8 + 4 : 8, marks.Count);
            foreach (var mark in marks)
            {
                var outside = mark.Right < bleed[0] || mark.Left > bleed[2] || mark.Top < bleed[1] || mark.Bottom > bleed[3];
                Assert.True(outside, $"a mark at {mark} on page {page.Number} of {leaflet} reaches into the BleedBox {string.Join(' ', bleed)}");
                Assert.True(mark.Left >= media[0] && mark.Right <= media[2] && mark.Bottom >= media[1] && mark.Top <= media[3], "a mark is outside the MediaBox");
                // Each crop mark lines up with a trim edge (fold marks with a fold, between the trim's sides).
                var vertical = mark.Width < 0.01;
                var at = vertical ? mark.Left : mark.Bottom;
                double[] edges = vertical ? [trim[0], trim[2]] : [trim[1], trim[3]];
                Assert.True(edges.Any(e => Math.Abs(e - at) < 0.01) || vertical && at > trim[0] && at < trim[2], $"a mark at {at:0.0} lines up with no trim edge or fold");
            }
        }
        // The registration colour is a Separation named All, which prints on every plate.
        var expanded = Path.GetTempFileName();
        try
        {
            PdfReading.Require(PdfReading.Run("qpdf", "--qdf", "--object-streams=disable", file, expanded), "qpdf");
            Assert.Matches(@"/Separation\s+/All\s+/DeviceCMYK", File.ReadAllText(expanded, System.Text.Encoding.Latin1));
        }
        finally
        {
            File.Delete(expanded);
        }
        var plates = Separations.Render(file, 1, pdf.GetPage(1).Height);
        // Below the BleedBox, at the trim's left edge: the lower left corner's upright crop mark.
        var (bleedBottom, trimLeft) = (PdfReading.Box(pdf.GetPage(1), "BleedBox")[1], PdfReading.Box(pdf.GetPage(1), "TrimBox")[0]);
        foreach (var plate in (string[])["Cyan", "Magenta", "Yellow", "Black"])
            Assert.True(plates.MostInk(plate, trimLeft - 1, 0, trimLeft + 1, bleedBottom) > 200, $"the crop marks are not on the {plate} plate");
    }

    [Fact]
    public void Every_qr_code_still_scans_from_the_cmyk_pdf_as_printed()
    {
        // The plates as the press puts them together: rendered from the CMYK PDF through the output intent.
        foreach (var (leaflet, page) in new[] { ("your-local-offer", "2"), ("short-breaks", "2"), ("ehc-needs-assessment", "2"), ("preparing-for-adulthood", "1"), ("journeys/ehc-needs-assessment", "4"), ("journeys/moving-to-secondary-school", "4") })
        {
            var folder = Directory.CreateTempSubdirectory("lo-qr-").FullName;
            try
            {
                var image = Path.Combine(folder, "page.png");
                PdfReading.Require(PdfReading.Run("gs", "-q", "-dNOPAUSE", "-dBATCH", "-dSAFER", "-sDEVICE=png16m", "-r150", $"-dFirstPage={page}", $"-dLastPage={page}",
                    $"-sOutputFile={image}", sample.PathOf($"print/{leaflet}.pdf")), "gs (Ghostscript)");
                var scan = PdfReading.Require(PdfReading.Run("zbarimg", "-q", "--raw", image), "zbarimg");
                Assert.True(scan.Code == 0 && scan.Output.StartsWith("https://localoffer.example.gov.uk/", StringComparison.Ordinal), $"{leaflet}: {scan.Output}");
            }
            finally
            {
                Directory.Delete(folder, recursive: true);
            }
        }
    }
}
