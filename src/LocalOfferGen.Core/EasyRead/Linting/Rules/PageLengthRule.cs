using System.Globalization;
using LocalOfferGen.Diagnostics;

namespace LocalOfferGen.EasyRead.Linting.Rules;

/// <summary>LO4011: a page of more than 1,000 words (headings and text, not alt text). It points at the
/// first word too many, a good place to start the second page.</summary>
internal sealed class PageLengthRule : IEasyReadRule
{
    public const int MaxWords = 1000;

    public void Check(LintedPage page)
    {
        var total = page.TextBlocks.Sum(b => Words.Count(b.Text));
        if (total <= MaxWords) return;
        var seen = 0;
        foreach (var block in page.TextBlocks)
        {
            var words = Words.In(block.Text).ToList();
            if (seen + words.Count > MaxWords)
            {
                page.Warn(DiagnosticCodes.EasyReadPageTooLong, block.SpanAt(words[MaxWords - seen].Index),
                    string.Create(CultureInfo.InvariantCulture, $"this page has {total:N0} words; easy-read pages have at most {MaxWords:N0}: split it into 2 or more pages (word {MaxWords + 1:N0} is here)"));
                return;
            }
            seen += words.Count;
        }
    }
}
