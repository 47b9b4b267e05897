using LocalOfferGen.Diagnostics;

namespace LocalOfferGen.EasyRead.Linting.Rules;

/// <summary>LO4004: a paragraph (a row) of more than 3 sentences. It points at the first sentence too many.</summary>
internal sealed class TooManySentencesRule : IEasyReadRule
{
    public const int MaxSentences = 3;

    public void Check(LintedPage page)
    {
        foreach (var block in page.TextBlocks)
        {
            var sentences = block.Sentences;
            if (sentences.Count <= MaxSentences) continue;
            page.Warn(DiagnosticCodes.EasyReadTooManySentences, block.SpanAt(sentences[MaxSentences].Start),
                $"this paragraph has {sentences.Count} sentences; keep to {MaxSentences} or fewer: start a new row, with its own picture, from this sentence");
        }
    }
}
