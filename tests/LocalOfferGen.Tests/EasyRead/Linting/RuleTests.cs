using LocalOfferGen.Diagnostics;
using static LocalOfferGen.Tests.EasyRead.Linting.LintHelper;

namespace LocalOfferGen.Tests.EasyRead.Linting;

/// <summary>Each rule with planted text that breaks it, and good text that does not. The body starts on
/// line 6 of the file; a row's text starts in column 49, after its picture.</summary>
public class RuleTests
{
    private const int Text = 49;

    [Fact]
    public void Good_easy_read_text_has_no_warnings()
    {
        var body = """
            ## What happens next

            ![A calendar showing 6 weeks](/images/easy-read/calendar.png) We will tell you our answer within 6 weeks.

            ![A doctor](/images/easy-read/doctor.png) Dr. Patel can see you at 9.30am. Bring a letter, e.g. from the school.

            ![A plan](/images/easy-read/plan.png) Your EHC plan says what help you get. Ask **SENDIASS** for free advice.

            ![A phone](/images/easy-read/phone.png) Call us on 01234 567890. We are open Monday to Friday, 9am to 5pm.
            """;
        Assert.Empty(Lint(body).Select(d => d.ToString()));
    }

    [Fact]
    public void LO4001_a_sentence_of_more_than_15_words()
    {
        var sixteen = Row("This sentence has far too many words in it for an easy-read page that people read.");
        var fifteen = Row("This sentence has just enough words in it for an easy-read page that people read.".Replace("just enough ", "few "));
        Assert.Equal(["6," + Text], Lint(sixteen).At(DiagnosticCodes.EasyReadLongSentence));
        Assert.Contains("16 words", Lint(sixteen).Single().Message);
        Assert.Empty(Lint(fifteen));
    }

    [Fact]
    public void LO4001_counts_each_sentence_on_its_own_and_points_at_the_long_one()
    {
        var body = Row("We can help. This sentence has far too many words in it for an easy-read page that people read.");
        Assert.Equal(["6," + (Text + 13)], Lint(body).At(DiagnosticCodes.EasyReadLongSentence));
    }

    [Fact]
    public void LO4001_applies_to_headings_and_rows()
    {
        var body = """
            ## This heading has far too many words in it for an easy-read page that people will read

            ![A list](/images/easy-read/list.png) This row has far too many words in it for an easy-read page that people read
            """;
        Assert.Equal(["6,4", "8,39"], Lint(body).At(DiagnosticCodes.EasyReadLongSentence));
    }

    [Fact]
    public void LO4002_a_paragraph_that_does_not_begin_with_a_picture()
    {
        var body = """
            ## A heading needs no picture

            This row has no picture.

            ![A phone](/images/easy-read/phone.png) This row has one.

            Text first. ![A phone](/images/easy-read/phone.png)

            [![A phone](/images/easy-read/phone.png)](/contact/) A picture inside a link is not shown as the row's picture.

            <!-- A note for editors shows nothing, so it is no row. -->
            """;
        Assert.Equal(["8,1", "12,1", "14,1"], Lint(body).At(DiagnosticCodes.EasyReadRowWithoutPicture));
    }

    [Fact]
    public void LO4002_lists_quotes_and_tables_are_rows_without_a_picture()
    {
        var body = """
            - ![A phone](/images/easy-read/phone.png) Call us.
            - ![A letter](/images/easy-read/letter.png) Write to us.

            > ![A phone](/images/easy-read/phone.png) Call us.

            | ![A phone](/images/easy-read/phone.png) | Call us. |
            |---|---|
            """;
        var diagnostics = Lint(body).Where(d => d.Code == DiagnosticCodes.EasyReadRowWithoutPicture).ToList();
        Assert.Equal(["6,1", "9,1", "11,1"], diagnostics.At(DiagnosticCodes.EasyReadRowWithoutPicture));
        Assert.Equal(["list", "quote", "table"], diagnostics.Select(d => d.Message.Split(' ')[1]));
    }

    [Fact]
    public void LO4003_a_picture_without_alt_text()
    {
        var diagnostics = Lint("![](/images/easy-read/phone.png) Call us.\n\n![ ](/images/easy-read/phone.png) Call us.");
        Assert.Equal(["6,1", "8,1"], diagnostics.At(DiagnosticCodes.EasyReadPictureWithoutAlt));
        Assert.Empty(diagnostics.At(DiagnosticCodes.EasyReadRowWithoutPicture));
    }

    [Fact]
    public void LO4004_a_paragraph_of_more_than_3_sentences_points_at_the_4th()
    {
        var four = Row("I am Sam. I like jam. I eat ham. I see Pam.");
        var three = Row("I am Sam. I like jam. I eat ham.");
        Assert.Equal(["6," + (Text + 33)], Lint(four).At(DiagnosticCodes.EasyReadTooManySentences));
        Assert.Contains("4 sentences", Lint(four).Single().Message);
        Assert.Empty(Lint(three));
    }

    [Fact]
    public void LO4004_short_forms_and_times_do_not_count_as_sentence_ends()
    {
        Assert.Empty(Lint(Row("Dr. Lee and Mrs. Shah meet you at 9.30am. Bring e.g. A letter. It takes 1.5 hours.")));
    }

