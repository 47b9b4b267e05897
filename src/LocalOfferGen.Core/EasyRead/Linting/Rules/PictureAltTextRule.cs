using LocalOfferGen.Diagnostics;
using LocalOfferGen.Markdown;
using Markdig.Syntax.Inlines;

namespace LocalOfferGen.EasyRead.Linting.Rules;

/// <summary>LO4003: a picture without alt text. People who cannot see the picture hear the alt text instead.</summary>
internal sealed class PictureAltTextRule : IEasyReadRule
{
    public void Check(LintedPage page)
    {
        foreach (var image in MarkdownWalker.All<LinkInline>(page.Document))
        {
            if (!image.IsImage || MarkdownWalker.PlainText(image).Length > 0) continue;
            page.Warn(DiagnosticCodes.EasyReadPictureWithoutAlt, page.SpanOf(image),
                "this picture has no alt text: say what it shows between the square brackets, like ![A calendar showing 6 weeks](...)");
        }
    }
}
