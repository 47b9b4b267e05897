namespace LocalOfferGen.Print.Layout;

/// <summary>Bold and italic: the faces a run of text can be set in. <see cref="Font"/> is the place in the font
/// chain of the family that draws it: 0, the text face, unless a character needed a fallback face.</summary>
public readonly record struct TextFace(bool Bold, bool Italic, int Font = 0)
{
    public static TextFace Regular => default;
    public static TextFace BoldFace => new(true, false);
}

/// <summary>A stretch of text in one face. <see cref="Link"/> is an absolute address the text opens when clicked.
/// A run whose text is "\n" is a forced line break.</summary>
public sealed record Run(string Text, TextFace Face = default, string? Link = null)
{
    public const string LineBreak = "\n";
    public static Run Bold(string text) => new(text, TextFace.BoldFace);
}

/// <summary>Measures text. The PDF writer measures with the real font; tests use a fixed-width stand-in.</summary>
public interface ITextMeasurer
{
    double Width(string text, TextFace face, double size);
}

/// <summary>Splits runs so each is drawn by a face that has every one of its characters (setting
/// <see cref="TextFace.Font"/>), leaving out, and reporting, characters that no face has.</summary>
public interface IFaceFallback
{
    IReadOnlyList<Run> Split(IReadOnlyList<Run> runs, BlockSource source);
}
