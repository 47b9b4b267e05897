using System.Globalization;
using DocumentFormat.OpenXml.Wordprocessing;
using LocalOfferGen.Model;

namespace LocalOfferGen.Word;

/// <summary>"You said, we did" (SEND Regulations 2014 reg 56): how each year's comments were gathered, and a
/// table of what families said, what the council did, and how far it has got.</summary>
internal static class FeedbackWriter
{
    public static void Write(WordPackage package, WritingContext context, int level)
    {
        var body = package.Body;
        if (context.Site.Feedback.Count == 0)
        {
            body.Append(Paragraphs.Plain(Paragraphs.Text("We have not published any comments yet.")));
            return;
        }
        foreach (var year in context.Site.Feedback)
        {
            body.Append(package.Heading(level, year.Period));
            if (year.HowWeAsked is { IsEmpty: false } asked)
                new MarkdownWriter(package, context, SiteUrls.YouSaidWeDid, level, asked.Document).Write(asked.Document);
            if (year.Items.Count > 0) body.Append(Table(year.Items));
            var published = Paragraphs.Plain(Paragraphs.Text($"Published {Wording.Date(year.Published)}."));
            Paragraphs.Space(published, before: 240);
            body.Append(published);
        }
    }

    public static string Status(FeedbackStatus status) => status switch
    {
        FeedbackStatus.Done => "Done",
        FeedbackStatus.InProgress => "In progress",
        _ => "Planned",
    };

    private static Table Table(IReadOnlyList<FeedbackItem> items)
    {
        int[] widths = [PageLayout.TextWidth * 2 / 5, PageLayout.TextWidth * 2 / 5, PageLayout.TextWidth / 5];
        var grid = new TableGrid(widths.Select(w => new GridColumn { Width = Twips(w) }));
        var table = new Table(
            new TableProperties(
                new TableStyle { Val = "DataTable" },
                new TableWidth { Width = "5000", Type = TableWidthUnitValues.Pct },
                new TableLayout { Type = TableLayoutValues.Fixed },
                new TableLook { Val = StyleSheet.HeaderRowLook }),
            grid);
        table.Append(Row(widths, header: true, "You said", "We did", "Status"));
        foreach (var item in items) table.Append(Row(widths, header: false, item.YouSaid, item.WeDid, Status(item.Status)));
        return table;
    }

    private static TableRow Row(int[] widths, bool header, params string[] cells)
    {
        var properties = new TableRowProperties(new CantSplit());
        if (header) properties.Append(new TableHeader());
        var row = new TableRow(properties);
        for (var i = 0; i < cells.Length; i++)
            row.Append(new TableCell(
                new TableCellProperties(new TableCellWidth { Width = Twips(widths[i]), Type = TableWidthUnitValues.Dxa }),
                Paragraphs.Styled("TableText", Paragraphs.Text(cells[i]))));
        return row;
    }

    private static string Twips(int value) => value.ToString(CultureInfo.InvariantCulture);
}
