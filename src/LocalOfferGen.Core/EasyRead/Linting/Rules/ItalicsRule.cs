using LocalOfferGen.Diagnostics;
using LocalOfferGen.Markdown;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace LocalOfferGen.EasyRead.Linting.Rules;

/// <summary>LO4005: italics (<c>*text*</c>, <c>_text_</c>, &lt;i&gt;, &lt;em&gt;), which are hard to read.
/// Bold (<c>**text**</c>) is fine for the one important word.</summary>
internal sealed class ItalicsRule : IEasyReadRule
{
    private const string Message = "italics are hard to read: use plain text, or bold (**word**) for one important word";

    public void Check(LintedPage page)
    {
        foreach (var (node, _) in MarkdownWalker.Descendants(page.Document))
        {
            var italic = node switch
            {
                EmphasisInline { DelimiterChar: '*' or '_', DelimiterCount: 1 } => true,
                HtmlInline html => HtmlTags.Opens(html.Tag, "i", "em"),
                HtmlBlock block => HtmlTags.Opens(block.Lines.ToString(), "i", "em"),
                _ => false,
            };
            if (italic) page.Warn(DiagnosticCodes.EasyReadItalics, page.SpanOf(node), Message);
        }
    }
}
