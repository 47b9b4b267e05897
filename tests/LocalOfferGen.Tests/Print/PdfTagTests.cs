using UglyToad.PdfPig;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Tokens;

namespace LocalOfferGen.Tests.Print;

/// <summary>What assistive technology gets from every leaflet, easy-read and journey PDF: figure boxes it can put on
/// the page, words kept apart at soft line breaks, bookmarks on longer documents and easy-read titles that say so.
/// Shares the sample build of <see cref="LeafletPdfTests"/>.</summary>
public partial class LeafletPdfTests
{
    /// <summary>Every Figure element's /BBox and the number of the page it is on.</summary>
    private static List<(int Page, PdfRectangle Box)> FigureBoxes(PdfDocument pdf)
    {
        // The page objects in order, from the page tree (a figure names its page by reference).
        var pageNumbers = new Dictionary<IndirectReference, int>();
        void Walk(IToken node)
        {
            var reference = ((IndirectReferenceToken)node).Data;
            var dictionary = (DictionaryToken)Resolve(pdf, node);
            if (dictionary.Data.TryGetValue("Kids", out var kids))
                foreach (var kid in ((ArrayToken)Resolve(pdf, kids)).Data) Walk(kid);
            else pageNumbers[reference] = pageNumbers.Count + 1;
        }
        Walk(pdf.Structure.Catalog.CatalogDictionary.Data["Pages"]);
        var boxes = new List<(int, PdfRectangle)>();
        var root = (DictionaryToken)Resolve(pdf, pdf.Structure.Catalog.CatalogDictionary.Data["StructTreeRoot"]);
        var stack = new Stack<IToken>([root.Data["K"]]);
        while (stack.Count > 0)
        {
            var token = stack.Pop();
            var value = Resolve(pdf, token);
            if (value is ArrayToken array) { foreach (var item in array.Data) stack.Push(item); continue; }
            if (value is not DictionaryToken element || !element.Data.TryGetValue("S", out var type)) continue;
            if (((NameToken)type).Data == "Figure")
            {
                var attributes = (DictionaryToken)Resolve(pdf, element.Data["A"]);
                var b = ((ArrayToken)Resolve(pdf, attributes.Data["BBox"])).Data.Select(t => ((NumericToken)t).Double).ToArray();
                var page = pageNumbers[((IndirectReferenceToken)element.Data["Pg"]).Data];
                boxes.Add((page, new PdfRectangle(b[0], b[1], b[2], b[3])));
            }
            if (element.Data.TryGetValue("K", out var kids)) stack.Push(kids);
        }
        return boxes;
    }

    private static bool Inside(PdfRectangle inner, PdfRectangle outer, double slack = 0.5) =>
        inner.Left >= outer.Left - slack && inner.Right <= outer.Right + slack && inner.Bottom >= outer.Bottom - slack && inner.Top <= outer.Top + slack;

    [Fact]
    public void Every_figure_box_is_in_default_user_space_inside_the_page_and_over_what_it_shows()
    {
        var figures = 0;
        foreach (var file in AllPdfs())
        {
            using var pdf = PdfDocument.Open(File.ReadAllBytes(file));
            var boxes = FigureBoxes(pdf);
            foreach (var (number, box) in boxes)
            {
                figures++;
                var page = pdf.GetPage(number);
                var media = PdfReading.Box(page, "MediaBox");
                Assert.True(Inside(box, new PdfRectangle(media[0], media[1], media[2], media[3])), $"a figure box {box} is outside page {number} of {file}");
                // What the figure shows lies inside its box: a picture's pixels, or the QR code's squares and an SVG's drawing.
                var drawn = page.GetImages().Select(i => i.Bounds)
                    .Concat(page.Paths.Where(p => p.IsFilled).Select(p => p.GetBoundingRectangle()).OfType<PdfRectangle>())
                    .Where(r => r.Width * r.Height > 1 && Inside(r, box)).ToList();
                Assert.True(drawn.Count > 0, $"the figure box {box} on page {number} of {file} covers nothing drawn");
            }
            // And every picture's pixels are under a figure box.
            foreach (var page in pdf.GetPages())
                foreach (var image in page.GetImages())
                    Assert.True(boxes.Any(b => b.Page == page.Number && Inside(image.Bounds, b.Box)), $"a picture at {image.Bounds} on page {page.Number} of {file} has no figure box over it");
        }
        Assert.True(figures > 10, $"only {figures} figures in the sample's PDFs");
    }

