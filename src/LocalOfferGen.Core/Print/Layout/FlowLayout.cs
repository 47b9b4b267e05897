namespace LocalOfferGen.Print.Layout;

/// <summary>The frames text flows through, in reading order: panels or pages, all one width.
/// With <see cref="RepeatLast"/> the last height repeats for as many frames as the content needs.</summary>
public sealed record FrameSet(double Width, IReadOnlyList<double> Heights, bool RepeatLast = false)
{
    public double HeightOf(int frame) => Heights[Math.Min(frame, Heights.Count - 1)];
    public bool Has(int frame) => RepeatLast || frame < Heights.Count;
}

/// <summary>A block, or the part of a text block's lines, set at <see cref="Y"/> points from the top of a frame.
/// <see cref="Lines"/> holds the lines placed here (for a row, its words); <see cref="Continued"/> says the
/// block began in an earlier frame.</summary>
public sealed record Placement(int Frame, double Y, double Height, Block Block, IReadOnlyList<Line> Lines, bool Continued);

/// <summary>The content did not fit: the section where it ran out and roughly how many points were missing.</summary>
public sealed record Overflow(BlockSource Source, double MissingPoints);

public sealed record FlowResult(IReadOnlyList<Placement> Placements, int FramesUsed, Overflow? Overflow);

/// <summary>Places blocks in frames top to bottom: headings stay with what follows them, paragraphs split
/// between lines (keeping at least two lines on each side), pictures, QR codes and easy-read rows never split.
/// Text is never made smaller to fit; if it does not fit the result says where and by how much.</summary>
public sealed class FlowLayout(TypeScale scale, ITextMeasurer measurer, IFaceFallback? fallback = null)
{
    private const int MinimumLinesAtBreak = 2;

    public TypeScale Scale => scale;

    /// <summary>Deeper list levels share this level's indent, so a list nested past what a page can show keeps a
    /// measure to read (Word's lists stop at nine levels for the same reason).</summary>
    public const int DeepestIndentedLevel = 5;

    /// <summary>A word too wide for any line breaks where the line ends, instead of being marked
    /// <see cref="Line.TooWide"/>: for documents that print every page, not one an editor lays out.</summary>
    public bool BreakLongWords { get; init; }

    /// <summary>The lines of a text block at a frame width, allowing for its list indent.</summary>
    public IReadOnlyList<Line> LinesOf(TextBlock block, double width)
    {
        var style = scale.For(block.Role);
        return LineBreaker.Break(Prepare(block.Runs, style.Face, block.Source), style.Size, width - IndentOf(block), measurer, BreakLongWords);
    }

    public double IndentOf(TextBlock block) =>
        block.Role is TextRole.ListItem or TextRole.Definition ? scale.ListIndent * (Math.Min(block.Depth, DeepestIndentedLevel) + 1) : 0;

    /// <summary>The words of a row, set beside its picture.</summary>
    public IReadOnlyList<Line> LinesOf(RowBlock row, double width) =>
        LineBreaker.Break(Prepare(row.Runs, scale.Paragraph.Face, row.Source), scale.Paragraph.Size,
            width - row.Picture.Width - scale.RowPictureGap, measurer, BreakLongWords);

    /// <summary>The runs in the faces they are drawn in: the role's bold or italic added to each run's own (so a
    /// heading is measured as bold), then each character in a face that has it.</summary>
    private IReadOnlyList<Run> Prepare(IReadOnlyList<Run> runs, TextFace roleFace, BlockSource source)
    {
        var styled = runs.Select(r => r.Text == Run.LineBreak ? r
            : r with { Face = r.Face with { Bold = r.Face.Bold || roleFace.Bold, Italic = r.Face.Italic || roleFace.Italic } }).ToList();
        return fallback is null ? styled : fallback.Split(styled, source);
    }

    /// <summary>The height the blocks take set one after another in a single tall frame.</summary>
    public double StackHeight(IReadOnlyList<Block> blocks, double width)
    {
        var result = Layout(blocks, new FrameSet(width, [double.MaxValue / 4]));
        return result.Placements.Count == 0 ? 0 : result.Placements.Max(p => p.Y + p.Height);
    }

