using LocalOfferGen.Diagnostics;
using Markdig.Extensions.Tables;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace LocalOfferGen.EasyRead.Linting.Rules;

/// <summary>LO4002: a row without a picture. Every block of an easy-read page except its headings is a row,
/// as the easy-read layout shows it: a picture on the left, from the image that begins the paragraph, and the
/// words on the right. A paragraph that does not begin with an image, a list, a quote or a table is a row
/// with no picture.</summary>
internal sealed class RowWithoutPictureRule : IEasyReadRule
{
    private const string Example = "![A parent talking to a teacher](../../images/easy-read/talk.png)";

    public void Check(LintedPage page)
    {
        foreach (var block in page.Document)
        {
            if (block is HeadingBlock or LinkReferenceDefinitionGroup || IsEmptyHtml(block)) continue;
            if (block is Markdown.VideoBlock) continue; // a video shows its own still picture
            if (block is ParagraphBlock { Inline.FirstChild: LinkInline { IsImage: true } }) continue;
            var message = block is ParagraphBlock
                ? $"this row has no picture: start the paragraph with one, like {Example}"
                : $"this {KindOf(block)} shows as a row with no picture: write it as paragraphs that each start with a picture, like {Example}";
            page.Warn(DiagnosticCodes.EasyReadRowWithoutPicture, page.SpanOf(block), message);
        }
    }

    /// <summary>Raw HTML with nothing left to show (a comment, or markup the safety check removed).</summary>
    private static bool IsEmptyHtml(Block block) => block is HtmlBlock html && string.IsNullOrWhiteSpace(html.Lines.ToString());

    private static string KindOf(Block block) => block switch
    {
        ListBlock => "list",
        Markdig.Extensions.DefinitionLists.DefinitionList => "definition list",
        QuoteBlock => "quote",
        Table => "table",
        CodeBlock => "code block",
        ThematicBreakBlock => "line",
        HtmlBlock => "HTML",
        _ => "block",
    };
}
