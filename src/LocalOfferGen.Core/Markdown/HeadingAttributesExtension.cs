using Markdig;
using Markdig.Extensions.GenericAttributes;
using Markdig.Helpers;
using Markdig.Parsers;
using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Syntax;

namespace LocalOfferGen.Markdown;

/// <summary>Reads <c>{#id}</c> at the end of a heading, as Hugo, Pandoc and kramdown write it
/// (<c>## Getting advice {#advice}</c>, or under a setext heading's text), with Markdig's generic-attributes
/// parser. Only headings take attributes: Markdig's whole generic-attributes extension would also read any
/// <c>{...}</c> in running text as attributes and silently drop the words ("Open {Monday to Friday}" loses
/// "Monday to Friday"), and on a heading it takes the first brace, not the last. What is read is only
/// recorded here; <see cref="HeadingIds"/> keeps the allowed parts and reports the rest, once the document
/// is parsed and the file is known.</summary>
public sealed class HeadingAttributesExtension : IMarkdownExtension
{
    private const int MaxLength = 500;
    private const int MaxTries = 8;

    public void Setup(MarkdownPipelineBuilder pipeline)
    {
        if (pipeline.BlockParsers.Find<HeadingBlockParser>() is { } headings) headings.TryParseAttributes = TryParseAtx;
        if (!pipeline.InlineParsers.Contains<SetextAttributesParser>()) pipeline.InlineParsers.Insert(0, new SetextAttributesParser());
    }

    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer) { }

    /// <summary>An ATX heading's line (after the <c>#</c>s): attributes count only when they end it.</summary>
    private static bool TryParseAtx(BlockProcessor processor, ref StringSlice line, IBlock block)
    {
        var text = line.Text;
        var end = line.End;
        while (end >= line.Start && text[end].IsWhitespace()) end--;
        if (end < line.Start || text[end] != '}') return false;
        // The last '{' from which the attributes run exactly to the end of the line. Attributes are short, so
        // only the last few braces near the end are tried: a line of thousands of braces costs no more.
        var tries = 0;
        for (var open = end - 1; open >= line.Start && end - open <= MaxLength && tries < MaxTries; open--)
        {
            if (text[open] != '{' || (open > 0 && text[open - 1] == '\\')) continue;
            tries++;
            var slice = new StringSlice(text, open, end);
            if (!HeadingAttributeText.TryParse(ref slice, out var read) || slice.Start <= end) continue;
            HeadingAttributeText.Attach((HeadingBlock)block, read, processor.LineIndex, open - processor.CurrentLineStartPosition);
            line.End = open - 1;
            return true;
        }
        return false;
    }

    /// <summary>Attributes at the very end of a setext heading's text (the line above <c>---</c> or <c>===</c>).</summary>
    private sealed class SetextAttributesParser : InlineParser
    {
        public SetextAttributesParser() => OpeningCharacters = ['{'];

        public override bool Match(InlineProcessor processor, ref StringSlice slice)
        {
            if (processor.Block is not HeadingBlock { IsSetext: true } heading) return false;
            // Only braces that can end the heading are tried, so a long heading full of braces costs no more.
            var last = slice.End;
            while (last > slice.Start && slice.Text[last].IsWhitespace()) last--;
            if (slice.Text[last] != '}' || last - slice.Start > MaxLength) return false;
            var start = slice.Start;
            var copy = slice;
            if (!HeadingAttributeText.TryParse(ref copy, out var read) || !copy.IsEmptyOrWhitespace()) return false;
            processor.GetSourcePosition(start, out var line, out var column);
            HeadingAttributeText.Attach(heading, read, line, column);
            slice.Start = slice.End + 1;
            return true;
        }
    }
}

/// <summary>What the braces after a heading asked for, and where they stood (0-based, as Markdig counts).</summary>
public sealed record HeadingAttributeRequest(string? Id, IReadOnlyList<string> Classes, IReadOnlyList<KeyValuePair<string, string?>> Others, int Line, int Column);

internal static class HeadingAttributeText
{
    private static readonly object Key = new();

    /// <summary>Parses <c>{...}</c> with Markdig's generic-attributes parser; Pandoc's <c>{-}</c> is <c>{.unnumbered}</c>.</summary>
    public static bool TryParse(ref StringSlice slice, out HtmlAttributes attributes)
    {
        var rest = slice.AsSpan();
        if (rest.StartsWith("{-}"))
        {
            attributes = new HtmlAttributes { Classes = ["unnumbered"] };
            slice.Start += 3;
            return true;
        }
        if (GenericAttributesParser.TryParse(ref slice, out var read))
        {
            attributes = read;
            return true;
        }
        attributes = null!;
        return false;
    }

    /// <summary>Records the request on the heading. Nothing reaches the heading's HTML attributes here: an
    /// invalid id must not stop the automatic one, and only <see cref="HeadingIds"/> decides what is kept.</summary>
    public static void Attach(HeadingBlock heading, HtmlAttributes read, int line, int column)
    {
        var request = new HeadingAttributeRequest(read.Id, read.Classes ?? [], read.Properties ?? [], line, Math.Max(column, 0));
        heading.SetData(Key, request);
        if (request.Id is { } id && HeadingIds.IsUsable(id)) heading.GetAttributes().Id = id;
    }

    public static HeadingAttributeRequest? Of(HeadingBlock heading) => heading.GetData(Key) as HeadingAttributeRequest;
}
