using System.Text.RegularExpressions;
using LocalOfferGen.Diagnostics;
using LocalOfferGen.Markdown;
using Markdig.Extensions.Tables;
using Markdig.Syntax;

namespace LocalOfferGen.Audit.Accessibility;

/// <summary>A table needs a header row that names its columns, so a screen reader can say which column a cell is in.</summary>
public static partial class TableRule
{
    public static void Check(AuditDocument document, AuditFindings findings)
    {
        foreach (var (node, _) in MarkdownWalker.Descendants(document.Text.Document))
        {
            if (node is Table table)
            {
                var header = table.OfType<TableRow>().FirstOrDefault(r => r.IsHeader);
                if (header is null || header.OfType<TableCell>().All(c => MarkdownWalker.PlainText(c).Length == 0))
                    findings.Warning(DiagnosticCodes.TableWithoutHeader, document.At(table),
                        "this table has no header row: write the column names in its first row, above the |---| line");
            }
            else if (node is HtmlBlock html && html.Lines.ToString() is var markup
                     && markup.Contains("<table", StringComparison.OrdinalIgnoreCase) && !HeaderCell().IsMatch(markup))
                findings.Warning(DiagnosticCodes.TableWithoutHeader, document.At(html),
                    "this HTML table has no header cells (<th>): write it as a Markdown table with a header row");
        }
    }

    [GeneratedRegex(@"<th[\s>]", RegexOptions.IgnoreCase)]
    private static partial Regex HeaderCell();
}
