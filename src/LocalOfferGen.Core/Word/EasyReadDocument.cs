using System.Globalization;
using DocumentFormat.OpenXml.Wordprocessing;
using LocalOfferGen.Model;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace LocalOfferGen.Word;

/// <summary>An easy-read page as a Word document, 16 pt and up. Each row (a paragraph that begins with a
/// picture) becomes a row of a borderless two-column layout table, the picture on the left and its words
/// on the right; a row never splits across two pages.</summary>
internal static class EasyReadDocument
{
    private const int PictureColumn = 2750;
    private const long PictureSize = 1440000; // 4 cm

    public static ArraySegment<byte> Write(EasyReadPage page, WritingContext context)
    {
        var site = context.Site;
        var package = new WordPackage(Wording.Info(site, page.Title, page.Summary ?? $"Easy read: {page.Title}"), Typography.EasyRead);
        var body = package.Body;
        body.Append(package.Heading(1, page.Title));
        if (page.Summary is { } summary) body.Append(Paragraphs.Styled("Lead", Paragraphs.Text(summary)));
        var writer = new MarkdownWriter(package, context, page.Url, 1, page.Body.Document)
        {
            MaxPictureWidth = PictureSize,
            MaxPictureHeight = PictureSize,
        };
        Table? rows = null;
        foreach (var block in page.Body.Document)
        {
            if (block is ParagraphBlock { Inline.FirstChild: LinkInline { IsImage: true } picture } paragraph)
            {
                if (rows is null) body.Append(rows = LayoutTable());
                rows.Append(Row(writer, picture));
                continue;
            }
            rows = null;
            writer.WriteBlock(block);
        }

        body.Append(package.Heading(2, "About this document"));
        body.Append(Paragraphs.Plain(Paragraphs.Text("This is the easy read version. You can read it on our website: "),
            Wording.AddressLink(package, context, package.Main, page.Url)));
        body.Append(Paragraphs.Plain(Paragraphs.Text($"Last updated {Wording.Date(page.LastUpdated)}.")));
        body.Append(Paragraphs.Plain(Paragraphs.Text($"Information correct at {Wording.Date(page.Reviewed)}.")));
        if (site.Settings.Contact.Phone is { } phone)
            body.Append(Paragraphs.Plain(Paragraphs.Text($"You can call us on {phone} if you have questions.")));
        body.Append(Wording.ContactDetails(package, context, package.Main));
        return package.Finish();
    }

    private static Table LayoutTable()
    {
        var words = (PageLayout.TextWidth - PictureColumn).ToString(CultureInfo.InvariantCulture);
        return new Table(
            new TableProperties(
                new TableStyle { Val = "LayoutTable" },
                new TableWidth { Width = "5000", Type = TableWidthUnitValues.Pct },
                new TableLayout { Type = TableLayoutValues.Fixed },
                new TableLook { Val = StyleSheet.PlainLook },
                // Word has no "layout table" switch: a table with no header row and this description is how
                // accessible-document guidance marks one, so screen readers read it as plain text.
                new TableCaption { Val = "Layout table" },
                new TableDescription { Val = "Layout table: each picture is on the left of the words it goes with." }),
            new TableGrid(
                new GridColumn { Width = PictureColumn.ToString(CultureInfo.InvariantCulture) },
                new GridColumn { Width = words }));
    }

    private static TableRow Row(MarkdownWriter writer, LinkInline picture)
    {
        var words = new Paragraph(new ParagraphProperties(new ParagraphStyleId { Val = "Normal" }, new SpacingBetweenLines { After = "0" }));
        writer.WriteInlinesFrom(picture.NextSibling, words, trimStart: true);
        return new TableRow(
            new TableRowProperties(new CantSplit()),
            Cell(PictureColumn, new Paragraph(new ParagraphProperties(new SpacingBetweenLines { After = "0" }), writer.Picture(picture))),
            Cell(PageLayout.TextWidth - PictureColumn, words));
    }

    private static TableCell Cell(int width, Paragraph content) => new(
        new TableCellProperties(
            new TableCellWidth { Width = width.ToString(CultureInfo.InvariantCulture), Type = TableWidthUnitValues.Dxa },
            new TableCellVerticalAlignment { Val = TableVerticalAlignmentValues.Center }),
        content);
}
