namespace LocalOfferGen.Theming;

/// <summary>HTML that is already safe (rendered and cleaned Markdown, or a partial). Templates write it as
/// it is; every other value is escaped.</summary>
public sealed record HtmlString(string Value)
{
    public static readonly HtmlString Empty = new("");
    public override string ToString() => Value;
}
