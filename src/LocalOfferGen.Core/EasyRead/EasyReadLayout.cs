using LocalOfferGen.Model;
using LocalOfferGen.Theming;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace LocalOfferGen.EasyRead;

/// <summary>Splits an easy-read page into parts (at its headings) and rows: a paragraph that begins with a
/// picture is a row with the picture on the left and the words on the right. Other blocks become rows
/// without a picture (the easy-read linter warns about them). Shared by every easy-read output.</summary>
public static class EasyReadLayout
{
    public sealed record Part(string? Heading, string? Id, IReadOnlyList<Row> Rows);

    /// <summary>One row: <see cref="Image"/> is the leading picture (its site path and alt text), <see cref="Words"/> the rest.</summary>
    public sealed record Row(LinkInline? Image, IReadOnlyList<MarkdownObject> Words);

    public static IReadOnlyList<Part> Parts(EasyReadPage page)
    {
        var parts = new List<Part>();
        string? heading = null, id = null;
        var rows = new List<Row>();
        foreach (var block in page.Body.Document)
        {
            if (block is HeadingBlock h)
            {
                if (heading is not null || rows.Count > 0) parts.Add(new Part(heading, id, rows));
                heading = Markdown.MarkdownWalker.PlainText(h);
                id = h.GetAttributes().Id;
                rows = [];
                continue;
            }
            rows.Add(RowOf(block));
        }
        if (heading is not null || rows.Count > 0) parts.Add(new Part(heading, id, rows));
        return parts;
    }

    private static Row RowOf(Block block)
    {
        if (block is ParagraphBlock { Inline.FirstChild: LinkInline { IsImage: true } image } paragraph)
        {
            var words = new List<MarkdownObject>();
            for (var inline = image.NextSibling; inline is not null; inline = inline.NextSibling) words.Add(inline);
            return new Row(image, words);
        }
        return new Row(null, [block]);
    }

    /// <summary>The alt text of a picture: the words inside its brackets.</summary>
    public static string AltText(LinkInline image) => Markdown.MarkdownWalker.PlainText(image);
}
