using DocumentFormat.OpenXml.Wordprocessing;
using LocalOfferGen.Audit;
using LocalOfferGen.Diagnostics;
using LocalOfferGen.Tests.Audit;
using LocalOfferGen.Tests.Word;
using Markdig.Renderers.Html;
using Markdig.Syntax;

namespace LocalOfferGen.Tests.Loading;

/// <summary>Heading ids written as Hugo, Pandoc and kramdown write them: <c>## Getting advice {#advice}</c>.</summary>
public sealed class HeadingIdTests : IDisposable
{
    private const string Front = """
        ---
        title: Health
        summary: Health services for children with SEND.
        reviewed: 2026-09-01
        owner: Health Team
        ---

        """;

    private readonly TestContent _content = new();

    public void Dispose() => _content.Dispose();

    private TestContent WithHealth(string body) => _content.Write("pages/health/index.md", Front + body);

    [Fact]
    public void A_heading_id_names_the_anchor_in_the_web_page_and_links_to_it_pass_the_anchor_check()
    {
        WithHealth("""
            ## Getting advice {#advice}

            Ask your GP. Back to [getting advice](#advice).

            ## Advice

            A heading whose automatic id would have been the same as the one written above.
            """);
        _content.Write("pages/education/plans.md", """
            ---
            title: EHC plans
            summary: What an EHC plan is.
            reviewed: 2026-09-01
            owner: SEND Team
            ---

            Read about [getting advice on health](/health/#advice) and [the other part](../health/index.md#advice-1).
            """);
        var result = _content.Build("web", "word");
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        Assert.Empty(result.Diagnostics);
        Assert.Empty(result.Audit!.Findings.Coded(DiagnosticCodes.MissingAnchor));

        var html = File.ReadAllText(Path.Combine(_content.Output, "health", "index.html"));
        Assert.Contains("<h2 id=\"advice\">Getting advice</h2>", html);
        Assert.Contains("<h2 id=\"advice-1\">Advice</h2>", html);
        Assert.DoesNotContain("{#advice}", html);
        Assert.Contains("href=\"#advice\"", html);
        var plans = File.ReadAllText(Path.Combine(_content.Output, "education", "plans", "index.html"));
        Assert.Contains("href=\"../../health/#advice\"", plans);
    }

    [Fact]
    public void A_link_to_a_written_id_that_does_not_exist_still_fails_the_anchor_check()
    {
        WithHealth("""
            ## Getting advice {#advice}

            See [the money part](#money).
            """);
        var result = _content.Build("web");
        Assert.False(result.Succeeded);
        var missing = Assert.Single(result.Diagnostics, d => d.Code == DiagnosticCodes.MissingAnchor);
        Assert.Contains("#advice", missing.Message);
    }

    [Fact]
    public void The_Word_document_has_the_heading_without_braces_and_the_link_goes_to_its_bookmark()
    {
        WithHealth("""
            ## Getting advice {#advice}

            Ask your GP.

            ## More

            Go back to [getting advice](#advice).
            """);
        var result = _content.Build("word");
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        using var doc = new DocxReader(Path.Combine(_content.Output, "documents", "health.docx"));
        Assert.Contains(doc.Headings, h => h.Text == "Getting advice");
        Assert.DoesNotContain("{#advice}", doc.Text);
        var (_, target) = Assert.Single(doc.Links(), l => l.Text == "getting advice");
        var heading = doc.Body.Descendants<Paragraph>().Single(p => DocxReader.TextOf(p) == "Getting advice");
        var bookmark = Assert.Single(heading.Descendants<BookmarkStart>());
        Assert.Equal("#" + bookmark.Name!.Value, target);
    }

