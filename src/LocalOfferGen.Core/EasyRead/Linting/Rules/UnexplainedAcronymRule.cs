using System.Text.RegularExpressions;
using LocalOfferGen.Diagnostics;

namespace LocalOfferGen.EasyRead.Linting.Rules;

/// <summary>LO4009: a short form in capitals (SENCO, EHCP, PfA) that the glossary does not explain. A short
/// form is a word of letters only (so postcodes like "EX1 1AA" are not) that starts with a capital and has at
/// least 2 capitals and no more small letters than capitals, so names like "McDonald" are not short forms.
/// Each one is reported once per page, where it is first used.</summary>
internal sealed partial class UnexplainedAcronymRule : IEasyReadRule
{
    public void Check(LintedPage page)
    {
        var reported = new HashSet<string>(StringComparer.Ordinal);
        foreach (var block in page.TextBlocks)
        {
            var explained = page.Glossary.Find(block.Text);
            var shouting = CapitalWords.Runs(block.Text);
            foreach (Match word in LettersAndDigits().Matches(block.Text))
            {
                if (!word.Value.All(char.IsLetter) || !IsAcronym(word.Value)) continue;
                if (Inside(explained, word)) continue;
                if (Inside(shouting.Select(r => (r.Start, r.End)), word)) continue; // LO4007 already says it
                if (!reported.Add(word.Value)) continue;
                page.Warn(DiagnosticCodes.EasyReadUnexplainedAcronym, block.SpanAt(word.Index),
                    $"'{word.Value}' is not explained: add it to content/glossary.yml (as a term, or as an alias of one) so the page's Words to know explains it, or write the words out in full");
            }
        }
    }

    public static bool IsAcronym(string word)
    {
        if (!char.IsUpper(word[0])) return false;
        var capitals = word.Count(char.IsUpper);
        return capitals >= 2 && capitals >= word.Length - capitals;
    }

    private static bool Inside(IEnumerable<(int Start, int End)> ranges, Match word) =>
        ranges.Any(r => r.Start <= word.Index && word.Index + word.Length <= r.End);

    [GeneratedRegex(@"[\p{L}\p{N}]+")]
    private static partial Regex LettersAndDigits();
}