    public FlowResult Layout(IReadOnlyList<Block> blocks, FrameSet frames)
    {
        var measured = blocks.Select(b => Measure(b, frames.Width)).ToList();
        var placements = new List<Placement>();
        int frame = 0;
        double y = 0;
        for (var i = 0; i < measured.Count; i++)
        {
            var m = measured[i];
            if (m.LineCount == 0) continue;
            if (m.KeepWithNext && y > 0 && (i == 0 || !measured[i - 1].KeepWithNext))
            {
                // A chain of blocks kept with the next (a heading, a summary) moves on together with the start of what follows.
                var last = i;
                while (last + 1 < measured.Count && measured[last].KeepWithNext) last++;
                var need = 0.0;
                for (var j = i; j < last; j++) need += measured[j].Before + measured[j].FirstPartHeight(int.MaxValue) + measured[j].After;
                need += measured[last].Before + measured[last].FirstPartHeight(MinimumLinesAtBreak);
                if (need > frames.HeightOf(frame) - y && !NextFrame()) return Overflowed(i, 0);
            }
            var line = 0;
            while (true)
            {
                var before = y > 0 ? m.Before : 0;
                var free = frames.HeightOf(frame) - y - before;
                var take = m.LinesThatFit(line, free, atTop: y == 0);
                if (take > 0)
                {
                    var lines = m.IsAtomic ? m.Lines : m.Lines.Skip(line).Take(take).ToList();
                    var height = m.IsAtomic ? m.AtomicHeight : take * m.LineHeight;
                    placements.Add(new Placement(frame, y + before, height, m.Block, lines, line > 0));
                    y += before + height;
                    line += take;
                    if (line >= m.LineCount) { y = Math.Min(y + m.After, frames.HeightOf(frame)); break; }
                }
                // Nothing fits even at the top of an empty frame: more frames would not help.
                if ((take == 0 && y == 0) || !NextFrame()) return Overflowed(i, line);
            }
        }
        return new FlowResult(placements, placements.Count == 0 ? 0 : placements[^1].Frame + 1, null);

        bool NextFrame()
        {
            if (!frames.Has(frame + 1)) return false;
            frame++;
            y = 0;
            return true;
        }

        FlowResult Overflowed(int index, int fromLine)
        {
            var m = measured[index];
            var needed = m.Before + m.RemainingHeight(fromLine) + m.After
                + measured.Skip(index + 1).Sum(n => n.Before + n.RemainingHeight(0) + n.After);
            var free = Math.Max(0, frames.HeightOf(frame) - y);
            return new FlowResult(placements, frame + 1, new Overflow(m.Block.Source, Math.Max(needed - free, 1)));
        }
    }

    private Measured Measure(Block block, double width)
    {
        switch (block)
        {
            case TextBlock text:
                var style = scale.For(text.Role);
                return new Measured(block, LinesOf(text, width), style.LineHeight, style.SpaceBefore, style.SpaceAfter,
                    style.KeepWithNext || text.KeepWithNext, Splittable: !style.KeepWithNext, AtomicHeight: 0);
            case RowBlock row:
                var lines = LinesOf(row, width);
                var height = Math.Max(row.Picture.Height, lines.Count * scale.Paragraph.LineHeight);
                return new Measured(block, lines, 0, 0, scale.BlockGap, false, false, height);
            case PictureBlock picture:
                return new Measured(block, [], 0, scale.BlockGap / 2, scale.BlockGap, false, false, picture.Height);
            case QrBlock qr:
                return new Measured(block, [], 0, scale.BlockGap / 2, scale.BlockGap / 2, false, false, qr.Size);
            default:
                throw new ArgumentException($"unknown block {block.GetType().Name}", nameof(block));
        }
    }

    /// <summary>A block ready to place: lines and spacing for text, one fixed height for everything else.</summary>
    private sealed record Measured(Block Block, IReadOnlyList<Line> Lines, double LineHeight, double Before, double After,
        bool KeepWithNext, bool Splittable, double AtomicHeight)
    {
        public bool IsAtomic => Block is not TextBlock;
        public int LineCount => IsAtomic ? 1 : Lines.Count;

        public double RemainingHeight(int fromLine) => IsAtomic ? AtomicHeight : (Lines.Count - fromLine) * LineHeight;

        public double FirstPartHeight(int lines) => IsAtomic ? AtomicHeight : Math.Min(lines, Lines.Count) * LineHeight;

        /// <summary>How many of the remaining lines to set in the free space (0: move on to the next frame).</summary>
        public int LinesThatFit(int from, double free, bool atTop)
        {
            if (IsAtomic) return AtomicHeight <= free + 0.001 ? 1 : 0;
            var remaining = Lines.Count - from;
            if (remaining == 0) return 0;
            var fit = (int)Math.Floor((free + 0.001) / LineHeight);
            if (fit >= remaining) return remaining;
            var take = Math.Min(fit, remaining - MinimumLinesAtBreak);
            if (Splittable && take >= MinimumLinesAtBreak) return take;
            // At the top of an empty frame something must go here, whatever the widow rule prefers.
            return atTop ? fit : 0;
        }
    }
}
