using System.Text.RegularExpressions;

namespace LocalOfferGen.Audit.Text;

/// <summary>Splits plain text into sentences and words. A sentence ends at . ! or ? followed by a space and a
/// capital letter or digit (so "e.g. a" does not end one), and at the end of its paragraph or list item.
/// Words are runs of letters (with inner apostrophes and hyphens); numbers alone are not counted as words.</summary>
public static partial class Sentences
{
    public static IReadOnlyList<string> Split(string text) =>
        Boundary().Split(text).Select(s => s.Trim()).Where(s => Word().IsMatch(s)).ToList();

    public static IReadOnlyList<string> Words(string sentence) =>
        Word().Matches(sentence).Select(m => m.Value).ToList();

    /// <summary>How many words a sentence has and how many syllables they make, without making a string of each word.</summary>
    public static (int Words, int Syllables) Count(string sentence)
    {
        int words = 0, syllables = 0;
        foreach (var match in Word().EnumerateMatches(sentence))
        {
            words++;
            syllables += Text.Syllables.Count(sentence.AsSpan(match.Index, match.Length));
        }
        return (words, syllables);
    }

    [GeneratedRegex(@"(?<=[.!?][""'’”)]?)\s+(?=[""'‘“(]?[A-Z0-9])")]
    private static partial Regex Boundary();

    [GeneratedRegex(@"[A-Za-z]+(?:['’\-][A-Za-z]+)*")]
    private static partial Regex Word();
}
