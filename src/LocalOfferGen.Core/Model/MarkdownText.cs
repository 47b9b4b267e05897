using Markdig.Syntax;

namespace LocalOfferGen.Model;

/// <summary>Markdown parsed once at load time and shared by every format. Links and images in
/// <see cref="Document"/> are already rewritten to site paths (<c>/education/post-16/</c>,
/// <c>/images/x.png</c>) and unsafe HTML is already removed. Formats must treat the tree as read-only.</summary>
public sealed class MarkdownText(string source, MarkdownDocument document, int lineOffset = 0)
{
    public string Source { get; } = source;
    public MarkdownDocument Document { get; } = document;
    public bool IsEmpty => Document.Count == 0;

    /// <summary>Lines of the file before the Markdown starts: a node's line in the file is
    /// <c>node.Line + 1 + LineOffset</c> (Markdig counts from 0).</summary>
    public int LineOffset { get; } = lineOffset;
}
