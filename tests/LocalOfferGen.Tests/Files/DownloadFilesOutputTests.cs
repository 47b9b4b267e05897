using System.Text.RegularExpressions;
using AngleSharp.Html.Parser;
using LocalOfferGen.Files;
using LocalOfferGen.Tests.Print;
using LocalOfferGen.Tests.Word;
using UglyToad.PdfPig;

namespace LocalOfferGen.Tests.Files;

/// <summary>What families get from a link to a document, in each format: on the web the file itself and, after the
/// link, what it is ("PDF, 1.2 KB, 12 pages"); on paper (Word, leaflets, easy-read PDFs) its address as well.</summary>
public sealed class DownloadFilesOutputTests : IDisposable
{
    private readonly TestContent _content = new();
    private readonly byte[] _policy = TestPdfs.Tagged(12);

    public DownloadFilesOutputTests()
    {
        _content.WriteBytes("files/policy.pdf", _policy)
            .WriteBytes("files/one-page.pdf", TestPdfs.Tagged(1))
            .Write("files/clubs.csv", "Club,Ages\nSaturday Club,8 to 17\n")
            .Write("pages/education/plans.md", DownloadFilesLoadingTests.PlansPage(
                "Read our [EHC plan policy](../../files/policy.pdf) or the [one-page summary](/files/one-page.pdf), and the [list of clubs](../../files/clubs.csv)."))
            .Write("easy-read/education/plans.md", """
                ---
                title: EHC plans
                reviewed: 2026-09-01
                ---

                ## The plan

                You can read [the policy](../../files/policy.pdf).
                """)
            .Write("leaflets/plans.yml", """
                title: EHC plans
                size: a5
                sections:
                  - heading: The policy
                    text: Read [the policy](../files/policy.pdf).
                """);
    }

    public void Dispose() => _content.Dispose();

    private string PolicyDetails => $"PDF, {FileSize.Describe(_policy.Length)}, 12 pages";

    [Fact]
    public void The_web_page_shows_each_links_type_size_and_pages_as_its_description_and_publishes_the_file()
    {
        var result = _content.Build("web", "easy-read");

        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        Assert.Equal(_policy, File.ReadAllBytes(Path.Combine(_content.Output, "files", "policy.pdf")));
        Assert.True(File.Exists(Path.Combine(_content.Output, "files", "clubs.csv")));
        var page = new HtmlParser().ParseDocument(File.ReadAllText(Path.Combine(_content.Output, "education", "plans", "index.html")));
        var links = page.QuerySelectorAll("main .attachment-link a");
        Assert.Equal(["../../files/policy.pdf", "../../files/one-page.pdf", "../../files/clubs.csv"], links.Select(a => a.GetAttribute("href")));
        var details = links.Select(a => page.GetElementById(a.GetAttribute("aria-describedby")!)!).ToList();
        Assert.All(details, d => Assert.Equal("attachment-details", d.ClassName));
        Assert.Equal($"({PolicyDetails})", details[0].TextContent);
        Assert.Matches(new Regex(@"^\(PDF, [0-9.]+ KB, 12 pages\)$"), details[0].TextContent);
        Assert.Matches(new Regex(@"^\(PDF, [0-9.]+ (KB|Bytes), 1 page\)$"), details[1].TextContent);
        Assert.Equal("(CSV, 32 Bytes)", details[2].TextContent);
        Assert.Equal("Portable Document Format", details[0].QuerySelector("abbr")!.GetAttribute("title"));
        // The details follow the link in its own sentence: its context, for anyone who does not use the description.
        Assert.Same(links[0].ParentElement, details[0].ParentElement);
        Assert.Contains($"EHC plan policy ({PolicyDetails}) or the one-page summary", page.QuerySelector("main p:has(.attachment-link)")!.TextContent);

        var easyRead = new HtmlParser().ParseDocument(File.ReadAllText(Path.Combine(_content.Output, "easy-read", "education", "plans", "index.html")));
        Assert.Equal($"({PolicyDetails})", easyRead.QuerySelector("main .attachment-details")!.TextContent);
    }

    [Fact]
    public void Word_documents_print_the_files_full_address_type_and_size_after_the_link()
    {
        var result = _content.Build("word");

        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        using (var page = new DocxReader(Path.Combine(_content.Output, "documents", "education", "plans.docx")))
        {
            Assert.Contains($"Read our EHC plan policy (localoffer.test.example/files/policy.pdf, {PolicyDetails}) or the one-page summary (localoffer.test.example/files/one-page.pdf, PDF, ",
                page.AllText);
            Assert.Contains("the list of clubs (localoffer.test.example/files/clubs.csv, CSV, 32 Bytes).", page.AllText);
            Assert.Contains(("EHC plan policy", "https://localoffer.test.example/files/policy.pdf"), page.Links());
        }
        using var easyRead = new DocxReader(Path.Combine(_content.Output, "documents", "easy-read", "education", "plans.docx"));
        Assert.Contains($"the policy (localoffer.test.example/files/policy.pdf, {PolicyDetails})", easyRead.AllText);
    }

    [Fact]
    public void Leaflets_and_easy_read_pdfs_print_the_files_full_address_type_and_size_after_the_link()
    {
        var result = _content.Build("print");

        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        var expected = Squeeze($"the policy (localoffer.test.example/files/policy.pdf, {PolicyDetails})");
        using (var leaflet = PdfDocument.Open(Path.Combine(_content.Output, "print", "plans.pdf")))
            Assert.Contains(expected, Squeeze(PdfReading.Text(leaflet)));
        using var easyRead = PdfDocument.Open(Path.Combine(_content.Output, "print", "easy-read", "education", "plans.pdf"));
        Assert.Contains(expected, Squeeze(PdfReading.Text(easyRead)));
    }

    /// <summary>Text extraction splits lines where the layout broke them; the words and their order are what count.</summary>
    private static string Squeeze(string text) => Regex.Replace(text, @"\s+", "");
}
