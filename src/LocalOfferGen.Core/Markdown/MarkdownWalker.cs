using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace LocalOfferGen.Markdown;

/// <summary>Walks a Markdown tree without recursion, so a document nested thousands of levels deep
/// cannot overflow the stack.</summary>
public static class MarkdownWalker
{
    /// <summary>Every block and inline, in document order, with its nesting depth.</summary>
    public static IEnumerable<(MarkdownObject Node, int Depth)> Descendants(MarkdownObject root)
    {
        var stack = new Stack<(MarkdownObject, int)>();
        stack.Push((root, 0));
        while (stack.Count > 0)
        {
            var (node, depth) = stack.Pop();
            if (!ReferenceEquals(node, root)) yield return (node, depth);
            switch (node)
            {
                case ContainerBlock container:
                    for (var i = container.Count - 1; i >= 0; i--) stack.Push((container[i], depth + 1));
                    break;
                case LeafBlock { Inline: not null } leaf:
                    stack.Push((leaf.Inline, depth + 1));
                    break;
                case ContainerInline inline:
                    for (var child = inline.LastChild; child is not null; child = child.PreviousSibling) stack.Push((child, depth + 1));
                    break;
            }
        }
    }

    public static IEnumerable<T> All<T>(MarkdownObject root) where T : MarkdownObject
    {
        foreach (var (node, _) in Descendants(root))
            if (node is T match) yield return match;
    }

    /// <summary>The plain words of a node: what a reader hears, without markup.</summary>
    public static string PlainText(MarkdownObject node)
    {
        var text = new System.Text.StringBuilder();
        foreach (var (child, _) in Descendants(node))
        {
            switch (child)
            {
                case LiteralInline literal: text.Append(literal.Content.AsSpan()); break;
                case CodeInline code: text.Append(code.Content); break;
                case LineBreakInline: text.Append(' '); break;
                case ParagraphBlock or HeadingBlock when text.Length > 0 && text[^1] != ' ': text.Append(' '); break;
                // A video's words are its title and transcript (a transcript holds no video, so this stops here).
                case VideoBlock video: text.Append(' ').Append(video.Title).Append(". ").Append(PlainText(video.Transcript.Document)).Append(' '); break;
            }
        }
        return CollapseWhiteSpace(text);
    }

    /// <summary>Each run of white space as one space, none at either end: what a regex replace of \s+ and a
    /// trim give, without their copies (this runs over every paragraph of every page).</summary>
    private static string CollapseWhiteSpace(System.Text.StringBuilder builder)
    {
        var text = builder.ToString();
        if (!NeedsCollapsing(text)) return text;
        var buffer = System.Buffers.ArrayPool<char>.Shared.Rent(text.Length);
        var write = 0;
        var pendingSpace = false;
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c)) { pendingSpace = write > 0; continue; }
            if (pendingSpace) { buffer[write++] = ' '; pendingSpace = false; }
            buffer[write++] = c;
        }
        var collapsed = new string(buffer, 0, write);
        System.Buffers.ArrayPool<char>.Shared.Return(buffer);
        return collapsed;
    }

    private static bool NeedsCollapsing(string text)
    {
        if (text.Length == 0) return false;
        if (char.IsWhiteSpace(text[0]) || char.IsWhiteSpace(text[^1])) return true;
        for (var i = 1; i < text.Length; i++)
            if (char.IsWhiteSpace(text[i]) && (text[i] != ' ' || text[i - 1] == ' ')) return true;
        return false;
    }
}
