using LocalOfferGen.Diagnostics;
using LocalOfferGen.Markdown;
using LocalOfferGen.Model;
using LocalOfferGen.Print.Layout;
using Markdig.Extensions.DefinitionLists;
using Markdig.Extensions.Tables;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using Block = LocalOfferGen.Print.Layout.Block;
using MarkdownBlock = Markdig.Syntax.Block;

namespace LocalOfferGen.Print.Content;

/// <summary>Turns parsed Markdown into layout blocks: headings, paragraphs, list items (with bullet or number),
/// pictures, and bold, italic and linked runs. Links keep their address readable in the text; a link to a document
/// of content/files (found through <paramref name="downloads"/>) also says what the file is: "(…/files/policy.pdf, PDF, 245 KB, 2 pages)".</summary>
public sealed class MarkdownBlocks(SiteSettings settings, Func<string, DownloadFile?>? downloads = null)
{
    private int _nextListId = 1;

    /// <summary>For a book: given a link's full address, the words that say where the book itself has it ("see page 12")
    /// and the link to that page, printed instead of the address; null for a place the book does not hold.</summary>
    public Func<string, (string Words, string Link)?>? InBook { get; init; }

    /// <summary>The runs of one paragraph or heading: words with their face and link.</summary>
    public IReadOnlyList<Run> RunsOf(ContainerInline? inlines, int skipFirst = 0)
    {
        var runs = new List<Run>();
        if (inlines is null) return runs;
        // Walked with an explicit stack, children pushed in reverse; a "then" run is added after a link's words.
        var stack = new Stack<(Inline? Node, TextFace Face, string? Link, Run? Then)>();
        var children = Children(inlines).Skip(skipFirst).ToList();
        for (var i = children.Count - 1; i >= 0; i--) stack.Push((children[i], default, null, null));
        while (stack.Count > 0)
        {
            var (node, face, link, then) = stack.Pop();
            if (then is not null) { runs.Add(then); continue; }
            switch (node)
            {
                case LiteralInline literal:
                    runs.Add(new Run(literal.Content.ToString(), face, link));
                    break;
                case CodeInline code:
                    runs.Add(new Run(code.Content, face, link));
                    break;
                case HtmlEntityInline entity:
                    runs.Add(new Run(entity.Transcoded.ToString(), face, link));
                    break;
                case LineBreakInline lineBreak:
                    runs.Add(new Run(lineBreak.IsHard ? Run.LineBreak : " ", face, link));
                    break;
                case AutolinkInline auto:
                    var autoTarget = PrintAddress.Absolute(auto.IsEmail ? "mailto:" + auto.Url : auto.Url, settings);
                    runs.Add(new Run(auto.Url, face, autoTarget));
                    break;
                case LinkInline { IsImage: true } image:
                    // A picture inside a sentence cannot be drawn in a line of text; its description is read instead.
                    var alt = MarkdownWalker.PlainText(image);
                    if (alt.Length > 0) runs.Add(new Run(alt, face, link));
                    break;
                case LinkInline anchor:
                    var target = PrintAddress.Absolute(anchor.GetDynamicUrl?.Invoke() ?? anchor.Url ?? "", settings);
                    var words = MarkdownWalker.PlainText(anchor);
                    var shown = target is null ? null : PrintAddress.Display(target);
                    if (shown is not null && anchor.Url is { } url && downloads?.Invoke(url) is { } download)
                        stack.Push((null, face, null, new Run($" ({shown}, {download.Details})", face, target)));
                    else if (target is not null && InBook?.Invoke(target) is { } inBook)
                        stack.Push((null, face, null, new Run($" ({inBook.Words})", face, inBook.Link)));
                    else if (shown is not null && !SameAddress(words, shown))
                        stack.Push((null, face, null, new Run($" ({shown})", face, target)));
                    PushChildren(anchor, face, target ?? link);
                    break;
                case EmphasisInline emphasis:
                    var strong = emphasis.DelimiterCount >= 2 && emphasis.DelimiterChar is '*' or '_';
                    var styled = strong ? face with { Bold = true } : emphasis.DelimiterChar is '*' or '_' ? face with { Italic = true } : face;
                    PushChildren(emphasis, styled, link);
                    break;
                case ContainerInline container:
                    PushChildren(container, face, link);
                    break;
            }
        }
        return runs;

        void PushChildren(ContainerInline container, TextFace face, string? link)
        {
            var list = Children(container).ToList();
            for (var i = list.Count - 1; i >= 0; i--) stack.Push((list[i], face, link, null));
        }
    }

