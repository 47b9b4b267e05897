using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace LocalOfferGen.Theming;

/// <summary>Writes plain text, marking the first use of each glossary term on the page: on standard pages a
/// link to its meaning (with the meaning as a tooltip); on easy-read pages bold, since the meaning is
/// explained in "Words to know" on the same page. Text inside links and headings is written as it is.</summary>
internal sealed class GlossaryLiteralRenderer(GlossaryMatcher matcher, string? glossaryUrl) : HtmlObjectRenderer<LiteralInline>
{
    protected override void Write(HtmlRenderer renderer, LiteralInline literal)
    {
        var text = literal.Content.ToString();
        if (!renderer.EnableHtmlEscape || InsideLinkOrHeading(literal))
        {
            renderer.WriteEscape(text);
            return;
        }
        var position = 0;
        while (matcher.NextNew(text, position) is { } found)
        {
            renderer.WriteEscape(text[position..found.Index]);
            var words = text.Substring(found.Index, found.Length);
            if (glossaryUrl is null)
                renderer.Write("<strong>").WriteEscape(words).Write("</strong>");
            else
                renderer.Write("<a class=\"glossary-term\" href=\"").WriteEscapeUrl(glossaryUrl + "#" + found.Entry.Id)
                    .Write("\" title=\"").WriteEscape(found.Entry.Meaning).Write("\">").WriteEscape(words).Write("</a>");
            position = found.Index + found.Length;
        }
        renderer.WriteEscape(text[position..]);
    }

    private static bool InsideLinkOrHeading(Inline inline)
    {
        for (var parent = inline.Parent; parent is not null; parent = parent.Parent)
        {
            if (parent is LinkInline) return true;
            if (parent.Parent is null && parent.ParentBlock is HeadingBlock) return true;
        }
        return false;
    }
}
