namespace LocalOfferGen.EasyRead.Linting;

/// <summary>One sentence of a text: where it starts in that text, and its words as written.</summary>
public readonly record struct Sentence(int Start, string Text)
{
    public int WordCount => Words.Count(Text);
}
