using DocumentFormat.OpenXml.Wordprocessing;

namespace LocalOfferGen.Tests.Word;

/// <summary>documents/local-offer.docx: the whole Local Offer on paper.</summary>
[Collection(WordSampleCollection.Name)]
public sealed class HandbookTests(WordSample sample)
{
    private DocxReader Open() => new(sample.PathOf("documents/local-offer.docx"));

    [Fact]
    public void The_cover_has_the_council_title_date_and_contact_details()
    {
        using var doc = Open();
        var cover = doc.Body.Elements<Paragraph>().TakeWhile(p => DocxReader.StyleOf(p) != "TOCHeading").Select(p => DocxReader.TextOf(p))
            .Where(t => t != "").ToList(); // the logo's paragraph has a picture and no text
        Assert.Equal("Exampleshire SEND Local Offer", cover[0]);
        Assert.Contains("Published by: Exampleshire County Council", cover);
        Assert.Contains("Information correct at 16 November 2026.", cover);
        Assert.Contains("Phone: 01234\u00A0567890", cover); // a no-break space keeps the number on one line
        Assert.Contains("Email: localoffer@example.gov.uk", cover);
        Assert.Contains("Address: County Hall, Example Street, Exampletown, EX1\u00A01AA", cover);
    }

    [Fact]
    public void It_has_a_real_table_of_contents_field_for_levels_1_and_2_with_page_numbers_already_shown()
    {
        using var doc = Open();
        var instruction = Assert.Single(doc.Body.Descendants<FieldCode>(), f => f.Text.TrimStart().StartsWith("TOC", StringComparison.Ordinal));
        Assert.Contains("\\o \"1-2\"", instruction.Text);
        Assert.True(doc.Main.DocumentSettingsPart!.Settings!.GetFirstChild<UpdateFieldsOnOpen>()!.Val!.Value);
        // Every contents entry links to a bookmark on its heading and carries that bookmark's page, last computed,
        // after a tab that the contents styles draw as a dotted leader.
        var bookmarks = doc.Body.Descendants<BookmarkStart>().Select(b => b.Name!.Value).ToHashSet();
        var entries = doc.Body.Elements<Paragraph>().Where(p => DocxReader.StyleOf(p) is "TOC1" or "TOC2" or "TOC3").ToList();
        Assert.Equal(doc.Headings.Count(h => h.Level <= 2), entries.Count);
        Assert.DoesNotContain(entries, e => DocxReader.StyleOf(e) == "TOC3");
        var pages = new List<int>();
        foreach (var entry in entries)
        {
            var link = entry.Descendants<Hyperlink>().Single();
            Assert.Contains(link.Anchor!.Value, bookmarks);
            Assert.Single(link.Descendants<TabChar>());
            var pageRef = Assert.Single(link.Descendants<FieldCode>());
            Assert.Equal($"PAGEREF {link.Anchor!.Value} \\h", pageRef.Text.Trim());
            var shown = link.Descendants<Text>().Last().Text;
            Assert.Matches("^[0-9]+$", shown);
            pages.Add(int.Parse(shown, System.Globalization.CultureInfo.InvariantCulture));
        }
        Assert.Equal(pages.Order(), pages);
        Assert.True(pages[0] >= 3, "the cover and at least one page of contents come first"); // cover, contents
        Assert.True(pages[^1] > 100, $"the glossary is on page {pages[^1]} of a book of well over 100 pages");
        foreach (var level in new[] { "TOC1", "TOC2" })
        {
            var tab = doc.Styles.Elements<Style>().Single(s => s.StyleId == level).StyleParagraphProperties!.Tabs!.GetFirstChild<TabStop>()!;
            Assert.Equal(TabStopLeaderCharValues.Dot, tab.Leader!.Value);
            Assert.Equal(TabStopValues.Right, tab.Val!.Value);
        }
    }

    [Fact]
    public void The_cover_has_no_footer_and_the_pages_after_it_do()
    {
        using var doc = Open();
        var section = doc.Body.Elements<SectionProperties>().Single();
        Assert.NotNull(section.GetFirstChild<TitlePage>());
        // A title page with no first-page footer of its own shows none; the default footer is on every other page.
        Assert.DoesNotContain(section.Elements<FooterReference>(), f => f.Type?.Value == HeaderFooterValues.First);
        Assert.Contains(section.Elements<FooterReference>(), f => f.Type?.Value == HeaderFooterValues.Default);
        Assert.Null(doc.Body.Elements<Paragraph>().TakeWhile(p => DocxReader.StyleOf(p) != "TOCHeading").SelectMany(p => p.Descendants<SectionProperties>()).FirstOrDefault());
    }

