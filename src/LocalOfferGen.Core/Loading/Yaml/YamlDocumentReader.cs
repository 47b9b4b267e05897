using LocalOfferGen.Diagnostics;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace LocalOfferGen.Loading.Yaml;

/// <summary>Parses YAML text into <see cref="YamlNode"/>s with file positions, using YamlDotNet's
/// event parser. Aliases share the anchored node (no copies), and a document whose aliases would
/// expand past <see cref="MaxExpandedNodes"/> values is refused before anyone walks it, so an
/// alias bomb costs milliseconds and no memory.</summary>
public static class YamlDocumentReader
{
    public const int MaxExpandedNodes = 100_000;

    /// <summary>Lists and sets of keys nested deeper than this are refused: no content needs it, and the
    /// reader must not recurse without bound.</summary>
    public const int MaxDepth = 64;

    /// <param name="lineOffset">Lines that stand before the YAML in the file (the front-matter fence).</param>
    public static YamlNode? Read(string text, string path, int lineOffset, DiagnosticBag diagnostics)
    {
        var parser = new Parser(new StringReader(text));
        var anchors = new Dictionary<string, (YamlNode Node, long Size)>(StringComparer.Ordinal);
        try
        {
            parser.Consume<StreamStart>();
            if (parser.Accept<StreamEnd>(out _)) return null;
            parser.Consume<DocumentStart>();
            if (parser.Accept<DocumentEnd>(out _)) return null;
            var (root, _) = ReadNode(parser, path, lineOffset, anchors, 0);
            parser.Consume<DocumentEnd>();
            if (!parser.Accept<StreamEnd>(out _))
            {
                diagnostics.Error(DiagnosticCodes.YamlSyntax, At(path, lineOffset, parser.Current!.Start),
                    "only one YAML document is allowed here; remove the extra '---' line");
                return null;
            }
            return root;
        }
        catch (TooDeepException e)
        {
            diagnostics.Error(DiagnosticCodes.NestedTooDeeply, e.At,
                $"the YAML here is nested more than {MaxDepth} levels deep (lists or sets of keys inside each other); flatten it");
            return null;
        }
        catch (TooLargeException e)
        {
            diagnostics.Error(DiagnosticCodes.YamlTooLarge, e.At,
                $"the YAML aliases here would expand to more than {MaxExpandedNodes:N0} values; write the values out instead of repeating anchors");
            return null;
        }
        catch (YamlException e)
        {
            var (at, message) = DescribeYamlError(e, text, path, lineOffset);
            diagnostics.Error(DiagnosticCodes.YamlSyntax, at, message);
            return null;
        }
        catch (Exception e) when (e is InvalidOperationException or ArgumentException)
        {
            // YamlDotNet fails this way, instead of with a YamlException, on some malformed input (found by
            // fuzzing: "b: [*a, *--" followed by more lines; a value "!!a]" read as a tag). Still a syntax error.
            var at = parser.Current is { } last ? At(path, lineOffset, last.End) : new SourceSpan(path, lineOffset + 1, 1);
            diagnostics.Error(DiagnosticCodes.YamlSyntax, at,
                "this is not valid YAML near here: check that every '[' has its ']' and every '{' its '}', and put a value " +
                "that starts with '!', '&', '*', '[' or '{' in quotes");
            return null;
        }
        catch (InvalidOperationException)
        {
            // YamlDotNet's scanner gives up this way on some unfinished input, such as an unclosed [ at the end.
            var at = parser.Current?.Start ?? Mark.Empty;
            diagnostics.Error(DiagnosticCodes.YamlSyntax, At(path, lineOffset, at),
                "this is not valid YAML: a list or set of keys that starts here is never closed (a missing ] or })");
            return null;
        }
    }

