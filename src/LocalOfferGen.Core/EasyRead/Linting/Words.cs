using System.Text.RegularExpressions;

namespace LocalOfferGen.EasyRead.Linting;

/// <summary>The words of a text as a reader counts them. A word is letters and digits, joined by
/// apostrophes, dots, hyphens, slashes or colons, so "9.30am", "children's", "gov.uk" and "1.5" are one word each
/// and punctuation on its own is none.</summary>
public static partial class Words
{
    public static IEnumerable<Match> In(string text) => WordPattern().Matches(text);

    public static int Count(string text) => WordPattern().Count(text);

    [GeneratedRegex(@"[\p{L}\p{N}]+(?:['’.\-/:][\p{L}\p{N}]+)*")]
    private static partial Regex WordPattern();
}
