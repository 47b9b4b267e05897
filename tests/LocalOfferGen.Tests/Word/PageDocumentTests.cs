using DocumentFormat.OpenXml.Wordprocessing;

namespace LocalOfferGen.Tests.Word;

/// <summary>What a reader gets from one page's Word document.</summary>
[Collection(WordSampleCollection.Name)]
public sealed class PageDocumentTests(WordSample sample)
{
    private DocxReader Open(string path) => new(sample.PathOf(path));

    [Fact]
    public void Headings_follow_the_page_with_its_title_as_heading_1()
    {
        using var doc = Open("documents/education/post-16.docx");
        Assert.Equal(
        [
            (1, "Education after 16"),
            (2, "Your choices at 16"),
            (2, "Support at college"),
            (2, "Specialist colleges and section 41 schools"),
            (2, "EHC plans after 16"),
            (2, "Money to help you study"),
            (2, "Contact"),
            (2, "Services that can help"),
            (2, "About this document"),
        ], doc.Headings);
    }

    [Fact]
    public void No_document_skips_a_heading_level()
    {
        foreach (var file in sample.Documents)
        {
            using var doc = new DocxReader(file);
            var previous = 0;
            foreach (var (level, text) in doc.Headings)
            {
                Assert.True(level <= previous + 1, $"{Path.GetRelativePath(sample.Output, file)}: '{text}' is heading {level} after heading {previous}");
                previous = level;
            }
        }
    }

    [Fact]
    public void Bullets_are_real_list_items()
    {
        using var doc = Open("documents/education/post-16.docx");
        var items = doc.ListItems;
        Assert.Contains(items, i => i.Text == "a school sixth form" && i.Level == 0);
        Assert.Contains(items, i => i.Text == "a quiet space for breaks");
        Assert.Equal("bullet", doc.NumberFormat(items[0].NumberingId));
        // 13 in the text, then the 4 services that cover the page's topics.
        Assert.Equal(17, items.Count);
        Assert.Contains(items, i => i.Text == "Oakfield Specialist College (localoffer.example.gov.uk/services/oakfield-specialist-college/), Oakfield Trust (independent specialist college)");
    }

    [Fact]
    public void Numbered_lists_are_real_numbering_starting_at_one()
    {
        using var doc = Open("documents/education/childcare.docx");
        var first = doc.ListItems.First(i => i.Text == "Have you cared for a child with needs like my child's?");
        Assert.Equal("decimal", doc.NumberFormat(first.NumberingId));
        var instance = doc.Main.NumberingDefinitionsPart!.Numbering!.Elements<NumberingInstance>().Single(n => n.NumberID!.Value == first.NumberingId);
        Assert.Equal(1, instance.GetFirstChild<LevelOverride>()!.StartOverrideNumberingValue!.Val!.Value);
    }

    [Fact]
    public void Tables_have_their_cells_and_a_header_row_that_repeats()
    {
        using var doc = Open("documents/education/schools.docx");
        var table = Assert.Single(doc.Tables);
        var cells = DocxReader.Cells(table);
        Assert.Equal(["Type of school", "Who it is for", "How to get a place"], cells[0]);
        Assert.Equal(["Mainstream school or academy", "Most children, including most children with SEN", "Apply through school admissions"], cells[1]);
        Assert.Equal(5, cells.Count);
        var rows = table.Elements<TableRow>().ToList();
        Assert.NotNull(rows[0].TableRowProperties!.GetFirstChild<TableHeader>());
        Assert.All(rows.Skip(1), r => Assert.Null(r.TableRowProperties!.GetFirstChild<TableHeader>()));
        Assert.Equal("0620", table.GetFirstChild<TableProperties>()!.TableLook!.Val!.Value); // header row on, no bands
    }

    [Fact]
    public void Links_keep_their_text_and_go_to_the_full_address()
    {
        using var doc = Open("documents/education/post-16.docx");
        var links = doc.Links();
        Assert.Contains(("Exampleshire College learning support", "https://localoffer.example.gov.uk/services/exampleshire-college-learning-support/"), links);
        Assert.Contains(("section 41 list on GOV.UK", "https://www.gov.uk/government/publications/independent-special-schools-and-colleges"), links);
        Assert.Contains(("localoffer.example.gov.uk/education/post-16/", "https://localoffer.example.gov.uk/education/post-16/"), links);
        // A page document is read on paper too: each link's address follows its words.
        Assert.Contains("section 41 list on GOV.UK (www.gov.uk/government/publications/independent-special-schools-and-colleges)", doc.Text);
    }

