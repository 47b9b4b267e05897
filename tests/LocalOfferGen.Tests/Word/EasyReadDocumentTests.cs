using DocumentFormat.OpenXml.Wordprocessing;

namespace LocalOfferGen.Tests.Word;

[Collection(WordSampleCollection.Name)]
public sealed class EasyReadDocumentTests(WordSample sample)
{
    private DocxReader Open() => new(sample.PathOf("documents/easy-read/ehc-plans/asking-for-an-assessment.docx"));

    [Fact]
    public void Every_easy_read_page_has_a_document()
    {
        foreach (var page in sample.Result.Site!.EasyReadPages)
            Assert.True(File.Exists(sample.PathOf(LocalOfferGen.Word.WordDocuments.PathFor(page))), page.Url);
    }

    [Fact]
    public void Rows_are_a_borderless_two_column_layout_table_with_the_picture_on_the_left()
    {
        using var doc = Open();
        var table = doc.Tables[0];
        var properties = table.GetFirstChild<TableProperties>()!;
        Assert.Equal("LayoutTable", properties.TableStyle!.Val!.Value);
        Assert.Equal("Layout table", properties.GetFirstChild<TableCaption>()!.Val!.Value);
        Assert.Equal("0600", properties.TableLook!.Val!.Value); // no header row, no bands
        Assert.Equal(2, table.GetFirstChild<TableGrid>()!.Elements<GridColumn>().Count());
        var rows = table.Elements<TableRow>().ToList();
        Assert.Equal(3, rows.Count);
        Assert.All(rows, r => Assert.NotNull(r.TableRowProperties!.GetFirstChild<CantSplit>()));
        Assert.All(rows, r => Assert.Null(r.TableRowProperties!.GetFirstChild<TableHeader>()));
        var first = rows[0].Elements<TableCell>().ToList();
        Assert.Equal("A plan document with parts for school, health and care",
            first[0].Descendants<DocumentFormat.OpenXml.Drawing.Wordprocessing.DocProperties>().Single().Description!.Value);
        Assert.Equal("An EHC plan says what help your child must get. It covers learning, health and care.", DocxReader.TextOf(first[1]));

        var borders = doc.Styles.Elements<Style>().Single(s => s.StyleId == "LayoutTable").StyleTableProperties!.TableBorders!;
        Assert.All(borders.ChildElements, b => Assert.Equal("nil", b.GetAttribute("val", b.NamespaceUri).Value));
    }

    [Fact]
    public void Headings_split_the_rows_and_every_picture_keeps_its_description()
    {
        using var doc = Open();
        Assert.Equal(
            ["Asking for an EHC needs assessment", "What it is", "Who can ask", "How to ask", "What happens next", "Getting help", "About this document"],
            doc.Headings.Select(h => h.Text));
        Assert.Equal(5, doc.Tables.Count);
        Assert.Equal(15, doc.PictureDescriptions.Count);
        Assert.Contains("A judge and 2 panel members at a desk", doc.PictureDescriptions);
        Assert.DoesNotContain("", doc.PictureDescriptions);
    }

    [Fact]
    public void Easy_read_type_is_16_points_or_more()
    {
        using var doc = Open();
        Assert.Equal(16, doc.FontSize("Normal"));
        Assert.True(doc.FontSize("Heading2") >= 20);
        Assert.Equal("en-GB", doc.Document.PackageProperties.Language);
        Assert.Equal("Asking for an EHC needs assessment", doc.Document.PackageProperties.Title);
    }
}
