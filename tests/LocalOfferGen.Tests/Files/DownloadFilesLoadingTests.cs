using LocalOfferGen.Diagnostics;
using LocalOfferGen.Files;

namespace LocalOfferGen.Tests.Files;

/// <summary>content/files/ is read into the site model: what each document is, and links to documents from every
/// kind of Markdown, checked like links to pages.</summary>
public sealed class DownloadFilesLoadingTests : IDisposable
{
    private readonly TestContent _content = new();

    public void Dispose() => _content.Dispose();

    [Fact]
    public void Each_allowed_file_is_in_the_model_with_its_type_size_and_for_a_pdf_its_pages_and_tags()
    {
        var untagged = TestPdfs.Untagged(12);
        _content.WriteBytes("files/policy.pdf", untagged)
            .WriteBytes("files/forms/tagged.pdf", TestPdfs.Tagged(1))
            .WriteBytes("files/claims-tags.pdf", TestPdfs.MarkedWithoutStructure(2))
            .Write("files/clubs.csv", "Club,Ages\nSaturday Club,8 to 17\n")
            .WriteBytes("files/form.docx", new byte[3000]);

        var loaded = _content.Load();

        Assert.True(loaded.Succeeded, string.Join("\n", loaded.Diagnostics));
        var downloads = loaded.Site!.Downloads;
        Assert.Equal(["/files/claims-tags.pdf", "/files/clubs.csv", "/files/form.docx", "/files/forms/tagged.pdf", "/files/policy.pdf"],
            downloads.Select(d => d.SitePath));
        var policy = loaded.Site.FindDownload("/files/policy.pdf")!;
        Assert.Equal("files/policy.pdf", policy.SourcePath);
        Assert.Equal("PDF", policy.Type.Name);
        Assert.Equal(untagged.Length, policy.Bytes);
        Assert.Equal(new PdfFacts(12, Tagged: false), policy.Pdf);
        Assert.Equal($"PDF, {FileSize.Describe(untagged.Length)}, 12 pages", policy.Details);
        Assert.Equal(new PdfFacts(1, Tagged: true), loaded.Site.FindDownload("/files/forms/tagged.pdf")!.Pdf);
        Assert.EndsWith(", 1 page", loaded.Site.FindDownload("/files/forms/tagged.pdf")!.Details);
        Assert.Equal(new PdfFacts(2, Tagged: false), loaded.Site.FindDownload("/files/claims-tags.pdf")!.Pdf);
        Assert.Equal("CSV, 32 Bytes", loaded.Site.FindDownload("/files/clubs.csv")!.Details);
        var form = loaded.Site.FindDownload("/files/form.docx#top")!;
        Assert.Equal("MS Word Document, 2.93 KB", form.Details);
        Assert.Null(form.Pdf);
    }

    [Fact]
    public void Links_to_files_from_pages_services_news_easy_read_and_leaflets_resolve_to_the_files_site_path()
    {
        _content.WriteBytes("files/policy.pdf", TestPdfs.Untagged(1))
            .Write("pages/education/plans.md", PlansPage("Read the [policy](../../files/policy.pdf), [its second page](/files/policy.pdf#page=2)."))
            .Write("easy-read/education/plans.md", """
                ---
                title: EHC plans
                reviewed: 2026-09-01
                ---

                ## The plan

                You can read [the policy](../../files/policy.pdf).
                """)
            .Write("news/2026-09-01-policy.md", """
                ---
                title: A new policy
                summary: Our new policy is out.
                ---

                Read [the new policy](../files/policy.pdf).
                """)
            .Write("leaflets/plans.yml", """
                title: EHC plans
                size: a5
                sections:
                  - heading: The policy
                    text: Read [the policy](../files/policy.pdf).
                """)
            .Write("services/portage.yml", PortageService("Home visits. Read [our policy](../files/policy.pdf)."));

        var loaded = _content.Load();

        Assert.True(loaded.Succeeded, string.Join("\n", loaded.Diagnostics));
        var site = loaded.Site!;
        Assert.Equal(["/files/policy.pdf", "/files/policy.pdf#page=2"], LinksOf(site.FindPage("/education/plans/")!.Body));
        Assert.Equal(["/files/policy.pdf"], LinksOf(site.EasyReadPages.Single().Body));
        Assert.Equal(["/files/policy.pdf"], LinksOf(site.News.Single().Body));
        Assert.Equal(["/files/policy.pdf"], LinksOf(site.Leaflets.Single().Sections[0].Text!));
        Assert.Equal(["/files/policy.pdf"], LinksOf(site.Services.Single().Description));
    }

    [Fact]
    public void A_link_to_a_missing_file_is_an_error_at_the_link_naming_the_file_looked_for()
    {
        _content.WriteBytes("files/Policy.pdf", TestPdfs.Untagged(1))
            .Write("pages/education/plans.md", PlansPage("Read [the policy](../../files/missing.pdf).\n\nRead [the other one](/files/policy.pdf)."));

        var result = _content.Build("web");

        Assert.False(result.Succeeded);
        var errors = result.Diagnostics.Where(d => d.Code == DiagnosticCodes.MissingFile).OrderBy(d => d.Line).ToList();
        Assert.Equal(2, errors.Count);
        Assert.All(errors, e => Assert.Equal(Severity.Error, e.Severity));
        Assert.EndsWith("content/pages/education/plans.md", errors[0].Path);
        Assert.Equal((11, 6), (errors[0].Line, errors[0].Column));
        Assert.Contains("there is no content/files/missing.pdf", errors[0].Message);
        Assert.Equal((13, 6), (errors[1].Line, errors[1].Column));
        Assert.Contains("there is no content/files/policy.pdf, but there is content/files/Policy.pdf", errors[1].Message);
        Assert.False(File.Exists(Path.Combine(_content.Output, "files", "Policy.pdf")));
    }

