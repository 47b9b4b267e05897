using LocalOfferGen.Diagnostics;
using LocalOfferGen.Markdown;
using LocalOfferGen.Model;
using Markdig.Syntax;

using SourceSpan = LocalOfferGen.Diagnostics.SourceSpan;

namespace LocalOfferGen.EasyRead.Linting;

/// <summary>One easy-read page as the rules see it: its Markdown, the text of each heading and paragraph,
/// the glossary, and where to report what they find.</summary>
internal sealed class LintedPage
{
    private readonly DiagnosticBag _diagnostics;

    public LintedPage(EasyReadPage page, GlossaryFinder glossary, DiagnosticBag diagnostics)
    {
        _diagnostics = diagnostics;
        Path = page.Source.Path;
        Document = page.Body.Document;
        LineOffset = page.Body.LineOffset;
        Glossary = glossary;
        TextBlocks = MarkdownWalker.All<LeafBlock>(Document)
            .Where(b => b is HeadingBlock or ParagraphBlock)
            .Select(b => TextBlock.Read(b, Path, LineOffset))
            .ToList();
    }

    /// <summary>The file, as diagnostics show it.</summary>
    public string Path { get; }
    public MarkdownDocument Document { get; }
    public int LineOffset { get; }
    public GlossaryFinder Glossary { get; }

    /// <summary>Every heading and paragraph, in reading order.</summary>
    public IReadOnlyList<TextBlock> TextBlocks { get; }

    /// <summary>The file position of a Markdown node (Markdig counts from 0, and from the body's first line).</summary>
    public SourceSpan SpanOf(MarkdownObject node) => new(Path, node.Line + 1 + LineOffset, node.Column + 1);

    public void Warn(string code, SourceSpan at, string message) => _diagnostics.Warning(code, at, message);
}
