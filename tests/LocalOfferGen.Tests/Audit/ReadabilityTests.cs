using LocalOfferGen.Audit.Text;

namespace LocalOfferGen.Tests.Audit;

/// <summary>Reading scores checked against sums done by hand.</summary>
public class ReadabilityTests
{
    [Theory]
    [InlineData("cat", 1)]
    [InlineData("the", 1)]
    [InlineData("table", 2)]
    [InlineData("little", 2)]
    [InlineData("whole", 1)]
    [InlineData("education", 4)]
    [InlineData("information", 4)]
    [InlineData("because", 2)]
    [InlineData("children", 2)]
    [InlineData("families", 3)]
    [InlineData("services", 3)]
    [InlineData("named", 1)]
    [InlineData("wanted", 2)]
    [InlineData("being", 2)]
    [InlineData("idea", 3)]
    [InlineData("area", 3)]
    [InlineData("period", 3)]
    [InlineData("social", 2)]
    [InlineData("available", 4)]
    [InlineData("assessment", 3)]
    [InlineData("today", 2)]
    [InlineData("important", 3)]
    [InlineData("SENCO's", 2)]
    public void Syllables_are_counted_as_a_dictionary_splits_them(string word, int syllables) =>
        Assert.Equal(syllables, Syllables.Count(word));

    [Fact]
    public void One_short_sentence_of_short_words()
    {
        // 6 words, 6 syllables, 1 sentence.
        // Reading ease = 206.835 - 1.015 * 6 - 84.6 * 1 = 116.145; grade = 0.39 * 6 + 11.8 * 1 - 15.59 = -1.45; reading age = 3.55.
        var scores = Readability.Of(Sentences.Split("The cat sat on the mat."));
        Assert.Equal((6, 1, 6), (scores.Words, scores.Sentences, scores.Syllables));
        Assert.Equal(116.145, scores.ReadingEase, 3);
        Assert.Equal(-1.45, scores.Grade, 3);
        Assert.Equal(3.55, scores.ReadingAge, 3);
    }

    [Fact]
    public void One_sentence_of_long_words()
    {
        // Education 4 + is 1 + important 3 + for 1 + all 1 + children 2 = 12 syllables in 6 words, 1 sentence.
        // Reading ease = 206.835 - 6.09 - 84.6 * 2 = 31.545; grade = 2.34 + 23.6 - 15.59 = 10.35; reading age = 15.35.
        var scores = Readability.Of(Sentences.Split("Education is important for all children."));
        Assert.Equal((6, 1, 12), (scores.Words, scores.Sentences, scores.Syllables));
        Assert.Equal(31.545, scores.ReadingEase, 3);
        Assert.Equal(15.35, scores.ReadingAge, 3);
    }

    [Fact]
    public void Two_sentences()
    {
        // We can help. (3 words, 3 syllables) Call us today. (3 words, 4 syllables): 6 words, 7 syllables, 2 sentences.
        // Reading ease = 206.835 - 1.015 * 3 - 84.6 * 7 / 6 = 105.09; grade = 1.17 + 13.7667 - 15.59 = -0.6533.
        var scores = Readability.Of(Sentences.Split("We can help. Call us today."));
        Assert.Equal((6, 2, 7), (scores.Words, scores.Sentences, scores.Syllables));
        Assert.Equal(105.09, scores.ReadingEase, 2);
        Assert.Equal(4.3467, scores.ReadingAge, 3);
    }

    [Fact]
    public void Sentences_end_at_a_full_stop_before_a_capital_only()
    {
        Assert.Equal(["Bring proof, e.g. a letter from your GP.", "Then call us!", "Is it 2027?", "Yes."],
            Sentences.Split("Bring proof, e.g. a letter from your GP. Then call us! Is it 2027? Yes."));
        Assert.Equal(["We", "can't", "co-operate", "with", "Post"], Sentences.Words("We can't co-operate with Post-16 2027."));
    }

    [Theory]
    [InlineData("The form is sent to the panel.", "is sent")]
    [InlineData("You will be given a date.", "be given")]
    [InlineData("Plans were not updated last year.", "were not updated")]
    public void Passive_voice_is_found(string sentence, string phrase) =>
        Assert.Equal([phrase], PassiveVoice.Find(sentence));

    [Theory]
    [InlineData("We send the form to the panel.")]
    [InlineData("The group is called Young Voices.")]
    [InlineData("She is interested in art.")]
    public void Active_sentences_are_not_flagged(string sentence) =>
        Assert.Empty(PassiveVoice.Find(sentence));
}
