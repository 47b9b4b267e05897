using DocumentFormat.OpenXml.Packaging;
using UglyToad.PdfPig;

namespace LocalOfferGen.Tests.Phones;

/// <summary>Word documents and printed PDFs cannot play a video: they carry its title, address and transcript.</summary>
public class VideoDocumentTests
{
    private const string Video = "```video\nurl: https://youtu.be/dQw4w9WgXcQ\ntitle: About plans\ntranscript: |\n  The narrator says a plan lists the help you get.\n```\n";

    [Fact]
    public void The_word_document_has_the_title_link_and_transcript()
    {
        using var content = new TestContent();
        content.Write("pages/education/plans.md", "---\ntitle: EHC plans\nsummary: What an EHC plan is.\nreviewed: 2026-09-01\nowner: SEND Team\n---\n\nBefore the video.\n\n" + Video + "\nAfter the video.\n");
        var result = content.Build("web", "word");
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        var docx = Directory.EnumerateFiles(Path.Combine(content.Output, "documents"), "plans.docx", SearchOption.AllDirectories).First();
        using var document = WordprocessingDocument.Open(docx, false);
        var paragraphs = document.MainDocumentPart!.Document!.Body!.Descendants<DocumentFormat.OpenXml.Wordprocessing.Paragraph>().Select(p => p.InnerText).ToList();
        var at = paragraphs.IndexOf("Video: About plans (https://youtu.be/dQw4w9WgXcQ)");
        Assert.True(at > 0, string.Join("\n", paragraphs));
        Assert.Equal("Before the video.", paragraphs[at - 1]);
        Assert.Equal("The narrator says a plan lists the help you get.", paragraphs[at + 1]);
        Assert.Equal("After the video.", paragraphs[at + 2]);
    }

    [Fact]
    public void The_printed_easy_read_pdf_has_the_title_link_and_transcript()
    {
        using var content = new TestContent();
        content.Write("easy-read/education/plans.md", "---\ntitle: EHC plans\nsummary: What an EHC plan is.\nreviewed: 2026-09-01\n---\n\n" + Video);
        var result = content.Build("easy-read", "print");
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        var pdf = Directory.EnumerateFiles(Path.Combine(content.Output, "print"), "*.pdf", SearchOption.AllDirectories).Single(f => f.Contains("plans", StringComparison.Ordinal));
        using var document = PdfDocument.Open(pdf);
        var text = string.Join(" ", document.GetPages().SelectMany(p => p.GetWords()).Select(w => w.Text));
        Assert.Contains("Video: About plans https://youtu.be/dQw4w9WgXcQ", text);
        Assert.Contains("The narrator says a plan lists the help you get.", text);
    }
}
