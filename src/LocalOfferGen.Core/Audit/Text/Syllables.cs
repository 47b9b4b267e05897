namespace LocalOfferGen.Audit.Text;

/// <summary>Counts the syllables of an English word by its vowel groups, with the usual corrections for a
/// silent final e, -es and -ed endings, and vowel pairs said as two syllables. Like every rule-based
/// counter it is sometimes one out on an unusual word; over a page of text those errors even out,
/// which is all a reading score needs.</summary>
public static class Syllables
{
    public static int Count(string word) => Count(word.AsSpan());

    /// <summary>Works in a buffer on the stack: it runs for every word of every page.</summary>
    public static int Count(ReadOnlySpan<char> word)
    {
        Span<char> letters = word.Length <= 256 ? stackalloc char[word.Length] : new char[word.Length];
        var length = 0;
        foreach (var c in word)
        {
            var lower = char.ToLowerInvariant(c);
            if (char.IsAsciiLetterLower(lower)) letters[length++] = lower;
        }
        ReadOnlySpan<char> w = letters[..length];
        if (w.Length == 0) return 0;
        if (w.Length <= 3) return 1;

        // Silent endings: "make", "named", "likes"; but "table", "wanted", "places" keep their syllable.
        if (w.EndsWith("es") && !EndsWithAny(w, "ses", "xes", "zes", "ches", "shes", "ces", "ges"))
            w = w[..^2];
        else if (w.EndsWith("ed") && !EndsWithAny(w, "ted", "ded"))
            w = w[..^2];
        else if (w[^1] == 'e' && !w.EndsWith("ee") && !(w.EndsWith("le") && !IsVowel(w[^3])))
            w = w[..^1];

        var count = 0;
        var previousVowel = false;
        for (var i = 0; i < w.Length; i++)
        {
            var vowel = IsVowel(w[i]) || (w[i] == 'y' && i > 0);
            if (vowel && !previousVowel) count++;
            previousVowel = vowel;
        }

        // Vowel pairs said as two syllables: "period", "media", "idea", "being".
        for (var i = 0; i + 1 < w.Length; i++)
        {
            var pair = w.Slice(i, 2);
            if (pair is "ia" or "io" or "iu" && (i == 0 || w[i - 1] is not ('t' or 's' or 'c' or 'g' or 'x'))
                && !(i + 3 == w.Length && w[^1] == 'n'))
                count++;
        }
        if (w.Length > 3 && w.EndsWith("ea")) count++;
        if (w.Length > 4 && w.EndsWith("ing") && IsVowel(w[^4])) count++;
        return Math.Max(1, count);
    }

    private static bool IsVowel(char c) => c is 'a' or 'e' or 'i' or 'o' or 'u';

    private static bool EndsWithAny(ReadOnlySpan<char> word, params ReadOnlySpan<string> endings)
    {
        foreach (var ending in endings)
            if (word.EndsWith(ending)) return true;
        return false;
    }
}
