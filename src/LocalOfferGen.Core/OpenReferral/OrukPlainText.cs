using LocalOfferGen.Markdown;
using LocalOfferGen.Model;
using Markdig.Syntax;

namespace LocalOfferGen.OpenReferral;

/// <summary>ORUK text fields are plain text: Markdown becomes its words, a paragraph per block and a
/// line per list item, so other directories show it without stray symbols.</summary>
internal static class OrukPlainText
{
    public static string From(MarkdownText markdown)
    {
        var blocks = new List<string>();
        foreach (var block in markdown.Document)
        {
            if (block is ListBlock list)
            {
                var items = list.OfType<ListItemBlock>().Select(item => "- " + MarkdownWalker.PlainText(item));
                blocks.Add(string.Join("\n", items));
            }
            else if (block is not ThematicBreakBlock && MarkdownWalker.PlainText(block) is { Length: > 0 } text)
            {
                blocks.Add(text);
            }
        }
        return string.Join("\n\n", blocks);
    }
}
