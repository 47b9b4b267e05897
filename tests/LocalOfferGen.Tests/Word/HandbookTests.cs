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
        var cover = doc.Body.Elements<Paragraph>().TakeWhile(p => DocxReader.StyleOf(p) != "TOCHeading").Select(p => DocxReader.TextOf(p)).ToList();
        Assert.Equal("Exampleshire SEND Local Offer", cover[0]);
        Assert.Contains("Published by: Exampleshire County Council", cover);
        Assert.Contains("Information correct at 16 November 2026.", cover);
        Assert.Contains("Phone: 01234\u00A0567890", cover); // a no-break space keeps the number on one line
        Assert.Contains("Email: localoffer@example.gov.uk", cover);
        Assert.Contains("Address: County Hall, Example Street, Exampletown, EX1\u00A01AA", cover);
    }

    [Fact]
    public void It_has_a_real_table_of_contents_field_for_levels_1_to_3()
    {
        using var doc = Open();
        var instruction = Assert.Single(doc.Body.Descendants<FieldCode>(), f => f.Text.TrimStart().StartsWith("TOC", StringComparison.Ordinal));
        Assert.Contains("\\o \"1-3\"", instruction.Text);
        Assert.True(doc.Main.DocumentSettingsPart!.Settings!.GetFirstChild<UpdateFieldsOnOpen>()!.Val!.Value);
        // Every contents entry links to a bookmark on its heading.
        var bookmarks = doc.Body.Descendants<BookmarkStart>().Select(b => b.Name!.Value).ToHashSet();
        var entries = doc.Body.Elements<Paragraph>().Where(p => DocxReader.StyleOf(p) is "TOC1" or "TOC2" or "TOC3").ToList();
        Assert.Equal(doc.Headings.Count(h => h.Level <= 3), entries.Count);
        Assert.All(entries, e => Assert.Contains(e.Descendants<Hyperlink>().Single().Anchor!.Value, bookmarks));
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
