namespace LocalOfferGen.Print.Layout;

/// <summary>Bold and italic: the faces a run of text can be set in.</summary>
public readonly record struct TextFace(bool Bold, bool Italic)
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
