namespace LocalOfferGen.Theming;

/// <summary>HTML a template has just rendered into a pooled buffer (a page's main part, put inside the base
/// layout), written into the next template's output without becoming a string first.</summary>
internal sealed class RenderedHtml(PooledTextOutput output)
{
    public PooledTextOutput Output { get; } = output;

    public override string ToString() => Output.Text.ToString();
}
