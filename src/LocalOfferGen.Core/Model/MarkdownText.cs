using Markdig.Syntax;

namespace LocalOfferGen.Model;

/// <summary>Markdown parsed once at load time and shared by every format. Links and images in
/// <see cref="Document"/> are already rewritten to site paths (<c>/education/post-16/</c>,
/// <c>/images/x.png</c>) and unsafe HTML is already removed. Formats must treat the tree as read-only.</summary>
public sealed class MarkdownText(string source, MarkdownDocument document, int lineOffset = 0)
{
    public string Source { get; } = source;
    public MarkdownDocument Document { get; } = document;
    /// <summary>The lines of the file before this Markdown's first line (the front matter, or the lines
    /// above a YAML value), so that Markdig's 0-based line <c>n</c> is line <c>n + 1 + LineOffset</c> of the file.</summary>
    public int LineOffset { get; } = lineOffset;
    public bool IsEmpty => Document.Count == 0;
}
