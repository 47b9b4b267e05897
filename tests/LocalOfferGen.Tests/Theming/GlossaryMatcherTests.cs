using LocalOfferGen.Model;
using LocalOfferGen.Theming;

namespace LocalOfferGen.Tests.Theming;

public class GlossaryMatcherTests
{
    private static readonly GlossaryEntry Plan = new("ehc-plan", "EHC plan", ["EHCP"], "A legal document.");
    private static readonly GlossaryEntry Send = new("send", "SEND", [], "Special educational needs and disabilities.");

    [Fact]
    public void The_longest_name_wins_and_each_term_is_found_once()
    {
        var matcher = new GlossaryMatcher([Plan, Send]);
        var text = "Your EHC plan and your EHCP.";
        var first = matcher.NextNew(text)!.Value;
        Assert.Equal((5, 8, "ehc-plan"), (first.Index, first.Length, first.Entry.Id));
        Assert.Null(matcher.NextNew(text, first.Index + first.Length));
    }

    [Fact]
    public void Acronyms_match_only_in_capitals()
    {
        var matcher = new GlossaryMatcher([Send]);
        Assert.Null(matcher.NextNew("Please send us the form."));
        Assert.Equal("send", matcher.NextNew("Children with SEND.")!.Value.Entry.Id);
    }

    [Fact]
    public void Other_terms_match_in_any_case_but_only_as_whole_words()
    {
        var matcher = new GlossaryMatcher([Plan]);
        Assert.Null(matcher.NextNew("THEHC planner"));
        Assert.NotNull(matcher.NextNew("an ehc plan"));
        Assert.Equal([Plan], matcher.Used);
    }
}
