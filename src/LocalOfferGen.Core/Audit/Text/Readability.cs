namespace LocalOfferGen.Audit.Text;

/// <summary>Reading scores of a text.
/// Flesch reading ease = 206.835 − 1.015 × (words ÷ sentences) − 84.6 × (syllables ÷ words): 60 to 70 is plain
/// English, under 50 is hard. Flesch-Kincaid grade = 0.39 × (words ÷ sentences) + 11.8 × (syllables ÷ words) − 15.59,
/// a US school grade; the UK reading age is that grade + 5 (grade 1 is the year children turn 6 or 7).</summary>
public sealed record Readability(int Words, int Sentences, int Syllables)
{
    public double ReadingEase => Words == 0 || Sentences == 0 ? 100
        : 206.835 - 1.015 * ((double)Words / Sentences) - 84.6 * ((double)Syllables / Words);

    public double Grade => Words == 0 || Sentences == 0 ? 0
        : 0.39 * ((double)Words / Sentences) + 11.8 * ((double)Syllables / Words) - 15.59;

    /// <summary>The UK reading age in years: the Flesch-Kincaid grade + 5.</summary>
    public double ReadingAge => Grade + 5;

    public static Readability Of(IEnumerable<string> sentences)
    {
        int words = 0, count = 0, syllables = 0;
        foreach (var sentence in sentences)
        {
            var (sentenceWords, sentenceSyllables) = Text.Sentences.Count(sentence);
            if (sentenceWords == 0) continue;
            count++;
            words += sentenceWords;
            syllables += sentenceSyllables;
        }
        return new Readability(words, count, syllables);
    }
}
