using LocalOfferGen.EasyRead.Linting;

namespace LocalOfferGen.Tests.EasyRead.Linting;

public class SentenceSplitterTests
{
    private static string[] Split(string text) => SentenceSplitter.Split(text).Select(s => s.Text).ToArray();

    [Fact]
    public void Splits_at_full_stops_question_and_exclamation_marks()
    {
        Assert.Equal(["We can help.", "Do you need help?", "Call us now!", "We are here."],
            Split("We can help. Do you need help? Call us now! We are here."));
    }

    [Theory]
    [InlineData("Dr. Patel will see you.")]
    [InlineData("Mr. Khan and Mrs. Jones will come.")]
    [InlineData("Bring a letter, e.g. One from the school.")]
    [InlineData("Bring a letter, i.e. The one we sent.")]
    [InlineData("Bring pens, paper etc. and a drink.")]
    [InlineData("Come at 9.30am to the hall.")]
    [InlineData("It takes 1.5 hours.")]
    [InlineData("Email localoffer@example.gov.uk for help.")]
    [InlineData("Ask J. Smith for help.")]
    public void Keeps_short_forms_times_and_decimals_inside_one_sentence(string text)
    {
        Assert.Equal([text], Split(text));
    }

    [Fact]
    public void Etc_and_times_end_a_sentence_when_a_capital_follows()
    {
        Assert.Equal(["Bring pens, paper etc.", "We have drinks."], Split("Bring pens, paper etc. We have drinks."));
        Assert.Equal(["We open at 9.30am.", "Come early."], Split("We open at 9.30am. Come early."));
    }

    [Fact]
    public void Each_line_is_its_own_sentence_so_headings_and_list_items_need_no_full_stop()
    {
        Assert.Equal(["What happens next", "Tell us what you need", "We will call you back."],
            Split("What happens next\nTell us what you need\nWe will call you back."));
    }

    [Fact]
    public void Quotes_and_brackets_stay_with_their_sentence()
    {
        Assert.Equal(["Say \"yes.\"", "(We will listen.)", "Then we act."],
            Split("Say \"yes.\" (We will listen.) Then we act."));
    }

    [Fact]
    public void Reports_where_each_sentence_starts_and_counts_its_words()
    {
        var sentences = SentenceSplitter.Split("  Call us on 01234 567890.  We open at 9am.");
        Assert.Equal([2, 28], sentences.Select(s => s.Start));
        Assert.Equal([5, 4], sentences.Select(s => s.WordCount));
    }

    [Fact]
    public void Punctuation_alone_is_no_sentence()
    {
        Assert.Empty(Split(" ... "));
        Assert.Empty(Split(""));
    }
}
