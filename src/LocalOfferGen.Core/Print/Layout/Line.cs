namespace LocalOfferGen.Print.Layout;

/// <summary>Part of a line in one face and link, at <see cref="X"/> points from the line's start.</summary>
public sealed record Fragment(string Text, TextFace Face, string? Link, double X, double Width);

/// <summary>One set line. <see cref="TooWide"/> marks a line holding a single word wider than the measure.</summary>
public sealed record Line(IReadOnlyList<Fragment> Fragments, double Width, bool TooWide)
{
    public string Text => string.Concat(Fragments.Select(f => f.Text));

    /// <summary>The line ended between words, at a space or a forced line break (not after a slash inside an address):
    /// a space is drawn at its end, so text extracted from the PDF keeps the words apart.</summary>
    public bool BreaksAtSpace { get; init; }

    /// <summary>The line holds part of a word too wide for any line, broken where the line ends (see
    /// <see cref="LineBreaker"/>'s <c>breakAnywhere</c>).</summary>
    public bool BreaksWord { get; init; }
}
