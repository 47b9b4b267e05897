using DocumentFormat.OpenXml.Validation;
using DocumentFormat.OpenXml.Wordprocessing;
using LocalOfferGen.Diagnostics;

namespace LocalOfferGen.Tests.Word;

/// <summary>Markdown the sample does not use, planted in a page: footnotes, links to headings, nested and
/// numbered lists, emphasis, inline HTML, task lists, and headings that skip a level.</summary>
public sealed class MarkdownInWordTests : IDisposable
{
    private const string Page = """
        ---
        title: Everything Markdown can do
        summary: A page that uses every kind of Markdown.
        reviewed: 2026-10-01
        owner: Local Offer Team
        ---

        ## First part

        The law says so.[^law] See [the last part](#last-part) for more, or [post-16](/education/post-16/#ehc-plans-after-16).

        1. Step one
           - a detail
           - another detail
        2. Step two

           More about step two.

        3. Step three

        Some **bold**, *italic*, <s>struck</s>, `code`, H<sub>2</sub>O and x<sup>2</sup>.<br>After a break.

        - [x] Done
        - [ ] Not yet

        > A quote from a parent.

        #### Skipped a level

        ## Last part

        Email <localoffer@example.gov.uk> or visit <https://www.gov.uk/>.

        [^law]: The Children and Families Act 2014, section 30. See [GOV.UK](https://www.legislation.gov.uk/ukpga/2014/6/section/30).
        """;

    private readonly PlantedContent _content = new();

    public MarkdownInWordTests()
    {
        _content.Write("pages/about/everything.md", Page);
        var result = _content.Build();
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        Assert.Empty(result.Diagnostics);
    }

    public void Dispose() => _content.Dispose();

    private DocxReader Open() => new(_content.PathOf("documents/about/everything.docx"));

    [Fact]
    public void Footnotes_are_Word_footnotes_with_their_links()
    {
        using var doc = Open();
        var reference = Assert.Single(doc.Body.Descendants<FootnoteReference>());
        var notes = doc.Main.FootnotesPart!;
        var note = notes.Footnotes!.Elements<Footnote>().Single(f => f.Id!.Value == reference.Id!.Value);
        Assert.Equal(" The Children and Families Act 2014, section 30. See GOV.UK (www.legislation.gov.uk/ukpga/2014/6/section/30).", DocxReader.TextOf(note));
        Assert.NotNull(note.Descendants<FootnoteReferenceMark>().SingleOrDefault());
        Assert.Equal([("GOV.UK", "https://www.legislation.gov.uk/ukpga/2014/6/section/30")], doc.Links(note, notes));
        Assert.DoesNotContain("Children and Families Act", doc.Text);
    }

    [Fact]
    public void A_link_to_a_heading_of_the_page_stays_inside_the_document()
    {
        using var doc = Open();
        var links = doc.Links();
        var (_, target) = links.Single(l => l.Text == "the last part");
        var bookmark = doc.Body.Descendants<BookmarkStart>().Single(b => "#" + b.Name!.Value == target);
        Assert.Equal("Last part", DocxReader.TextOf((Paragraph)bookmark.Parent!));
        Assert.Contains(("post-16", "https://localoffer.example.gov.uk/education/post-16/#ehc-plans-after-16"), links);
        Assert.Contains(("localoffer@example.gov.uk", "mailto:localoffer@example.gov.uk"), links);
        Assert.Contains(("https://www.gov.uk/", "https://www.gov.uk/"), links);
    }

    [Fact]
    public void Numbered_lists_nest_bullets_and_keep_later_paragraphs_in_the_item()
    {
        using var doc = Open();
        var items = doc.ListItems;
        Assert.Equal(["Step one", "a detail", "another detail", "Step two", "Step three", "☒ Done", "☐ Not yet"], items.Select(i => i.Text));
        Assert.Equal([0, 1, 1, 0, 0, 0, 0], items.Select(i => i.Level));
        Assert.Equal("decimal", doc.NumberFormat(items[0].NumberingId));
        Assert.Equal(items[0].NumberingId, items[3].NumberingId);
        Assert.Equal("bullet", doc.NumberFormat(items[1].NumberingId));
        var more = doc.Body.Elements<Paragraph>().Single(p => DocxReader.TextOf(p) == "More about step two.");
        Assert.Equal("ListParagraph", DocxReader.StyleOf(more));
        Assert.Null(more.ParagraphProperties!.NumberingProperties);
    }

    [Fact]
    public void Emphasis_and_inline_HTML_become_character_formatting()
    {
        using var doc = Open();
        var runs = doc.Body.Descendants<Run>().ToList();
        Run RunOf(string text) => runs.Single(r => DocxReader.TextOf(r) == text);
        Assert.NotNull(RunOf("bold").RunProperties!.Bold);
        Assert.NotNull(RunOf("italic").RunProperties!.Italic);
        Assert.NotNull(RunOf("struck").RunProperties!.Strike);
        Assert.Equal("Courier New", RunOf("code").RunProperties!.RunFonts!.Ascii!.Value);
        Assert.Equal([VerticalPositionValues.Subscript, VerticalPositionValues.Superscript],
            runs.Where(r => DocxReader.TextOf(r) == "2").Select(r => r.RunProperties!.VerticalTextAlignment!.Val!.Value));
        Assert.Contains(runs, r => r.GetFirstChild<Break>() is not null && r.PreviousSibling<Run>() is { } before && DocxReader.TextOf(before) == ".");
        Assert.Equal("A quote from a parent.", DocxReader.TextOf(doc.Body.Elements<Paragraph>().Single(p => DocxReader.StyleOf(p) == "Quote")));
    }

    [Fact]
    public void A_skipped_heading_level_is_closed_up()
    {
        using var doc = Open();
        Assert.Equal([(1, "Everything Markdown can do"), (2, "First part"), (3, "Skipped a level"), (2, "Last part"), (2, "About this document")], doc.Headings);
    }

    [Fact]
    public void The_planted_documents_are_valid()
    {
        using var doc = Open();
        Assert.Empty(new OpenXmlValidator(DocumentFormat.OpenXml.FileFormatVersions.Office2010).Validate(doc.Document, TestContext.Current.CancellationToken));
        using var handbook = new DocxReader(_content.PathOf("documents/local-offer.docx"));
        Assert.Empty(new OpenXmlValidator(DocumentFormat.OpenXml.FileFormatVersions.Office2010).Validate(handbook.Document, TestContext.Current.CancellationToken));
        Assert.Contains("GOV.UK (www.legislation.gov.uk/ukpga/2014/6/section/30)", DocxReader.TextOf(handbook.Main.FootnotesPart!.Footnotes!));
    }
}