    [Fact]
    public void The_tagged_text_keeps_words_apart_at_soft_line_breaks_on_every_page()
    {
        foreach (var file in AllPdfs())
        {
            using var pdf = PdfDocument.Open(File.ReadAllBytes(file));
            foreach (var page in pdf.GetPages())
            {
                // pdftotext finds the words by where the letters are; a screen reader gets each tagged element's text
                // in content order, so every word in it must be one the page shows apart from its neighbours.
                var layout = PdfReading.Require(PdfReading.Run("pdftotext", "-f", $"{page.Number}", "-l", $"{page.Number}", file, "-"), "pdftotext");
                // A web address wraps after a slash with no space: one word, on two lines of the page.
                var joined = layout.Output.Replace("\n", "");
                bool WrappedAddress(string word) => word.Contains('/') && joined.Contains(word, StringComparison.Ordinal);
                var shown = layout.Output.Split((char[])[' ', '\n', '\r', '\f', '\u00A0'], StringSplitOptions.RemoveEmptyEntries).ToHashSet(StringComparer.Ordinal);
                // A picture's own words (an SVG's labels) are the figure's, read out as its alternative text instead.
                foreach (var content in page.GetMarkedContents().Where(c => c.Tag is not ("Figure" or "Artifact")))
                {
                    var text = string.Concat(content.Letters.Select(l => l.Value));
                    var words = text.Split((char[])[' ', '\u00A0'], StringSplitOptions.RemoveEmptyEntries);
                    // An element's first and last word may be part of a word it shares with the next (a link and its full stop).
                    bool AtEdge(int i) => (i == 0 || i == words.Length - 1) && shown.Any(s => s.Contains(words[i], StringComparison.Ordinal));
                    for (var i = 0; i < words.Length; i++)
                        Assert.True(shown.Contains(words[i]) || WrappedAddress(words[i]) || AtEdge(i), $"'{words[i]}' on page {page.Number} of {file} runs words together that the page shows apart (in \"{text}\")");
                }
            }
        }
    }

    [Fact]
    public void Documents_of_more_than_2_pages_have_a_bookmark_for_each_heading_and_shorter_ones_none()
    {
        var bookmarked = 0;
        foreach (var file in AllPdfs())
        {
            using var pdf = PdfDocument.Open(File.ReadAllBytes(file));
            var has = pdf.TryGetBookmarks(out var bookmarks);
            if (pdf.NumberOfPages <= 2)
            {
                Assert.False(has && bookmarks!.GetNodes().Any(), $"{file} has {pdf.NumberOfPages} pages and bookmarks");
                continue;
            }
            Assert.True(has, $"{file} has {pdf.NumberOfPages} pages and no bookmarks");
            bookmarked++;
            // The A4 books bookmark their contents list instead (BookPdfTests).
            if (IsBook(file)) continue;
            var nodes = bookmarks!.GetNodes().OfType<UglyToad.PdfPig.Outline.DocumentBookmarkNode>().ToList();
            var headings = PdfReading.StructureTree(pdf).Count(t => t.Type is "H1" or "H2" or "H3");
            Assert.Equal(headings, nodes.Count);
            // The title is the top level, its sections below it, and each opens the page the heading is on.
            var top = Assert.Single(bookmarks.Roots);
            Assert.Equal(pdf.Information.Title?.Replace(" (easy read)", ""), top.Title);
            foreach (var node in nodes)
                Assert.Contains(string.Join(" ", node.Title.Split(' ').Take(2)), string.Join(" ", pdf.GetPage(node.PageNumber).GetWords().Select(w => w.Text)));
        }
        Assert.True(bookmarked >= 3, $"only {bookmarked} documents of more than 2 pages");
    }

    [Fact]
    public void Easy_read_documents_say_easy_read_in_their_title_and_end_with_who_published_them_when_and_where()
    {
        var files = Directory.GetFiles(sample.PathOf("print/easy-read"), "*.pdf", SearchOption.AllDirectories);
        Assert.NotEmpty(files);
        foreach (var file in files)
        {
            using var pdf = PdfDocument.Open(File.ReadAllBytes(file));
            Assert.EndsWith(" (easy read)", pdf.Information.Title);
            Assert.True(pdf.TryGetXmpMetadata(out var metadata));
            var xmp = System.Xml.Linq.XDocument.Parse(System.Text.Encoding.UTF8.GetString(metadata.GetXmlBytes().ToArray()));
            Assert.Equal(pdf.Information.Title, xmp.Descendants(System.Xml.Linq.XName.Get("title", "http://purl.org/dc/elements/1.1/")).Single().Value);
            var last = string.Join(" ", pdf.GetPage(pdf.NumberOfPages).GetWords().Select(w => w.Text));
            var path = Path.GetRelativePath(sample.PathOf("print"), file).Replace('\\', '/')[..^".pdf".Length];
            Assert.Matches(@"Made by Exampleshire County Council in (January|February|March|April|May|June|July|August|September|October|November|December) 20\d\d\.", last);
            Assert.Contains($"localoffer.example.gov.uk/{path}/", last.Replace(" ", ""));
        }
    }

    private static bool IsBook(string file) =>
        Path.GetFileName(file) is "local-offer.pdf" or "services.pdf" && Path.GetFileName(Path.GetDirectoryName(file)) == "print";
}
