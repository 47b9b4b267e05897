namespace LocalOfferGen.EasyRead.Linting;

/// <summary>Splits text into sentences. A sentence ends at '.', '!' or '?' followed by a space and a word
/// that does not start with a small letter, or at the end of a line (a heading or a list item is a sentence
/// even without a full stop). Dots inside a word never end a sentence ("9.30am", "1.5", "gov.uk"), and
/// neither do titles and Latin short forms before a name or example ("Dr. Patel", "e.g. Monday").</summary>
public static class SentenceSplitter
{
    /// <summary>Short forms that come before the next word, so a capital after them starts no new sentence.
    /// "etc." and "a.m." are not here: they usually end a sentence when a capital follows.</summary>
    private static readonly HashSet<string> LeadingAbbreviations = new(StringComparer.OrdinalIgnoreCase)
    {
        "dr", "mr", "mrs", "ms", "mx", "prof", "st", "cllr", "rev", "e.g", "i.e", "eg", "ie", "cf", "vs", "approx", "ref",
    };

    public static IReadOnlyList<Sentence> Split(string text)
    {
        var sentences = new List<Sentence>();
        var start = 0;
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '\n')
            {
                Add(sentences, text, start, i);
                start = i + 1;
                continue;
            }
            if (!IsTerminator(text[i])) continue;
            var end = i + 1;
            while (end < text.Length && (IsTerminator(text[end]) || IsCloser(text[end]))) end++;
            if (end < text.Length && !char.IsWhiteSpace(text[end])) continue;
            var next = end;
            while (next < text.Length && (text[next] is ' ' or '\t' or '\r' || IsOpener(text[next]))) next++;
            if (next < text.Length && char.IsLower(text[next])) continue;
            if (text[i] == '.' && end == i + 1 && IsLeadingAbbreviation(text, i)) continue;
            Add(sentences, text, start, end);
            start = end;
            i = end - 1;
        }
        Add(sentences, text, start, text.Length);
        return sentences;
    }

    private static void Add(List<Sentence> sentences, string text, int start, int end)
    {
        while (start < end && char.IsWhiteSpace(text[start])) start++;
        while (end > start && char.IsWhiteSpace(text[end - 1])) end--;
        if (end > start && Words.Count(text[start..end]) > 0) sentences.Add(new Sentence(start, text[start..end]));
    }

    /// <summary>True when the word ending at the dot is a title or short form ("Dr", "e.g") or a single
    /// capital initial ("J. Smith").</summary>
    private static bool IsLeadingAbbreviation(string text, int dot)
    {
        var begin = dot;
        while (begin > 0 && (char.IsLetter(text[begin - 1]) || text[begin - 1] == '.')) begin--;
        var word = text[begin..dot];
        return LeadingAbbreviations.Contains(word) || (word.Length == 1 && char.IsUpper(word[0]));
    }

    private static bool IsTerminator(char c) => c is '.' or '!' or '?' or '…';
    private static bool IsCloser(char c) => c is '"' or '\'' or ')' or ']' or '”' or '’';
    private static bool IsOpener(char c) => c is '"' or '\'' or '(' or '[' or '“' or '‘';
}
