using DocumentFormat.OpenXml.Wordprocessing;

namespace LocalOfferGen.Tests.Word;

/// <summary>A page whose folder has no index.md: the site stands a section page in for it, and the handbook files the
/// page there, in its own chapter, one heading level below; headings never skip a level. Its page document
/// prints each link's address after the link's words.</summary>
public sealed class BookOrderTests : IDisposable
{
    private readonly PlantedContent _content = new();

    private const string FrontMatter = """
        ---
        title: "{0}"
        summary: "A page planted for the test."
        reviewed: 2026-08-10
        owner: Test Team
        topics: [travel-arrangements]
        ---

        ## What it says

        Read about [short breaks](/social-care/short-breaks/) and the [Youth Inclusion Sports Club](/services/youth-inclusion-sports-club/).
        """;

    public BookOrderTests()
    {
        Directory.CreateDirectory(Path.Combine(_content.Content, "pages", "education", "clubs"));
        Directory.CreateDirectory(Path.Combine(_content.Content, "pages", "hobbies"));
        _content.Write("pages/education/clubs/chess.md", string.Format(System.Globalization.CultureInfo.InvariantCulture, FrontMatter, "Chess clubs"));
        _content.Write("pages/hobbies/knitting.md", string.Format(System.Globalization.CultureInfo.InvariantCulture, FrontMatter, "Knitting groups"));
        var result = _content.Build();
        Assert.False(result.Diagnostics.Any(d => d.Severity == LocalOfferGen.Diagnostics.Severity.Error), string.Join("\n", result.Diagnostics));
    }

    public void Dispose() => _content.Dispose();

    [Fact]
    public void A_page_without_a_parent_page_is_filed_under_its_own_section_and_no_heading_skips_a_level()
    {
        using var doc = new DocxReader(_content.PathOf("documents/local-offer.docx"));
        var headings = doc.Headings.ToList();
        var chess = headings.FindIndex(h => h.Text == "Chess clubs");
        var education = headings.FindIndex(h => h == (1, "Education"));
        var nextChapter = headings.FindIndex(education + 1, h => h.Level == 1);
        // The site stands a "Clubs" page in for the missing index.md; the page goes under it, inside Education
        // (site order would have put it after the last chapter).
        Assert.InRange(chess, education + 1, nextChapter - 1);
        var clubs = headings.FindLastIndex(chess, h => h.Level < 3);
        Assert.Equal((2, "Clubs"), headings[clubs]);
        Assert.Equal(3, headings[chess].Level);
        Assert.Equal((4, "What it says"), headings[chess + 1]);
        // With no section above it at all, the stand-in section is a chapter of its own, before the directory.
        var knitting = headings.FindIndex(h => h.Text == "Knitting groups");
        Assert.Equal((1, "Hobbies"), headings[knitting - 1]);
        Assert.Equal(2, headings[knitting].Level);
        Assert.True(knitting < headings.FindIndex(h => h == (1, "Directory of services")));
        for (var i = 1; i < headings.Count; i++)
            Assert.True(headings[i].Level <= headings[i - 1].Level + 1, $"'{headings[i].Text}' is a Heading {headings[i].Level} after a Heading {headings[i - 1].Level}");
    }

    [Fact]
    public void A_page_document_prints_every_links_address_after_its_words()
    {
        using var doc = new DocxReader(_content.PathOf("documents/education/clubs/chess.docx"));
        Assert.Contains("Read about short breaks (localoffer.example.gov.uk/social-care/short-breaks/) and the Youth Inclusion Sports Club (localoffer.example.gov.uk/services/youth-inclusion-sports-club/).", doc.Text);
        using var travel = new DocxReader(_content.PathOf("documents/education/travel.docx"));
        // The lists under the text: the services that can help, each with its address.
        Assert.Contains(travel.Body.Elements<Paragraph>().Select(DocxReader.TextOf),
            t => t.Contains(" (localoffer.example.gov.uk/services/", StringComparison.Ordinal));
        foreach (var (text, target) in travel.Links())
        {
            if (target.StartsWith('#') || target.StartsWith("mailto:", StringComparison.Ordinal) || target.StartsWith("tel:", StringComparison.Ordinal)) continue;
            var printed = System.Text.RegularExpressions.Regex.Replace(target, "^https?://", "");
            if (string.Equals(text.TrimEnd('/'), printed.TrimEnd('/'), StringComparison.OrdinalIgnoreCase)) continue;
            Assert.Contains($"{text} ({printed}", travel.AllText);
        }
    }
}
