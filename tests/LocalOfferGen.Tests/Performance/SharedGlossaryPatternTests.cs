using LocalOfferGen.Model;
using LocalOfferGen.Theming;

namespace LocalOfferGen.Tests.Performance;

/// <summary>The glossary's pattern is built once and shared by every page's matcher; what each page has
/// already explained must stay its own.</summary>
public class SharedGlossaryPatternTests
{
    private static readonly IReadOnlyList<GlossaryEntry> Glossary =
        [new("ehc-plan", "EHC plan", ["EHCP"], "A legal document."), new("send", "SEND", [], "Special educational needs and disabilities.")];

    [Fact]
    public void Each_page_explains_a_term_once_whatever_other_pages_did()
    {
        var first = new GlossaryMatcher(Glossary);
        var second = new GlossaryMatcher(Glossary);
        Assert.NotNull(first.NextNew("Your EHC plan."));
        Assert.Null(first.NextNew("Your EHC plan again."));
        Assert.Equal("ehc-plan", second.NextNew("An EHCP.")!.Value.Entry.Id);
        Assert.Equal(["ehc-plan"], second.Used.Select(e => e.Id));
    }

    [Fact]
    public void A_term_broken_over_a_line_or_spaces_is_still_found()
    {
        var matcher = new GlossaryMatcher(Glossary);
        var text = "Ask for an EHC\n  plan today.";
        var found = matcher.NextNew(text)!.Value;
        Assert.Equal(("ehc-plan", "EHC\n  plan"), (found.Entry.Id, text.Substring(found.Index, found.Length)));
    }

    [Fact]
    public void Matchers_on_many_threads_give_the_same_answers()
    {
        var results = new string[200];
        Parallel.For(0, results.Length, i =>
        {
            var matcher = new GlossaryMatcher(Glossary);
            var text = $"Page {i}: children with SEND and an EHC plan, then SEND again.";
            var found = new List<string>();
            for (var at = matcher.NextNew(text); at is { } m; at = matcher.NextNew(text, m.Index + m.Length))
                found.Add($"{m.Entry.Id}@{m.Index - text.IndexOf(':')}");
            results[i] = string.Join(",", found);
        });
        Assert.All(results, r => Assert.Equal("send@16,ehc-plan@28", r));
    }
}
