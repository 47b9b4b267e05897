using LocalOfferGen.Audit;
using LocalOfferGen.Diagnostics;
using LocalOfferGen.Tests.Audit;

namespace LocalOfferGen.Tests.Files;

/// <summary>The audit of documents to download: untagged PDFs that pages link to, files over the council's size
/// limit, and files nothing links to.</summary>
public sealed class DownloadFilesAuditTests : IDisposable
{
    private readonly TestContent _content = new();

    public void Dispose() => _content.Dispose();

    private AuditReport Audit() => AuditTestSite.Run(_content.Content, strict: true);

    [Fact]
    public void A_linked_pdf_that_is_not_tagged_is_a_warning_at_the_file_naming_the_page_that_links_it()
    {
        _content.WriteBytes("files/untagged.pdf", TestPdfs.Untagged(2))
            .WriteBytes("files/claims-tags.pdf", TestPdfs.MarkedWithoutStructure(1))
            .WriteBytes("files/tagged.pdf", TestPdfs.Tagged(1))
            .Write("pages/education/plans.md", DownloadFilesLoadingTests.PlansPage(
                "Read [the untagged one](../../files/untagged.pdf), [the one that claims tags](/files/claims-tags.pdf) and [the tagged one](/files/tagged.pdf) on [the EHC plans page](/education/plans/)."))
            .Write("services/portage.yml", DownloadFilesLoadingTests.PortageService("Home visits. See [our policy](../files/untagged.pdf) and [the EHC plans page](/education/plans/)."));

        var report = Audit();

        var untagged = report.Findings.Where(f => f.Code == DiagnosticCodes.UntaggedPdf).OrderBy(f => f.Path).ToList();
        Assert.Equal(["content/files/claims-tags.pdf", "content/files/untagged.pdf"], untagged.Select(f => f.Path));
        Assert.All(untagged, f => Assert.Equal(AuditSeverity.Warning, f.Severity));
        Assert.All(untagged, f => Assert.Equal(AuditCheckIds.Accessibility, f.Check));
        Assert.Contains("links to it", untagged[1].Message);
        Assert.Contains("content/pages/education/plans.md(11,6) and 1 other place", untagged[1].Message);
        Assert.Contains("PSBAR 2018", untagged[1].Message);
        Assert.Contains("content/pages/education/plans.md(11,", untagged[0].Message);
        Assert.True(report.Failed);
    }

    [Fact]
    public void An_untagged_pdf_nothing_links_to_is_only_noticed_as_unlinked()
    {
        _content.WriteBytes("files/old-policy.pdf", TestPdfs.Untagged(1)).Write("files/clubs.csv", "Club\nSaturday Club\n");

        var report = Audit();

        Assert.DoesNotContain(report.Findings, f => f.Code == DiagnosticCodes.UntaggedPdf);
        var notices = report.Findings.Where(f => f.Code == DiagnosticCodes.FileNotLinked).OrderBy(f => f.Path).ToList();
        Assert.Equal(["content/files/clubs.csv", "content/files/old-policy.pdf"], notices.Select(f => f.Path));
        Assert.All(notices, f => Assert.Equal(AuditSeverity.Notice, f.Severity));
        Assert.Contains("it is published at /files/old-policy.pdf", notices[1].Message);
        Assert.DoesNotContain(report.Findings, f => f.Severity != AuditSeverity.Notice && f.Path.Contains("files/")); // notices never fail the audit
    }

    [Fact]
    public void A_file_over_the_size_set_in_site_yml_is_a_warning_and_the_default_is_20_MB()
    {
        _content.WriteBytes("files/big.docx", new byte[3 * 1024])
            .WriteBytes("files/small.docx", new byte[1024])
            .Write("pages/education/plans.md", DownloadFilesLoadingTests.PlansPage("The [big form](/files/big.docx), the [small form](/files/small.docx) and [the EHC plans page](/education/plans/)."));
        Assert.DoesNotContain(Audit().Findings, f => f.Code == DiagnosticCodes.FileTooLarge);

        _content.Write("site.yml", File.ReadAllText(Path.Combine(_content.Content, "site.yml")) + "\naudit:\n  max_file_size: 2 KB\n");
        var report = Audit();

        var warning = Assert.Single(report.Findings, f => f.Code == DiagnosticCodes.FileTooLarge);
        Assert.Equal("content/files/big.docx", warning.Path);
        Assert.Equal(AuditSeverity.Warning, warning.Severity);
        Assert.StartsWith("this file is 3 KB, more than the 2 KB set in site.yml (audit: max_file_size)", warning.Message);
    }

    [Theory]
    [InlineData("20")]
    [InlineData("0 MB")]
    [InlineData("-5 MB")]
    [InlineData("twenty megabytes")]
    public void A_max_file_size_that_is_not_a_positive_size_is_an_error_at_its_value(string value)
    {
        _content.Write("site.yml", File.ReadAllText(Path.Combine(_content.Content, "site.yml")) + $"\naudit:\n  max_file_size: {value}\n");

        var loaded = _content.Load();

        var error = Assert.Single(loaded.Diagnostics, d => d.Code == DiagnosticCodes.InvalidValue);
        Assert.EndsWith("content/site.yml", error.Path);
        Assert.Equal((12, 18), (error.Line, error.Column));
        Assert.Contains("like 20 MB or 500 KB", error.Message);
    }

    [Fact]
    public void A_link_only_to_a_document_of_content_files_is_not_told_to_say_its_type_and_size_which_the_site_shows()
    {
        _content.WriteBytes("files/policy.pdf", TestPdfs.Tagged(1))
            .Write("pages/education/plans.md", DownloadFilesLoadingTests.PlansPage("Read [the policy](../../files/policy.pdf)."));

        var finding = Assert.Single(Audit().Findings, f => f.Code == DiagnosticCodes.DocumentOnlyLink);

        Assert.Contains("put the key information on the page as well", finding.Message);
        Assert.DoesNotContain("file type and size", finding.Message);
    }
}
