using LocalOfferGen.Diagnostics;
using LocalOfferGen.Markdown;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace LocalOfferGen.EasyRead.Linting.Rules;

/// <summary>LO4006: underlined text (&lt;u&gt;, &lt;ins&gt;), which readers take for a link and find hard to read.</summary>
internal sealed class UnderlineRule : IEasyReadRule
{
    private const string Message = "underlined text is hard to read and looks like a link: use plain text, or bold (**word**) for one important word";

    public void Check(LintedPage page)
    {
        foreach (var (node, _) in MarkdownWalker.Descendants(page.Document))
        {
            var underlined = node switch
            {
                HtmlInline html => HtmlTags.Opens(html.Tag, "u", "ins"),
                HtmlBlock block => HtmlTags.Opens(block.Lines.ToString(), "u", "ins"),
                _ => false,
            };
            if (underlined) page.Warn(DiagnosticCodes.EasyReadUnderline, page.SpanOf(node), Message);
        }
    }
}
