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
                    var children = new List<Inline>();
                    for (var child = inline.FirstChild; child is not null; child = child.NextSibling) children.Add(child);
                    for (var i = children.Count - 1; i >= 0; i--) stack.Push((children[i], depth + 1));
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
        return System.Text.RegularExpressions.Regex.Replace(text.ToString(), @"\s+", " ").Trim();
    }
}