    [Fact]
    public void Attributes_other_than_the_id_are_dropped_with_a_located_warning()
    {
        WithHealth("""
            ## Getting advice {#advice onclick=alert(1)}

            ## Money {style="color:red" data-x=1 .govuk-heading-m}

            ## Pandoc's unnumbered {-}

            ## Also unnumbered {.unnumbered #plain}
            """);
        var result = _content.Build("web");
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        var removed = result.Diagnostics.Where(d => d.Code == DiagnosticCodes.HeadingAttributeRemoved).ToList();
        Assert.Equal(4, removed.Count);
        Assert.All(removed, d => Assert.Equal(Severity.Warning, d.Severity));
        Assert.All(removed, d => Assert.EndsWith("pages/health/index.md", d.Path));
        var onclick = Assert.Single(removed, d => d.Message.Contains("'onclick'"));
        Assert.Equal((7, 19), (onclick.Line, onclick.Column));
        Assert.Contains("cannot run scripts", onclick.Message);
        Assert.Equal(3, removed.Count(d => d.Line == 9));
        Assert.Contains(removed, d => d.Message.Contains("'style'"));
        Assert.Contains(removed, d => d.Message.Contains("'data-x'"));
        Assert.Contains(removed, d => d.Message.Contains("'.govuk-heading-m'"));

        var html = File.ReadAllText(Path.Combine(_content.Output, "health", "index.html"));
        Assert.Contains("<h2 id=\"advice\">Getting advice</h2>", html);
        Assert.True(html.Contains("<h2 id=\"money\">Money</h2>"), html);
        Assert.Contains("<h2 id=\"pandocs-unnumbered\">Pandoc's unnumbered</h2>", html);
        Assert.Contains("<h2 id=\"plain\">Also unnumbered</h2>", html);
        foreach (var gone in new[] { "onclick", "alert", "style=", "data-x", "govuk", "class=", "{" })
            Assert.False(Between(html, "<div class=\"prose\">", "</div>").Contains(gone), gone + Between(html, "<div class=\"prose\">", "</div>"));
    }

    [Fact]
    public void An_unsafe_or_reserved_id_is_not_used_and_the_heading_keeps_an_automatic_one()
    {
        WithHealth("""
            ## Getting advice {#advice"><script>}

            ## Skip here {#main}
            """);
        var load = _content.Load();
        Assert.NotNull(load.Site);
        var invalid = load.Diagnostics.Where(d => d.Code == DiagnosticCodes.HeadingIdInvalid).ToList();
        Assert.Equal(2, invalid.Count);
        Assert.Equal([7, 9], invalid.Select(d => d.Line));
        Assert.Contains("theme already gives that id", invalid[1].Message);
        var page = load.Site!.FindPage("/health/")!;
        var ids = page.Body.Document.OfType<HeadingBlock>().Select(h => h.GetAttributes().Id).ToList();
        Assert.Equal(["getting-advice", "skip-here"], ids);
    }

    [Fact]
    public void Two_headings_with_the_same_written_id_are_an_error()
    {
        WithHealth("""
            ## Getting advice {#advice}

            ## More advice {#advice}
            """);
        var load = _content.Load();
        Assert.Null(load.Site);
        var duplicate = Assert.Single(load.Diagnostics, d => d.Code == DiagnosticCodes.HeadingIdDuplicate);
        Assert.Equal((Severity.Error, 9, 16), (duplicate.Severity, duplicate.Line, duplicate.Column));
        Assert.Contains("line 7", duplicate.Message);
    }

    [Fact]
    public void Setext_headings_take_an_id_and_braces_elsewhere_stay_words()
    {
        WithHealth("""
            Getting advice {#advice}
            ------------------------

            We are open {Monday to Friday}.

            ## Use \{#this} as you like

            ## The `{#id}` syntax
            """);
        var load = _content.Load();
        Assert.NotNull(load.Site);
        Assert.Empty(load.Diagnostics);
        var document = load.Site!.FindPage("/health/")!.Body.Document;
        var headings = document.OfType<HeadingBlock>().ToList();
        Assert.Equal("advice", headings[0].GetAttributes().Id);
        Assert.Equal("Getting advice", LocalOfferGen.Markdown.MarkdownWalker.PlainText(headings[0]));
        Assert.Equal("We are open {Monday to Friday}.", LocalOfferGen.Markdown.MarkdownWalker.PlainText(document.OfType<ParagraphBlock>().Single()));
        Assert.Equal("Use {#this} as you like", LocalOfferGen.Markdown.MarkdownWalker.PlainText(headings[1]));
        Assert.Equal("The {#id} syntax", LocalOfferGen.Markdown.MarkdownWalker.PlainText(headings[2]));
        Assert.Equal(["advice", "use-this-as-you-like", "the-id-syntax"], headings.Select(h => h.GetAttributes().Id));
        Assert.Contains("advice", AnchorIds.Of(document));
    }

    private static string Between(string text, string start, string end)
    {
        var from = text.IndexOf(start, StringComparison.Ordinal) + start.Length;
        var to = text.IndexOf(end, from, StringComparison.Ordinal);
        return text[from..to];
    }
}
