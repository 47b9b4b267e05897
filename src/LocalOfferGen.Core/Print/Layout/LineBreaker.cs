namespace LocalOfferGen.Print.Layout;

/// <summary>Breaks runs of text into lines of at most a given width, between words (no hyphenation).
/// A word wider than the whole line, such as a long web address, may break after a slash instead; with
/// <c>breakAnywhere</c> a word still too wide breaks where the line ends, as a browser's <c>overflow-wrap</c> does.</summary>
public static class LineBreaker
{
    private sealed record Piece(string Text, TextFace Face, string? Link)
    {
        /// <summary>The piece is part of a word broken where the line ended (not at a space or slash).</summary>
        public bool Broken { get; init; }
    }

    /// <summary>A word, made of pieces that may differ in face (for example "**SEND**,"), and whether a space comes before it.</summary>
    private sealed record Word(List<Piece> Pieces, bool SpaceBefore);

    public static IReadOnlyList<Line> Break(IReadOnlyList<Run> runs, double size, double width, ITextMeasurer measurer, bool breakAnywhere = false)
    {
        var lines = new List<Line>();
        var current = new List<(Piece Piece, bool SpaceBefore)>();
        double currentWidth = 0;
        foreach (var word in SplitLongWords(Words(runs), size, width, measurer, breakAnywhere))
        {
            if (word is null)
            {
                lines.Add(Finish(current, size, width, measurer) with { BreaksAtSpace = true });
                current.Clear();
                currentWidth = 0;
                continue;
            }
            var wordWidth = word.Pieces.Sum(p => measurer.Width(p.Text, p.Face, size));
            var space = current.Count > 0 && word.SpaceBefore ? measurer.Width(" ", current[^1].Piece.Face, size) : 0;
            if (current.Count > 0 && currentWidth + space + wordWidth > width + 0.001)
            {
                lines.Add(Finish(current, size, width, measurer) with { BreaksAtSpace = word.SpaceBefore });
                current.Clear();
                currentWidth = 0;
                space = 0;
            }
            for (var i = 0; i < word.Pieces.Count; i++)
                current.Add((word.Pieces[i], i == 0 && space > 0));
            currentWidth += space + wordWidth;
        }
        if (current.Count > 0) lines.Add(Finish(current, size, width, measurer));
        return lines;
    }

    /// <summary>Words in reading order; null stands for a forced line break.</summary>
    private static IEnumerable<Word?> Words(IReadOnlyList<Run> runs)
    {
        Word? word = null;
        var spacePending = false;
        foreach (var run in runs)
        {
            if (run.Text == Run.LineBreak)
            {
                if (word is not null) yield return word;
                yield return null;
                word = null;
                spacePending = false;
                continue;
            }
            var text = Wording.KeepTogether.PhoneNumbersAndPostcodes(run.Text);
            var start = 0;
            for (var i = 0; i <= text.Length; i++)
            {
                var atEnd = i == text.Length;
                if (!atEnd && !IsBreakingSpace(text[i])) continue;
                if (i > start)
                {
                    // A no-break space holds the word together here and is drawn as a plain space, so copied text has one.
                    var piece = new Piece(text[start..i].Replace(Wording.KeepTogether.NoBreakSpace, ' '), run.Face, run.Link);
                    if (word is null) word = new Word([piece], spacePending);
                    else word.Pieces.Add(piece);
                    spacePending = false;
                }
                if (!atEnd)
                {
                    if (word is not null) yield return word;
                    word = null;
                    spacePending = true;
                }
                start = i + 1;
            }
        }
        if (word is not null) yield return word;
    }

    /// <summary>A space a line may break at: not a no-break space (U+00A0), figure space or narrow no-break space.</summary>
    private static bool IsBreakingSpace(char c) => char.IsWhiteSpace(c) && c is not ('\u00A0' or '\u2007' or '\u202F');

    /// <summary>Splits a word wider than the line after each slash, so web addresses wrap as people expect; with
    /// <paramref name="breakAnywhere"/>, a part still wider than the line is cut into parts that fit.</summary>
    private static IEnumerable<Word?> SplitLongWords(IEnumerable<Word?> words, double size, double width, ITextMeasurer measurer, bool breakAnywhere)
    {
        foreach (var word in words)
        {
            if (word is null || word.Pieces.Sum(p => measurer.Width(p.Text, p.Face, size)) <= width)
            {
                yield return word;
                continue;
            }
            var first = true;
            foreach (var piece in word.Pieces)
            {
                var start = 0;
                for (var i = 0; i <= piece.Text.Length; i++)
                {
                    if (i < piece.Text.Length && (piece.Text[i] != '/' || i + 1 == piece.Text.Length || piece.Text[i + 1] == '/')) continue;
                    var part = piece with { Text = piece.Text[start..Math.Min(i + 1, piece.Text.Length)] };
                    var cuts = breakAnywhere ? CutToWidth(part, size, width, measurer) : [part];
                    foreach (var cut in cuts)
                    {
                        yield return new Word([cut], first && word.SpaceBefore);
                        first = false;
                    }
                    start = i + 1;
                }
            }
        }
    }

    /// <summary>A piece cut, a character (text element) at a time, into parts no wider than the line, each holding at least one.</summary>
    private static List<Piece> CutToWidth(Piece piece, double size, double width, ITextMeasurer measurer)
    {
        if (measurer.Width(piece.Text, piece.Face, size) <= width) return [piece];
        var parts = new List<Piece>();
        var start = 0;
        double used = 0;
        for (var i = 0; i < piece.Text.Length;)
        {
            var length = System.Globalization.StringInfo.GetNextTextElementLength(piece.Text, i);
            var advance = measurer.Width(piece.Text.Substring(i, length), piece.Face, size);
            if (i > start && used + advance > width)
            {
                parts.Add(piece with { Text = piece.Text[start..i], Broken = true });
                start = i;
                used = 0;
            }
            used += advance;
            i += length;
        }
        parts.Add(piece with { Text = piece.Text[start..], Broken = true });
        return parts;
    }

    /// <summary>Joins neighbouring pieces of the same face and link into fragments and places them.</summary>
    private static Line Finish(List<(Piece Piece, bool SpaceBefore)> pieces, double size, double width, ITextMeasurer measurer)
    {
        var fragments = new List<Fragment>();
        var text = new System.Text.StringBuilder();
        Piece? style = null;
        double start = 0;
        foreach (var (piece, spaceBefore) in pieces)
        {
            var gap = spaceBefore;
            if (style is not null && (piece.Face != style.Face || piece.Link != style.Link))
            {
                // A space between differently styled words belongs to the first, unless that is a link.
                if (gap && style.Link is null) { text.Append(' '); gap = false; }
                var end = Flush();
                start = end + (gap ? measurer.Width(" ", style.Face, size) : 0);
                gap = false;
                style = null;
            }
            if (style is null) style = piece;
            if (gap) text.Append(' ');
            text.Append(piece.Text);
        }
        Flush();
        var lineWidth = fragments.Count == 0 ? 0 : fragments[^1].X + fragments[^1].Width;
        return new Line(fragments, lineWidth, lineWidth > width + 0.001) { BreaksWord = pieces.Any(p => p.Piece.Broken) };

        double Flush()
        {
            if (text.Length == 0 || style is null) return start;
            var t = text.ToString();
            var fragment = new Fragment(t, style.Face, style.Link, start, measurer.Width(t, style.Face, size));
            fragments.Add(fragment);
            text.Clear();
            return fragment.X + fragment.Width;
        }
    }
}
