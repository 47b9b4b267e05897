using LocalOfferGen.Diagnostics;

namespace LocalOfferGen.EasyRead.Linting.Rules;

/// <summary>LO4001: a sentence of more than 15 words.</summary>
internal sealed class LongSentenceRule : IEasyReadRule
{
    public const int MaxWords = 15;

    public void Check(LintedPage page)
    {
        foreach (var block in page.TextBlocks)
        foreach (var sentence in block.Sentences)
        {
            var words = sentence.WordCount;
            if (words <= MaxWords) continue;
            page.Warn(DiagnosticCodes.EasyReadLongSentence, block.SpanAt(sentence.Start),
                $"this sentence has {words} words; easy-read sentences have at most {MaxWords}: split it into shorter sentences");
        }
    }
}
