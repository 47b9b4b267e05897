using LocalOfferGen.Markdown;
using Markdig.Extensions.Tables;
using Markdig.Syntax;

namespace LocalOfferGen.Audit.Text;

/// <summary>The running text of a document: each paragraph and list item outside tables and code, as plain
/// words with the Markdown node it came from (for line numbers). Headings and table cells are not prose.</summary>
public static class Prose
{
    public static IEnumerable<(ParagraphBlock Block, string Text)> Paragraphs(MarkdownDocument document)
    {
        foreach (var paragraph in MarkdownWalker.All<ParagraphBlock>(document))
        {
            if (InTable(paragraph)) continue;
            var text = MarkdownWalker.PlainText(paragraph);
            if (text.Length > 0) yield return (paragraph, text);
        }
    }

    public static IEnumerable<string> SentencesOf(MarkdownDocument document) =>
        Paragraphs(document).SelectMany(p => Sentences.Split(p.Text));

    private static bool InTable(Block block)
    {
        for (var parent = block.Parent; parent is not null; parent = parent.Parent)
            if (parent is Table) return true;
        return false;
    }
}