    private static (YamlNode Node, long Size) ReadNode(
        IParser parser, string path, int offset, Dictionary<string, (YamlNode, long)> anchors, int depth)
    {
        var ev = parser.Consume<ParsingEvent>();
        if (depth > MaxDepth) throw new TooDeepException(At(path, offset, ev.Start));
        switch (ev)
        {
            case AnchorAlias alias:
                if (!anchors.TryGetValue(alias.Value.Value, out var target))
                    throw new YamlException(alias.Start, alias.End, $"the alias *{alias.Value} names no anchor");
                return target;

            case Scalar scalar:
                return Remember(scalar.Anchor,
                    new YamlScalar(ScalarSpan(path, offset, scalar), scalar.Value, scalar.Style == ScalarStyle.Plain), 1, anchors);

            case SequenceStart start:
            {
                var items = new List<YamlNode>();
                long size = 1;
                while (!parser.TryConsume<SequenceEnd>(out _))
                {
                    var (item, itemSize) = ReadNode(parser, path, offset, anchors, depth + 1);
                    items.Add(item);
                    size = Grow(size, itemSize, path, offset, start.Start);
                }
                return Remember(start.Anchor, new YamlSequence(At(path, offset, start.Start), items), size, anchors);
            }

            case MappingStart start:
            {
                var entries = new List<KeyValuePair<YamlScalar, YamlNode>>();
                long size = 1;
                while (!parser.TryConsume<MappingEnd>(out _))
                {
                    var keyEvent = parser.Current!;
                    var (key, _) = ReadNode(parser, path, offset, anchors, depth + 1);
                    var (value, valueSize) = ReadNode(parser, path, offset, anchors, depth + 1);
                    var keyScalar = key as YamlScalar
                        ?? throw new YamlException(keyEvent.Start, keyEvent.End, "a key must be a word, not a list or a set of keys");
                    entries.Add(new(keyScalar, value));
                    size = Grow(size, valueSize + 1, path, offset, start.Start);
                }
                return Remember(start.Anchor, new YamlMapping(At(path, offset, start.Start), entries), size, anchors);
            }

            default:
                throw new YamlException(ev.Start, ev.End, $"unexpected {ev.GetType().Name}");
        }
    }

    private static long Grow(long size, long add, string path, int offset, Mark at)
    {
        var total = size + add;
        if (total > MaxExpandedNodes) throw new TooLargeException(At(path, offset, at));
        return total;
    }

    private static (YamlNode, long) Remember(AnchorName anchor, YamlNode node, long size,
        Dictionary<string, (YamlNode, long)> anchors)
    {
        if (!anchor.IsEmpty) anchors[anchor.Value] = (node, size);
        return (node, size);
    }

    /// <summary>A block value (<c>|</c> or <c>&gt;</c>) starts on the line after its indicator, so Markdown
    /// in it counts its lines from there.</summary>
    private static SourceSpan ScalarSpan(string path, int lineOffset, Scalar scalar) =>
        scalar.Style is ScalarStyle.Literal or ScalarStyle.Folded
            ? new SourceSpan(path, (int)scalar.Start.Line + 1 + lineOffset, 1)
            : At(path, lineOffset, scalar.Start);

    internal static SourceSpan At(string path, int lineOffset, Mark mark) =>
        new(path, (int)mark.Line + lineOffset, (int)mark.Column);

    private static (SourceSpan At, string Message) DescribeYamlError(YamlException e, string text, string path, int lineOffset)
    {
        var message = (e.InnerException?.Message ?? e.Message).Trim();
        // YamlDotNet prefixes its own position "(Line: 3, Col: 1, Idx: 20) - (...): "; we print ours.
        var cut = message.LastIndexOf("): ", StringComparison.Ordinal);
        if (message.StartsWith("(Line", StringComparison.Ordinal) && cut > 0) message = message[(cut + 3)..];
        var advice = YamlErrorAdvice.Explain(text, (int)e.Start.Line, (int)e.Start.Column, message);
        return (new SourceSpan(path, advice.Line + lineOffset, advice.Column), advice.Message);
    }

    private sealed class TooDeepException(SourceSpan at) : Exception
    {
        public SourceSpan At { get; } = at;
    }

    private sealed class TooLargeException(SourceSpan at) : Exception
    {
        public SourceSpan At { get; } = at;
    }
}
