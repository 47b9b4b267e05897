using Markdig;
using Markdig.Helpers;
using Markdig.Renderers;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using LocalOfferGen.Wording;

namespace LocalOfferGen.Markdown;

/// <summary>Makes the spaces inside UK phone numbers and postcodes in the text no-break spaces as the Markdown is
/// read, so every format (web, Word, print) keeps them on one line (see <see cref="KeepTogether"/>). A space stays a
/// space, one character for one, so every source position is still right. Code is left as written.</summary>
public sealed class KeepTogetherExtension : IMarkdownExtension
{
    public void Setup(MarkdownPipelineBuilder pipeline) => pipeline.DocumentProcessed += Apply;

    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer) { }

    private static void Apply(MarkdownDocument document)
    {
        foreach (var literal in document.Descendants<LiteralInline>())
        {
            var text = literal.Content.ToString();
            var kept = KeepTogether.PhoneNumbersAndPostcodes(text);
            if (kept != text) literal.Content = new StringSlice(kept);
        }
    }
}