    [Fact]
    public void Pictures_carry_their_alt_text()
    {
        using var doc = Open("documents/education.docx");
        Assert.Equal(["Exampleshire County Council logo", "Children working together at a table in a classroom"], doc.PictureDescriptions);
        // The page links to the PNG; the SVG beside it is embedded, with a PNG drawn from it as the fallback (the logo too).
        Assert.Equal(["image/png", "image/png", "image/svg+xml", "image/svg+xml"], doc.Main.ImageParts.Select(p => p.ContentType).Order());
    }

    [Fact]
    public void Title_language_and_author_are_in_the_core_properties()
    {
        using var doc = Open("documents/education/post-16.docx");
        var properties = doc.Document.PackageProperties;
        Assert.Equal("Education after 16", properties.Title);
        Assert.Equal("en-GB", properties.Language);
        Assert.Equal("Exampleshire County Council", properties.Creator);
        Assert.Equal(new DateTime(2026, 11, 16), properties.Created!.Value.ToUniversalTime().Date);
        Assert.Equal("/docProps/core.xml", doc.Document.CoreFilePropertiesPart!.Uri.OriginalString);
    }

    [Fact]
    public void Text_is_the_print_family_with_Arial_as_fallback_in_English_at_12_points_or_more()
    {
        using var doc = Open("documents/education/post-16.docx");
        var defaults = doc.Styles.DocDefaults!.RunPropertiesDefault!.RunPropertiesBaseStyle!;
        Assert.Equal("Atkinson Hyperlegible Next", defaults.RunFonts!.Ascii!.Value);
        Assert.Equal("Atkinson Hyperlegible Next", defaults.RunFonts!.HighAnsi!.Value);
        Assert.Equal("Atkinson Hyperlegible Next", defaults.RunFonts!.ComplexScript!.Value);
        var fonts = doc.Document.MainDocumentPart!.FontTablePart!.Fonts!.Elements<DocumentFormat.OpenXml.Wordprocessing.Font>().ToList();
        var family = Assert.Single(fonts, f => f.Name == "Atkinson Hyperlegible Next");
        Assert.Equal("Arial", family.AltName!.Val!.Value);
        Assert.Equal(DocumentFormat.OpenXml.Wordprocessing.FontFamilyValues.Swiss, family.FontFamily!.Val!.Value);
        Assert.Equal("en-GB", defaults.Languages!.Val!.Value);
        Assert.Equal(12, doc.FontSize("Normal"));
        foreach (var style in new[] { "Normal", "ListParagraph", "TableText", "FootnoteText", "Footer", "Lead" })
            Assert.True(doc.FontSize(style) >= 12, $"{style} is {doc.FontSize(style)} pt");
        Assert.True(doc.FontSize("Heading1") > doc.FontSize("Heading2"));
        Assert.True(doc.FontSize("Heading2") > doc.FontSize("Heading3"));
    }

    [Fact]
    public void Pages_are_A4_with_the_councils_phone_and_page_numbers_in_the_footer()
    {
        using var doc = Open("documents/education/post-16.docx");
        var section = doc.Body.GetFirstChild<SectionProperties>()!;
        Assert.Equal(11906u, section.GetFirstChild<PageSize>()!.Width!.Value);
        Assert.Equal(16838u, section.GetFirstChild<PageSize>()!.Height!.Value);
        var footer = Assert.Single(doc.Main.FooterParts).Footer!;
        Assert.Contains("Exampleshire County Council", DocxReader.TextOf(footer));
        Assert.Contains("Phone 01234\u00A0567890", DocxReader.TextOf(footer)); // a no-break space keeps the number on one line
        Assert.Contains(footer.Descendants<SimpleField>(), f => f.Instruction!.Value!.Trim() == "PAGE");
        Assert.Contains(footer.Descendants<SimpleField>(), f => f.Instruction!.Value!.Trim() == "NUMPAGES");
    }

    [Fact]
    public void A_section_lists_its_pages_and_the_services_for_its_topics_as_the_web_page_does()
    {
        using var doc = Open("documents/education.docx");
        Assert.Contains((2, "In this section"), doc.Headings);
        var site = sample.Result.Site!;
        var children = site.ChildrenOf(site.FindPage("/education/")!);
        var items = doc.ListItems.Select(i => i.Text).ToList();
        foreach (var child in children) Assert.Contains($"{child.Title} (localoffer.example.gov.uk{child.Url}): {child.Summary}", items);
        Assert.Contains(("Education after 16", "https://localoffer.example.gov.uk/education/post-16/"), doc.Links());
    }

    [Fact]
    public void The_document_ends_with_where_to_find_the_page_and_who_to_ask()
    {
        using var doc = Open("documents/education/post-16.docx");
        Assert.Contains("Information correct at 9 October 2026. Page owner: Preparing for Adulthood Team.", doc.Text);
        Assert.Contains("Phone: 01234\u00A0567890", doc.Text);
        Assert.Contains("Opening hours: Monday to Friday, 9am to 5pm", doc.Text);
    }
}