    [Fact]
    public void A_file_of_a_type_not_on_the_list_is_a_warning_is_not_published_and_a_link_to_it_is_an_error()
    {
        _content.WriteBytes("files/setup.exe", [0x4d, 0x5a])
            .Write("files/page.html", "<script>alert(1)</script>")
            .Write("pages/education/plans.md", PlansPage("Get [the installer](../../files/setup.exe)."));

        var loaded = _content.Load();

        var warnings = loaded.Diagnostics.Where(d => d.Code == DiagnosticCodes.FileTypeNotPublished).ToList();
        Assert.Equal(["content/files/page.html", "content/files/setup.exe"], warnings.Select(w => w.Path[(w.Path.IndexOf("content/", StringComparison.Ordinal))..]).Order());
        Assert.All(warnings, w => Assert.Equal(Severity.Warning, w.Severity));
        Assert.Contains(".pdf, .docx, .doc, .xlsx, .xls, .odt, .ods, .odp, .pptx, .csv, .txt, .rtf", warnings[0].Message);
        var error = Assert.Single(loaded.Diagnostics, d => d.Code == DiagnosticCodes.LinkToUnpublishedFile);
        Assert.Equal((11, 5), (error.Line, error.Column));
        Assert.Contains("content/files/setup.exe, which is not published", error.Message);

        // Without the link the site builds, and neither file is published.
        _content.Write("pages/education/plans.md", PlansPage("No links."));
        var result = _content.Build("web");
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        Assert.False(Directory.Exists(Path.Combine(_content.Output, "files")));
    }

    [Fact]
    public void A_pdf_that_cannot_be_read_is_an_error_naming_the_file()
    {
        _content.Write("files/broken.pdf", "This is a Word document renamed to .pdf")
            .WriteBytes("files/cut-short.pdf", TestPdfs.Untagged(3)[..200])
            .WriteBytes("files/empty.docx", []);

        var loaded = _content.Load();

        Assert.False(loaded.Succeeded);
        var unreadable = loaded.Diagnostics.Where(d => d.Code == DiagnosticCodes.FileUnreadable).OrderBy(d => d.Path).ToList();
        Assert.Equal(2, unreadable.Count);
        Assert.EndsWith("content/files/broken.pdf", unreadable[0].Path);
        Assert.EndsWith("content/files/cut-short.pdf", unreadable[1].Path);
        Assert.All(unreadable, e => Assert.Contains("this PDF cannot be read", e.Message));
        Assert.EndsWith("content/files/empty.docx", Assert.Single(loaded.Diagnostics, d => d.Code == DiagnosticCodes.EmptyFile).Path);
    }

    [Fact]
    public void Two_files_whose_names_differ_only_in_letter_case_are_an_error()
    {
        _content.WriteBytes("files/policy.pdf", TestPdfs.Untagged(1)).WriteBytes("files/POLICY.pdf", TestPdfs.Untagged(1));

        var loaded = _content.Load();

        var error = Assert.Single(loaded.Diagnostics, d => d.Code == DiagnosticCodes.DuplicateUrl);
        Assert.EndsWith("content/files/policy.pdf", error.Path);
        Assert.Contains("differs only in letter case", error.Message);
    }

    [Fact]
    public void A_file_name_that_cannot_be_an_address_is_an_error_and_one_with_spaces_is_linked_with_escapes()
    {
        _content.WriteBytes("files/policy #2.pdf", TestPdfs.Untagged(1))
            .WriteBytes("files/Short breaks policy.pdf", TestPdfs.Untagged(1))
            .Write("pages/education/plans.md", PlansPage("Read [the policy](../../files/Short%20breaks%20policy.pdf)."));

        var loaded = _content.Load();

        var error = Assert.Single(loaded.Diagnostics, d => d.Severity == Severity.Error);
        Assert.Equal(DiagnosticCodes.FileNameNotAnAddress, error.Code);
        Assert.EndsWith("content/files/policy #2.pdf", error.Path);

        _content.Delete("files/policy #2.pdf");
        var result = _content.Build("web");
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        var html = File.ReadAllText(Path.Combine(_content.Output, "education", "plans", "index.html"));
        Assert.Contains("href=\"../../files/Short%20breaks%20policy.pdf\"", html);
        Assert.True(File.Exists(Path.Combine(_content.Output, "files", "Short breaks policy.pdf")));
    }

    internal static string PlansPage(string body) => $"""
        ---
        title: EHC plans
        summary: What an EHC plan is.
        reviewed: 2026-09-01
        owner: SEND Team
        weight: 1
        ---

        ## What it is

        {body}
        """;

    internal static string PortageService(string description) => $"""
        name: Portage
        organisation: Testshire Portage
        description: {description}
        categories: [education]
        needs: [learning]
        age_range: {"{"} min: 0, max: 5 {"}"}
        eligibility: Children under 5 who live in Testshire.
        how_to_access: Ask your health visitor.
        contact: {"{"} phone: 01234 000001 {"}"}
        reviewed: 2026-09-01
        """;

    private static List<string> LinksOf(LocalOfferGen.Model.MarkdownText text) =>
        LocalOfferGen.Markdown.MarkdownWalker.All<Markdig.Syntax.Inlines.LinkInline>(text.Document).Select(l => l.Url!).ToList();
}
