using LocalOfferGen.Diagnostics;
using LocalOfferGen.Print.Layout;

namespace LocalOfferGen.Tests.Print;

public class FlowLayoutTests
{
    // A fixed scale for these sums (the leaflets' own may change): paragraph lines 14.5 pt, heading lines 17 pt with 9 pt before and 3 pt after.
    private static readonly TypeScale Scale = TypeScale.Leaflet with
    {
        Subheading = new(12, TextFace.BoldFace, 15, 6, 2, KeepWithNext: true),
        Paragraph = new(11, TextFace.Regular, 14.5, 0, 6),
        ListItem = new(11, TextFace.Regular, 14.5, 0, 2.5),
    };
    private static readonly FlowLayout Flow = new(Scale, new FixedWidthMeasurer());
    private const double Width = 110; // 20 characters of 11 pt text

    private static BlockSource Source(string name, int line = 1) => new(name, new SourceSpan("content/leaflets/x.yml", line, 5));

    private static TextBlock Paragraph(string section, int words) =>
        new(TextRole.Paragraph, [new Run(string.Join(' ', Enumerable.Repeat("word", words)))], Source(section));

    private static TextBlock Heading(string text) => new(TextRole.Heading, [new Run(text)], Source(text));

    [Fact]
    public void A_heading_is_measured_in_the_bold_it_is_drawn_in()
    {
        // 14 pt: "abcd abcd abcd" is 14 characters, 98 pt in regular (fits 110 pt) but 117.6 pt in bold (does not).
        var lines = Flow.LinesOf(Heading("abcd abcd abcd"), Width);
        Assert.Equal(2, lines.Count);
        Assert.All(lines.SelectMany(l => l.Fragments), f => Assert.True(f.Face.Bold));
        Assert.Equal(9 * 14 * 0.6, lines[0].Width, 3);
    }

    [Fact]
    public void Content_that_fits_is_placed_in_order_in_the_first_frame()
    {
        var result = Flow.Layout([Heading("One"), Paragraph("One", 8)], new FrameSet(Width, [500]));
        Assert.Null(result.Overflow);
        Assert.Equal([0, 0], result.Placements.Select(p => p.Frame));
        Assert.True(result.Placements[1].Y >= result.Placements[0].Y + result.Placements[0].Height);
    }

    [Fact]
    public void A_heading_at_the_foot_of_a_frame_moves_on_with_its_text()
    {
        // The first paragraph fills all but about 30 pt: room for the heading but not for it and two lines.
        var first = Paragraph("Start", 4 * 6);
        var result = Flow.Layout([first, Heading("Next"), Paragraph("Next", 8)], new FrameSet(Width, [6 * 14.5 + 6 + 30, 500]));
        Assert.Null(result.Overflow);
        var heading = result.Placements.Single(p => p.Block is TextBlock { Role: TextRole.Heading });
        Assert.Equal(1, heading.Frame);
        Assert.Equal(0, heading.Y);
    }

    [Fact]
    public void A_chain_kept_with_the_next_block_moves_on_together()
    {
        // A page section: heading, summary (kept with the next) and its address. Room for the heading and the
        // summary but not the address: all three move, rather than leave the address alone on the next page.
        var summary = new TextBlock(TextRole.Paragraph, [new Run("word word word word")], Source("Page"), KeepWithNext: true);
        var address = new TextBlock(TextRole.Paragraph, [new Run("Read more")], Source("Page"));
        var result = Flow.Layout([Paragraph("Start", 4), Heading("Page"), summary, address], new FrameSet(Width, [20.5 + 9 + 17 + 3 + 14.5 + 6 + 5, 500]));
        Assert.Null(result.Overflow);
        Assert.Equal([0, 1, 1, 1], result.Placements.Select(p => p.Frame));
    }

    [Fact]
    public void A_paragraph_splits_between_frames_leaving_at_least_two_lines_each_side()
    {
        var paragraph = Paragraph("Long", 4 * 10); // 10 lines
        var result = Flow.Layout([paragraph], new FrameSet(Width, [9 * 14.5, 500]));
        Assert.Null(result.Overflow);
        Assert.Equal(2, result.Placements.Count);
        Assert.Equal(8, result.Placements[0].Lines.Count);
        Assert.Equal(2, result.Placements[1].Lines.Count);
        Assert.True(result.Placements[1].Continued);
    }

    [Fact]
    public void A_row_is_never_split()
    {
        var picture = new PictureBlock(new LocalOfferGen.Pictures.Picture("/images/x.png", "x.png", LocalOfferGen.Pictures.PictureFormat.Png, 40, 40, false, null), "A picture", 40, 40, Source("Row"));
        var row = new RowBlock(picture, [new Run(string.Join(' ', Enumerable.Repeat("word", 4)))], Source("Row"));
        var result = Flow.Layout([Paragraph("Start", 4), row], new FrameSet(Width, [14.5 + 30, 500]));
        var placed = result.Placements.Single(p => p.Block is RowBlock);
        Assert.Equal(1, placed.Frame);
    }

    [Fact]
    public void Overflow_names_the_section_and_how_much_space_is_missing()
    {
        var blocks = new Block[] { Heading("Fits"), Paragraph("Fits", 4), Heading("Too much"), Paragraph("Too much", 4 * 20) };
        var result = Flow.Layout(blocks, new FrameSet(Width, [200]));
        Assert.NotNull(result.Overflow);
        Assert.Equal("Too much", result.Overflow.Source.Name);
        Assert.Equal(1, result.Overflow.Source.At.Line);
        // 20 lines of 14.5 pt need 290 pt; the frame has far less room left.
        Assert.InRange(result.Overflow.MissingPoints, 100, 300);
    }

    [Fact]
    public void Text_is_never_shrunk_to_fit()
    {
        var result = Flow.Layout([Paragraph("Long", 4 * 20)], new FrameSet(Width, [100]));
        Assert.NotNull(result.Overflow);
        Assert.All(result.Placements, p => Assert.Equal(14.5 * p.Lines.Count, p.Height, 3));
    }

    [Fact]
    public void Repeating_frames_take_as_many_pages_as_needed()
    {
        var result = Flow.Layout([Paragraph("Long", 4 * 30)], new FrameSet(Width, [10 * 14.5], RepeatLast: true));
        Assert.Null(result.Overflow);
        Assert.Equal(3, result.FramesUsed);
    }
}
