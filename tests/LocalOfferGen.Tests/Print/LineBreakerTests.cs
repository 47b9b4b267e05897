using LocalOfferGen.Print.Layout;

namespace LocalOfferGen.Tests.Print;

public class LineBreakerTests
{
    private static readonly FixedWidthMeasurer Measurer = new();

    // At 10 pt each character is 5 pt wide, so a 100 pt line holds 20 characters.
    private static IReadOnlyList<Line> Break(double width, params Run[] runs) => LineBreaker.Break(runs, 10, width, Measurer);

    [Fact]
    public void Lines_break_between_words_and_never_inside_one()
    {
        var lines = Break(100, new Run("The council must publish a short breaks statement"));
        Assert.Equal(["The council must", "publish a short", "breaks statement"], lines.Select(l => l.Text));
        Assert.All(lines, l => Assert.True(l.Width <= 100));
    }

    [Fact]
    public void A_word_wider_than_the_line_is_kept_whole_and_marked()
    {
        var lines = Break(50, new Run("a supercalifragilistic word"));
        Assert.Equal(["a", "supercalifragilistic", "word"], lines.Select(l => l.Text));
        Assert.True(lines[1].TooWide);
        Assert.False(lines[0].TooWide);
    }

    [Fact]
    public void With_break_anywhere_a_word_wider_than_the_line_breaks_where_the_line_ends()
    {
        var lines = LineBreaker.Break([new Run("a supercalifragilistic word")], 10, 50, Measurer, breakAnywhere: true);
        Assert.Equal(["a", "supercalif", "ragilistic", "word"], lines.Select(l => l.Text));
        Assert.All(lines, l => Assert.False(l.TooWide));
        Assert.Equal([false, true, true, false], lines.Select(l => l.BreaksWord));
        // Only the lines ending between words draw a space at their end.
        Assert.Equal([true, false, true, false], lines.Select(l => l.BreaksAtSpace));
    }

    [Fact]
    public void A_long_web_address_breaks_after_a_slash()
    {
        var lines = Break(150, new Run("Read more: localoffer.example.gov.uk/ehc-plans/asking-for-an-assessment/"));
        Assert.Equal("Read more:", lines[0].Text);
        Assert.Equal("localoffer.example.gov.uk/ehc-plans/asking-for-an-assessment/", string.Concat(lines.Skip(1).Select(l => l.Text)));
        Assert.All(lines.Skip(1), l => Assert.EndsWith("/", l.Text));
    }

    [Fact]
    public void Bold_and_linked_runs_keep_their_face_and_position()
    {
        var lines = Break(400, Run.Bold("Phone:"), new Run(" 01234 567890", default, "tel:01234567890"));
        var line = Assert.Single(lines);
        Assert.Equal(2, line.Fragments.Count);
        Assert.Equal("Phone: ", line.Fragments[0].Text);
        Assert.True(line.Fragments[0].Face.Bold);
        Assert.Equal("01234 567890", line.Fragments[1].Text);
        Assert.Equal("tel:01234567890", line.Fragments[1].Link);
        Assert.Equal(line.Fragments[0].X + line.Fragments[0].Width, line.Fragments[1].X, 3);
    }

    [Fact]
    public void A_hard_break_starts_a_new_line()
    {
        var lines = Break(400, new Run("County Hall"), new Run(Run.LineBreak), new Run("Exampletown"));
        Assert.Equal(["County Hall", "Exampletown"], lines.Select(l => l.Text));
    }

    [Fact]
    public void Spaces_are_not_counted_at_line_ends()
    {
        var lines = Break(55, new Run("aaaaa bbbbb ccccc"));
        Assert.Equal(["aaaaa bbbbb", "ccccc"], lines.Select(l => l.Text));
    }
}
