using System.Text.RegularExpressions;
using LocalOfferGen.Diagnostics;

namespace LocalOfferGen.EasyRead.Linting.Rules;

/// <summary>LO4010: a number from 2 to 99 written in words ("six weeks"). Easy-read writes numbers as digits
/// ("6 weeks"); "one" is fine, as in "one day".</summary>
internal sealed partial class NumberInWordsRule : IEasyReadRule
{
    private static readonly string[] Units = ["", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"];
    private static readonly string[] Teens = ["ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"];
    private static readonly string[] Tens = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"];

    public void Check(LintedPage page)
    {
        foreach (var block in page.TextBlocks)
        foreach (Match number in NumberWord().Matches(block.Text))
        {
            var value = ValueOf(number);
            page.Warn(DiagnosticCodes.EasyReadNumberInWords, block.SpanAt(number.Index),
                $"write '{number.Value}' as the number {value}: digits are easier to read than words");
        }
    }

    private static int ValueOf(Match number)
    {
        if (number.Groups["tens"].Success)
            return 10 * Array.IndexOf(Tens, number.Groups["tens"].Value.ToLowerInvariant())
                + (number.Groups["unit"].Success ? Array.IndexOf(Units, number.Groups["unit"].Value.ToLowerInvariant()) : 0);
        var word = number.Value.ToLowerInvariant();
        var teen = Array.IndexOf(Teens, word);
        return teen >= 0 ? 10 + teen : Array.IndexOf(Units, word);
    }

    /// <summary>Whole words only, so "someone", "network" and "often" are not numbers; "twenty-one" and
    /// "twenty one" are one number.</summary>
    [GeneratedRegex(@"(?<![\p{L}\p{N}'’-])(?:(?<tens>twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[- ](?<unit>one|two|three|four|five|six|seven|eight|nine))?|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen)(?![\p{L}\p{N}'’-])",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex NumberWord();
}
