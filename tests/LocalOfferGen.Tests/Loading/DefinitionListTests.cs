using DocumentFormat.OpenXml.Wordprocessing;
using LocalOfferGen.Tests.Word;
using UglyToad.PdfPig;

namespace LocalOfferGen.Tests.Loading;

/// <summary>Definition lists (a term, then ": its meaning" on the next line) in every format: the web's
/// dl/dt/dd, Word's bold term over an indented meaning, and print's the same in the PDF.</summary>
public sealed class DefinitionListTests : IDisposable
{
    private const string Words = """
        Portage
        :   A home visiting service for young children.

        Short breaks
        :   Time for families to rest while their child has fun.
        """;

    private readonly TestContent _content = new();

    public DefinitionListTests()
    {
        _content.Write("pages/education/words.md", $"""
            ---
            title: Words we use
            summary: What some words on this site mean.
            reviewed: 2026-09-01
            owner: SEND Team
            ---

            ## Words

            {Words}
            """);
        _content.Write("leaflets/words.yml", """
            title: Words we use
            size: a5
            sections:
              - heading: Words
                text: |
                  Portage
                  :   A home visiting service for young children.

                  Short breaks
                  :   Time for families to rest while their child has fun.
            """);
        var result = _content.Build("web", "word", "print");
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
    }

    public void Dispose() => _content.Dispose();

    [Fact]
    public void The_web_page_has_a_real_definition_list()
    {
        var html = File.ReadAllText(Path.Combine(_content.Output, "education", "words", "index.html"));
        Assert.Contains("<dl>\n<dt>Portage</dt>\n<dd>A home visiting service for young children.</dd>\n<dt>Short breaks</dt>", html);
        Assert.DoesNotContain(": A home", html);
        var css = File.ReadAllText(Path.Combine(_content.Output, "assets", "site.css"));
        Assert.Contains("main dl:not([class]) > dd", css);
    }

    [Fact]
    public void Word_has_each_term_bold_and_its_meaning_indented_below_it()
    {
        using var doc = new DocxReader(Path.Combine(_content.Output, "documents", "education", "words.docx"));
        var paragraphs = doc.Body.Descendants<Paragraph>().ToList();
        var term = paragraphs.Single(p => DocxReader.TextOf(p) == "Portage");
        Assert.All(term.Descendants<DocumentFormat.OpenXml.Wordprocessing.Run>(), r => Assert.NotNull(r.RunProperties?.Bold));
        Assert.NotNull(term.ParagraphProperties!.KeepNext);
        var meaning = paragraphs[paragraphs.IndexOf(term) + 1];
        Assert.Equal("A home visiting service for young children.", DocxReader.TextOf(meaning));
        Assert.Equal("567", meaning.ParagraphProperties!.Indentation!.Left!.Value);
        Assert.Null(term.ParagraphProperties.Indentation);
        Assert.DoesNotContain(":", DocxReader.TextOf(meaning));
    }

    [Fact]
    public void Print_sets_each_term_bold_and_its_meaning_indented_below_it()
    {
        using var pdf = PdfDocument.Open(Path.Combine(_content.Output, "print", "words.pdf"));
        var words = pdf.GetPages().SelectMany(p => p.GetWords()).ToList();
        var term = words.First(w => w.Text == "Portage");
        var meaning = words.First(w => w.Text == "home");
        var meaningStart = words[words.IndexOf(meaning) - 1];
        Assert.Equal("A", meaningStart.Text);
        Assert.Contains("Bold", term.Letters[0].FontName, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("Bold", meaningStart.Letters[0].FontName, StringComparison.OrdinalIgnoreCase);
        Assert.True(meaningStart.BoundingBox.Left > term.BoundingBox.Left + 5, $"{meaningStart.BoundingBox.Left} vs {term.BoundingBox.Left}");
        Assert.True(meaningStart.BoundingBox.Top < term.BoundingBox.Bottom, "the meaning is below its term");
        Assert.DoesNotContain(words, w => w.Text == ":");
    }
}