    [Fact]
    public void Heading_levels_never_go_up_by_more_than_one()
    {
        using var doc = Open();
        var headings = doc.Headings;
        var levels = headings.Select(h => h.Level).ToList();
        Assert.Equal(1, levels[0]);
        for (var i = 1; i < levels.Count; i++)
            Assert.True(levels[i] <= levels[i - 1] + 1, $"'{headings[i].Text}' is a Heading {levels[i]} after a Heading {levels[i - 1]}");
    }

    [Fact]
    public void The_contact_block_on_the_cover_is_kept_together()
    {
        using var doc = Open();
        var cover = doc.Body.Elements<Paragraph>().TakeWhile(p => DocxReader.StyleOf(p) != "TOCHeading").ToList();
        var block = cover.SkipWhile(p => DocxReader.TextOf(p) != "Contact the Local Offer team").TakeWhile(p => !DocxReader.TextOf(p).StartsWith("You can ask", StringComparison.Ordinal)).ToList();
        Assert.True(block.Count >= 5);
        Assert.All(block.SkipLast(1), p => Assert.NotNull(p.ParagraphProperties!.KeepNext));
        Assert.All(block, p => Assert.NotNull(p.ParagraphProperties!.KeepLines));
    }

    [Fact]
    public void Every_section_in_site_order_then_the_directory_feedback_and_glossary()
    {
        using var doc = Open();
        var site = sample.Result.Site!;
        var topLevel = doc.Headings.Where(h => h.Level == 1).Select(h => h.Text).ToList();
        var sections = site.Pages.Where(p => p.IsHome || p.Url.Count(c => c == '/') == 2).Select(p => p.Title);
        Assert.Equal(sections.Concat(["Directory of services", "You said, we did", "Glossary"]), topLevel);
        var pageHeadings = doc.Headings.Where(h => h.Level <= 2).Select(h => h.Text).ToList();
        Assert.Equal(site.Pages.Select(p => p.Title), pageHeadings.Where(site.Pages.Select(p => p.Title).Contains).Distinct());
        Assert.Contains((2, "Education after 16"), doc.Headings);
        Assert.Contains((3, "Your choices at 16"), doc.Headings);
    }

    [Fact]
    public void Link_addresses_are_printed_after_the_link_text()
    {
        using var doc = Open();
        Assert.Contains("section 41 list on GOV.UK (www.gov.uk/government/publications/independent-special-schools-and-colleges)", doc.Text);
        Assert.Contains("Exampleshire College learning support (localoffer.example.gov.uk/services/exampleshire-college-learning-support/)", doc.Text);
    }

    [Fact]
    public void The_directory_groups_services_by_category_with_their_details()
    {
        using var doc = Open();
        var headings = doc.Headings.ToList();
        var directory = headings.FindIndex(h => h == (1, "Directory of services"));
        var categories = headings.Skip(directory + 1).TakeWhile(h => h.Level > 1).Where(h => h.Level == 2).Select(h => h.Text).ToList();
        Assert.Equal(["Education", "Health", "Social care", "Advice and support", "Leisure and activities", "Travel", "Preparing for adulthood"], categories);
        foreach (var service in sample.Result.Site!.Services)
            Assert.Single(headings, h => h == (3, service.Name));
        Assert.Contains("Run by: Exampleshire Portage Service", doc.Text);
        Assert.Contains("Exampletown Children's Centre, 1 High Street, Exampletown, EX1\u00A02BB", doc.Text);
    }

    [Fact]
    public void You_said_we_did_is_a_table_with_a_header_row()
    {
        using var doc = Open();
        var table = doc.Tables.Single(t => DocxReader.Cells(t)[0].SequenceEqual(["You said", "We did", "Status"]));
        var cells = DocxReader.Cells(table);
        Assert.Equal(["The website was hard to use on a phone.", "We rebuilt the Local Offer so it works well on phones and tablets. We added a search box to every page.", "Done"], cells[1]);
        Assert.NotNull(table.Elements<TableRow>().First().TableRowProperties!.GetFirstChild<TableHeader>());
        Assert.Contains(cells, row => row[2] == "In progress");
    }

    [Fact]
    public void The_glossary_explains_each_term()
    {
        using var doc = Open();
        Assert.Contains("EHC plan (also called EHCP, education health and care plan, education, health and care plan): A legal document that says what help a child or young person must get.", doc.Text);
    }
}