    [Fact]
    public void LO4005_italics_in_Markdown_and_HTML_but_not_bold()
    {
        var body = Row("You *must* ask. You _can_ ask. You <em>may</em> ask. You <i>could</i> ask. You **should** ask.");
        Assert.Equal(["6," + (Text + 4), "6," + (Text + 20), "6," + (Text + 35), "6," + (Text + 57)],
            Lint(body).At(DiagnosticCodes.EasyReadItalics));
    }

    [Fact]
    public void LO4006_underlined_text()
    {
        var body = Row("You <u>must</u> ask. You <ins>can</ins> ask.");
        Assert.Equal(["6," + (Text + 4), "6," + (Text + 25)], Lint(body).At(DiagnosticCodes.EasyReadUnderline));
    }

    [Fact]
    public void LO4007_three_or_more_words_in_capitals()
    {
        var body = Row("You MUST CALL US today. Ask SEND services. Call 01234 567890.");
        var diagnostics = Lint(body);
        Assert.Equal(["6," + (Text + 4)], diagnostics.At(DiagnosticCodes.EasyReadBlockCapitals));
        Assert.Contains("'MUST CALL US'", diagnostics.Single().Message);
        Assert.Empty(diagnostics.At(DiagnosticCodes.EasyReadUnexplainedAcronym));
    }

    [Fact]
    public void LO4008_a_semicolon()
    {
        var body = Row("We can help; call us.");
        Assert.Equal(["6," + (Text + 11)], Lint(body).At(DiagnosticCodes.EasyReadSemicolon));
        Assert.Empty(Lint(Row("We can help &amp; listen.")));
    }

    [Fact]
    public void LO4009_a_short_form_the_glossary_does_not_explain_is_reported_once()
    {
        var body = Row("Ask your SENCO for help. Your SENCO can help.") + "\n\n" + Row("Ask your GP.");
        Assert.Equal(["6," + (Text + 9), "8," + (Text + 9)], Lint(body).At(DiagnosticCodes.EasyReadUnexplainedAcronym));
        Assert.Contains("'SENCO'", Lint(body)[0].Message);
    }

    [Fact]
    public void LO4009_glossary_terms_and_aliases_in_any_case_are_explained()
    {
        var body = Row("Your EHC Plan helps. An EHCP is long. SEND help is free.") + "\n\n" + Row("The IASS can help. Ask McDonald.") + "\n\n" + Row("Come to County Hall, EX1 1AA.");
        Assert.Empty(Lint(body).Select(d => d.ToString()));
    }

    [Fact]
    public void LO4009_part_of_a_term_or_a_form_the_glossary_does_not_list_is_not_explained()
    {
        Assert.Equal(["6," + (Text + 4)], Lint(Row("The EHC team can help.")).At(DiagnosticCodes.EasyReadUnexplainedAcronym));
        Assert.Equal(["6," + (Text + 5)], Lint(Row("Some EHCPs are long.")).At(DiagnosticCodes.EasyReadUnexplainedAcronym));
        Assert.Equal(["6," + Text], Lint(Row("SEND-friendly clubs are fun.")).At(DiagnosticCodes.EasyReadUnexplainedAcronym));
    }

    [Fact]
    public void LO4010_numbers_above_one_written_as_words()
    {
        var body = Row("We answer in six weeks. Seven people came. It is twenty-one days.");
        var diagnostics = Lint(body);
        Assert.Equal(["6," + (Text + 13), "6," + (Text + 24), "6," + (Text + 49)], diagnostics.At(DiagnosticCodes.EasyReadNumberInWords));
        Assert.Equal(["6", "7", "21"], diagnostics.Select(d => d.Message.Split("the number ")[1].Split(':')[0]));
    }

    [Theory]
    [InlineData("nine", 9)]
    [InlineData("Fourteen", 14)]
    [InlineData("nineteen", 19)]
    [InlineData("sixty", 60)]
    [InlineData("ninety nine", 99)]
    [InlineData("Forty-four", 44)]
    public void LO4010_says_which_digits_to_write(string words, int digits)
    {
        var warning = Assert.Single(Lint(Row($"We have {words} clubs.")));
        Assert.Equal(DiagnosticCodes.EasyReadNumberInWords, warning.Code);
        Assert.Equal($"write '{words}' as the number {digits}: digits are easier to read than words", warning.Message);
        Assert.Equal(Text + 8, warning.Column);
    }

    [Fact]
    public void LO4010_one_and_words_that_contain_numbers_are_fine()
    {
        Assert.Empty(Lint(Row("Someone will call in one day. We often check our network.")));
    }

    [Fact]
    public void LO4011_a_page_of_more_than_1000_words_points_at_word_1001()
    {
        string Rows(int words) => string.Join("\n\n", Enumerable.Range(0, words / 10).Select(_ => Row("We help. We help. We help. We help you now.")));
        Assert.Empty(Lint(Rows(1000)).At(DiagnosticCodes.EasyReadPageTooLong));
        var diagnostics = Lint(Rows(1010));
        Assert.Equal(["206," + Text], diagnostics.At(DiagnosticCodes.EasyReadPageTooLong));
        Assert.Contains("1,010 words", diagnostics.Single(d => d.Code == DiagnosticCodes.EasyReadPageTooLong).Message);
    }
}