    /// <summary>The blocks of Markdown (a document's children). <paramref name="headingRole"/> is the role of its top headings;
    /// pictures alone in a paragraph become picture blocks through <paramref name="picture"/>.</summary>
    public List<Block> BlocksOf(IEnumerable<MarkdownBlock> nodes, BlockSource source, Func<LinkInline, PictureBlock?> picture)
    {
        var blocks = new List<Block>();
        var stack = new Stack<(MarkdownBlock Node, int Depth, string? Label, int ListId)>();
        foreach (var node in nodes.Reverse()) stack.Push((node, 0, null, 0));
        while (stack.Count > 0)
        {
            var (node, depth, label, listId) = stack.Pop();
            switch (node)
            {
                case HeadingBlock heading:
                    blocks.Add(new TextBlock(heading.Level <= 2 ? TextRole.Heading : TextRole.Subheading, RunsOf(heading.Inline), source));
                    break;
                case ParagraphBlock paragraph when label is null && OnlyPicture(paragraph) is { } image:
                    if (picture(image) is { } pictureBlock) blocks.Add(pictureBlock);
                    break;
                case ParagraphBlock paragraph:
                    blocks.Add(label is null
                        ? new TextBlock(TextRole.Paragraph, RunsOf(paragraph.Inline), source)
                        : new TextBlock(TextRole.ListItem, RunsOf(paragraph.Inline), source, label, listId, Math.Max(depth - 1, 0)));
                    break;
                case ListBlock list:
                    var id = _nextListId++;
                    var number = int.TryParse(list.OrderedStart, out var start) ? start : 1;
                    for (var i = list.Count - 1; i >= 0; i--)
                        stack.Push((list[i], depth + 1, list.IsOrdered ? $"{number + i}." : "•", id));
                    break;
                case ListItemBlock item:
                    // The first paragraph carries the bullet; any further blocks of the item follow, indented.
                    for (var i = item.Count - 1; i >= 0; i--)
                        stack.Push((item[i], depth, i == 0 ? label : "", listId));
                    break;
                case Table table:
                    foreach (var row in table.OfType<TableRow>())
                    {
                        var cells = row.OfType<TableCell>().Select(c => MarkdownWalker.PlainText(c)).ToList();
                        var runs = new List<Run> { new(string.Join(" – ", cells), row.IsHeader ? TextFace.BoldFace : default) };
                        blocks.Add(new TextBlock(TextRole.Paragraph, runs, source));
                    }
                    break;
                case VideoBlock video:
                    // Paper cannot play a video: it prints the title and address, then everything the video says.
                    blocks.Add(new TextBlock(TextRole.Paragraph,
                        [new Run("Video: ", TextFace.BoldFace), new Run(video.Title + " "), new Run(video.Url, Link: video.Url)], source));
                    for (var i = video.Transcript.Document.Count - 1; i >= 0; i--) stack.Push((video.Transcript.Document[i], depth, label, listId));
                    break;
                case DefinitionList definitions:
                    blocks.AddRange(Definitions(definitions, source, picture));
                    break;
                case LeafBlock { Inline: not null } leaf and not HtmlBlock:
                    blocks.Add(new TextBlock(TextRole.Paragraph, RunsOf(leaf.Inline), source));
                    break;
                case LeafBlock leaf when leaf is CodeBlock && leaf.Lines.Count > 0:
                    blocks.Add(new TextBlock(TextRole.Paragraph, [new Run(leaf.Lines.ToString())], source));
                    break;
                case ContainerBlock container:
                    for (var i = container.Count - 1; i >= 0; i--) stack.Push((container[i], depth, label, listId));
                    break;
            }
        }
        return blocks;
    }

    /// <summary>A definition list: each term in bold, kept with its definition, which is indented below it.</summary>
    private List<Block> Definitions(DefinitionList definitions, BlockSource source, Func<LinkInline, PictureBlock?> picture)
    {
        var blocks = new List<Block>();
        foreach (var item in definitions.OfType<DefinitionItem>())
        {
            foreach (var child in item)
            {
                if (child is DefinitionTerm term)
                {
                    var runs = RunsOf(term.Inline).Select(r => r with { Face = r.Face with { Bold = true } }).ToList();
                    blocks.Add(new TextBlock(TextRole.Paragraph, runs, source, KeepWithNext: true));
                    continue;
                }
                foreach (var block in BlocksOf([child], source, picture))
                    blocks.Add(block is TextBlock { Role: TextRole.Paragraph or TextRole.ListItem or TextRole.Definition } text
                        ? text.Role == TextRole.Paragraph ? text with { Role = TextRole.Definition } : text with { Depth = text.Depth + 1 }
                        : block);
            }
        }
        return blocks;
    }

    /// <summary>The picture that opens a paragraph, as easy-read rows have.</summary>
    public static LinkInline? LeadingPicture(ParagraphBlock paragraph)
    {
        for (var child = paragraph.Inline?.FirstChild; child is not null; child = child.NextSibling)
        {
            if (child is LiteralInline literal && literal.Content.IsEmptyOrWhitespace()) continue;
            return child as LinkInline is { IsImage: true } image ? image : null;
        }
        return null;
    }

    private static LinkInline? OnlyPicture(ParagraphBlock paragraph)
    {
        var picture = LeadingPicture(paragraph);
        if (picture is null) return null;
        for (var child = picture.NextSibling; child is not null; child = child.NextSibling)
            if (child is not LiteralInline literal || !literal.Content.IsEmptyOrWhitespace()) return null;
        return picture;
    }

    private static IEnumerable<Inline> Children(ContainerInline container)
    {
        for (var child = container.FirstChild; child is not null; child = child.NextSibling) yield return child;
    }

    private static bool SameAddress(string words, string shown) =>
        string.Equals(words.Trim().TrimEnd('/'), shown.TrimEnd('/'), StringComparison.OrdinalIgnoreCase)
        || string.Equals(PrintAddress.Display(words.Trim()).TrimEnd('/'), shown.TrimEnd('/'), StringComparison.OrdinalIgnoreCase);
}
