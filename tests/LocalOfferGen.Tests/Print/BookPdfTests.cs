using System.Text.RegularExpressions;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Tokens;

namespace LocalOfferGen.Tests.Print;

/// <summary>The handbook and the directory of services as A4 books (print/local-offer.pdf, print/services.pdf), read
/// back as a reader gets them: the contents' numbers against the pages the headings are on, "see page N" against the
/// page that has the service, the footers, bookmarks, tags and PDF/X-4 identification.</summary>
[Collection(PrintedSampleCollection.Name)]
public sealed class BookPdfTests(PrintedSample sample)
{
    public static TheoryData<string> Books => new("print/local-offer.pdf", "print/services.pdf");

    private PdfDocument Open(string book) => PdfDocument.Open(File.ReadAllBytes(sample.PathOf(book)));

    private static string Squashed(string text) => Regex.Replace(text, @"\s+", "");

    /// <summary>Each page's text as pdftotext gives it, page 1 first.</summary>
    private List<string> Pages(string book)
    {
        using var pdf = Open(book);
        return Enumerable.Range(1, pdf.NumberOfPages).Select(n =>
            PdfReading.Require(PdfReading.Run("pdftotext", "-layout", "-f", $"{n}", "-l", $"{n}", sample.PathOf(book), "-"), "pdftotext").Output).ToList();
    }

    /// <summary>The contents' entries: words, dotted leader, page number (a long entry's words may wrap onto a line before).</summary>
    private static List<(string Text, int Page)> Contents(List<string> pages)
    {
        var entries = new List<(string, int)>();
        var pending = "";
        foreach (var page in pages.Skip(1).TakeWhile(p => Regex.IsMatch(p, @"(\. ){5,}")))
            foreach (var line in page.Split('\n'))
            {
                var entry = Regex.Match(line, @"^\s*(.*?)\s*(?:\.\s?){3,}\s*(\d+)\s*$");
                if (entry.Success) { entries.Add(((pending + " " + entry.Groups[1].Value).Trim(), int.Parse(entry.Groups[2].Value))); pending = ""; }
                else if (line.Trim() is { Length: > 0 } words && words != "Contents" && !words.Contains("Page ", StringComparison.Ordinal)) pending = words;
            }
        return entries;
    }

    [Theory]
    [MemberData(nameof(Books))]
    public void The_contents_page_numbers_are_the_pages_the_headings_are_on(string book)
    {
        var pages = Pages(book);
        var entries = Contents(pages);
        Assert.True(entries.Count > 20, $"only {entries.Count} contents entries in {book}");
        Assert.Equal(entries.Select(e => e.Page).Order(), entries.Select(e => e.Page)); // in page order
        foreach (var (text, page) in entries)
        {
            Assert.InRange(page, 3, pages.Count);
            // The heading is set as a line of its own on that page (a long one may wrap onto two).
            var lines = pages[page - 1].Split('\n').Select(l => l.Trim()).ToList();
            var onItsOwnLine = lines.Contains(text) || lines.Zip(lines.Skip(1)).Any(pair => $"{pair.First} {pair.Second}" == text);
            Assert.True(onItsOwnLine, $"'{text}' is not a heading on page {page} of {book}");
        }
    }

    private static int ContentsPages(List<string> pages) => pages.Skip(1).TakeWhile(p => Regex.IsMatch(p, @"(\. ){5,}")).Count();

    [Theory]
    [MemberData(nameof(Books))]
    public void See_page_n_points_at_the_page_that_has_the_service(string book)
    {
        var pages = Pages(book);
        var site = sample.Result.Site!;
        var checkedReferences = 0;
        for (var i = 1 + ContentsPages(pages); i < pages.Count; i++)
        {
            var text = Squashed(pages[i]);
            foreach (var service in site.Services)
                foreach (Match reference in Regex.Matches(text, Regex.Escape(Squashed(service.Name)) + @":?\(?seepage(\d+)\)?"))
                {
                    var target = int.Parse(reference.Groups[1].Value);
                    // Its name is a heading there: the service's own entry (name, then who runs it) or, where a page of the
                    // site has the same title (the SENDIASS page and service), that page.
                    Assert.Contains(service.Name, pages[target - 1].Split('\n').Select(l => l.Trim()));
                    checkedReferences++;
                }
        }
        Assert.True(checkedReferences >= (book.EndsWith("services.pdf", StringComparison.Ordinal) ? 10 : 3), $"only {checkedReferences} 'see page' references to services in {book}");
        // No address is printed for a service the book has: every link to one says where it is instead.
        foreach (var service in site.Services)
            Assert.DoesNotContain($"({Squashed("localoffer.example.gov.uk" + service.Url)})", string.Concat(pages.Select(Squashed)));
    }

    [Theory]
    [MemberData(nameof(Books))]
    public void Every_page_but_the_cover_has_a_running_footer_with_its_number(string book)
    {
        var pages = Pages(book);
        Assert.DoesNotContain("Page 1 of", pages[0]);
        for (var i = 1; i < pages.Count; i++) Assert.Contains($"Page {i + 1} of {pages.Count}", pages[i]);
        Assert.Contains("Exampleshire County Council:", pages[1]);
    }

    [Theory]
    [MemberData(nameof(Books))]
    public void It_is_tagged_with_a_contents_list_headings_and_links_and_has_bookmarks(string book)
    {
        using var pdf = Open(book);
        var tags = PdfReading.StructureTree(pdf).Select(t => t.Type).ToList();
        Assert.Contains("TOC", tags);
        Assert.True(tags.Count(t => t == "TOCI") > 20);
        Assert.Contains("H1", tags);
        Assert.Contains("H2", tags);
        Assert.Contains("H3", tags);
        Assert.Contains("Link", tags);
        // Heading levels never skip one on the way down.
        var levels = tags.Where(t => Regex.IsMatch(t, "^H[1-6]$")).Select(t => t[1] - '0').ToList();
        Assert.Equal(1, levels[0]);
        for (var i = 1; i < levels.Count; i++) Assert.True(levels[i] <= levels[i - 1] + 1, $"H{levels[i - 1]} then H{levels[i]} in {book}");
        Assert.True(pdf.TryGetBookmarks(out var bookmarks));
        Assert.Equal("Contents", bookmarks.Roots[0].Title);
        Assert.True(bookmarks.GetNodes().Count() > 20);
        // PDF/X-4: an output intent, and the TrimBox of an A4 sheet on every page.
        Assert.True(pdf.Structure.Catalog.CatalogDictionary.Data.ContainsKey("OutputIntents"));
        foreach (var page in pdf.GetPages())
            Assert.Equal([0, 0, 595.276, 841.89], PdfReading.Box(page, "TrimBox").Select(v => Math.Round(v, 3)));
    }

    [Fact]
    public void The_handbook_has_every_page_and_the_directory_every_service_and_the_print_page_lists_both()
    {
        var site = sample.Result.Site!;
        var handbook = Squashed(string.Concat(Pages("print/local-offer.pdf")));
        foreach (var page in site.Pages) Assert.Contains(Squashed(page.Title), handbook);
        var directory = Squashed(string.Concat(Pages("print/services.pdf")));
        foreach (var service in site.Services) Assert.Contains(Squashed(service.Name) + "Runby:", directory);
        var index = File.ReadAllText(sample.PathOf("print/index.html"));
        Assert.Contains("href=\"local-offer.pdf\"", index);
        Assert.Contains("href=\"services.pdf\"", index);
    }
}
