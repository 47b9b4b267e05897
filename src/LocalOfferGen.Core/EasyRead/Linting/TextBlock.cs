using System.Text;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using LocalOfferGen.Markdown;

using SourceSpan = LocalOfferGen.Diagnostics.SourceSpan;

namespace LocalOfferGen.EasyRead.Linting;

/// <summary>The words of one heading or paragraph as a reader meets them (no markup, no pictures), with the
/// file line and column of every character, so a rule can point at the exact word it means.</summary>
internal sealed class TextBlock
{
    private readonly string _path;
    private readonly (int Line, int Column)[] _positions;
    private IReadOnlyList<Sentence>? _sentences;

    private TextBlock(LeafBlock block, string text, (int, int)[] positions, string path)
    {
        Block = block;
        Text = text;
        _positions = positions;
        _path = path;
    }

    /// <summary>The heading or paragraph this text comes from.</summary>
    public LeafBlock Block { get; }

    /// <summary>The plain text, on one line: line breaks inside the block are spaces.</summary>
    public string Text { get; }

    public IReadOnlyList<Sentence> Sentences => _sentences ??= SentenceSplitter.Split(Text);

    /// <summary>Where the character at <paramref name="index"/> of <see cref="Text"/> is in the file.</summary>
    public SourceSpan SpanAt(int index)
    {
        if (_positions.Length == 0) return new SourceSpan(_path, 0, 0);
        var (line, column) = _positions[Math.Clamp(index, 0, _positions.Length - 1)];
        return new SourceSpan(_path, line, column);
    }

    /// <summary>Reads the text of a heading or paragraph. <paramref name="lineOffset"/> is the number of file
    /// lines before the Markdown's first line; Markdig counts lines and columns from 0.</summary>
    public static TextBlock Read(LeafBlock block, string path, int lineOffset)
    {
        var text = new StringBuilder();
        var positions = new List<(int, int)>();
        void Append(string value, int line, int column, bool advance)
        {
            for (var k = 0; k < value.Length; k++)
            {
                text.Append(value[k]);
                positions.Add((line + 1 + lineOffset, column + 1 + (advance ? k : 0)));
            }
        }

        if (block.Inline is { } inlines)
        {
            var skipBelow = int.MaxValue; // inside a picture: its alt text is not read as part of the row
            foreach (var (node, depth) in MarkdownWalker.Descendants(inlines))
            {
                if (depth > skipBelow) continue;
                skipBelow = int.MaxValue;
                switch (node)
                {
                    case LinkInline { IsImage: true }:
                        skipBelow = depth;
                        break;
                    case LiteralInline literal:
                        Append(literal.Content.ToString(), literal.Line, literal.Column, advance: true);
                        break;
                    case HtmlEntityInline entity:
                        Append(entity.Transcoded.ToString(), entity.Line, entity.Column, advance: false);
                        break;
                    case CodeInline code:
                        Append(code.Content, code.Line, code.Column, advance: false);
                        break;
                    case AutolinkInline link:
                        Append(link.Url, link.Line, link.Column, advance: false);
                        break;
                    case LineBreakInline lineBreak:
                        Append(" ", lineBreak.Line, lineBreak.Column, advance: false);
                        break;
                }
            }
        }
        return new TextBlock(block, text.ToString(), positions.ToArray(), path);
    }
}
