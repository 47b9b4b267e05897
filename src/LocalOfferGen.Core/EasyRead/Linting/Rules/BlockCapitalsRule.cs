using LocalOfferGen.Diagnostics;
using LocalOfferGen.Wording;

namespace LocalOfferGen.EasyRead.Linting.Rules;

/// <summary>LO4007: 3 or more words in a row in BLOCK CAPITALS. Capitals hide the shape of words and read as shouting.</summary>
internal sealed class BlockCapitalsRule : IEasyReadRule
{
    public void Check(LintedPage page)
    {
        foreach (var block in page.TextBlocks)
        foreach (var (start, end, count) in CapitalWords.Runs(block.Text))
        {
            page.Warn(DiagnosticCodes.EasyReadBlockCapitals, block.SpanAt(start),
                $"'{block.Text[start..end]}' is {Counts.Of(count, "word")} in capital letters, which are hard to read: write them in small letters, or bold (**word**) for one important word");
        }
    }
}
