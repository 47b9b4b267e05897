using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;
using LocalOfferGen.Markdown;
using Markdig.Extensions.DefinitionLists;
using Markdig.Extensions.Footnotes;
using Markdig.Extensions.TaskLists;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using MdCell = Markdig.Extensions.Tables.TableCell;
using MdRow = Markdig.Extensions.Tables.TableRow;
using MdTable = Markdig.Extensions.Tables.Table;
using TableColumnAlign = Markdig.Extensions.Tables.TableColumnAlign;
using WTable = DocumentFormat.OpenXml.Wordprocessing.Table;

namespace LocalOfferGen.Word;

/// <summary>Writes one Markdown text into a Word document: headings as real heading styles shifted below
/// the title, lists with real numbering, tables with a repeating header row, links, pictures with their
/// description, and footnotes as Word footnotes.</summary>
internal sealed partial class MarkdownWriter
{
    private readonly WordPackage _package;
    private readonly WritingContext _context;
    private readonly string _pageUrl;
    private readonly Dictionary<string, string> _anchors = new(StringComparer.Ordinal);
    private readonly Dictionary<HeadingBlock, string> _headingBookmarks = [];
    private readonly int _titleLevel;
    private int _lastLevel;
    private bool _inFootnote;
    private bool _afterTable;

    /// <param name="pageUrl">The site path the text belongs to, for links to its own headings.</param>
    /// <param name="titleLevel">The heading level of the text's title; its headings go below it.</param>
    public MarkdownWriter(WordPackage package, WritingContext context, string pageUrl, int titleLevel, MarkdownDocument document)
    {
        _package = package;
        _context = context;
        _pageUrl = pageUrl;
        _titleLevel = titleLevel;
        _lastLevel = titleLevel;
        // Bookmarks are named before writing, so a link may point at a heading further down.
        foreach (var heading in MarkdownWalker.All<HeadingBlock>(document))
        {
            var bookmark = package.NextBookmark();
            _headingBookmarks[heading] = bookmark;
            if (heading.GetAttributes().Id is { Length: > 0 } id) _anchors.TryAdd(id, bookmark);
        }
    }

    /// <summary>The widest a picture may be, in EMUs; narrower inside the easy-read picture column.</summary>
    public long MaxPictureWidth { get; init; } = PageLayout.TextWidth * PageLayout.EmuPerTwip;

    public long MaxPictureHeight { get; init; } = 9L * 360000;

    /// <summary>Writes the blocks of the text into the document body.</summary>
    public void Write(ContainerBlock document) => WriteBlocks(document, _package.Body, _package.Main, "Normal", list: null);

    /// <summary>Writes one top-level block into the document body.</summary>
    public void WriteBlock(Block block) => WriteBlock(block, _package.Body, _package.Main, "Normal", list: null);

    /// <summary>Writes an inline and the ones after it into a paragraph of the body; with
    /// <paramref name="trimStart"/>, without the space or line break that leads them.</summary>
    public void WriteInlinesFrom(Inline? first, OpenXmlCompositeElement target, bool trimStart = false)
    {
        var format = new RunFormat();
        var inline = first;
        while (trimStart && (inline is LineBreakInline || (inline is LiteralInline blank && string.IsNullOrWhiteSpace(blank.Content.ToString()))))
            inline = inline.NextSibling;
        if (trimStart && inline is LiteralInline literal)
        {
            AppendText(target, literal.Content.ToString().TrimStart(), format);
            inline = inline.NextSibling;
        }
        for (; inline is not null; inline = inline.NextSibling) WriteInline(inline, target, _package.Main, format);
    }

    /// <summary>A picture of the body, or its description when Word cannot show it.</summary>
    public OpenXmlElement Picture(LinkInline image) => Picture(image, _package.Main);

    public void WriteBlocks(IEnumerable<Block> blocks, OpenXmlCompositeElement target, PartRelationships owner, string style, ListPlace? list)
    {
        foreach (var block in blocks) WriteBlock(block, target, owner, style, list);
    }

    private void WriteBlock(Block block, OpenXmlCompositeElement target, PartRelationships owner, string style, ListPlace? list)
    {
        var afterTable = _afterTable;
        _afterTable = false;
        switch (block)
        {
            case HeadingBlock heading:
                target.Append(Heading(heading, owner));
                break;
            case ParagraphBlock paragraph:
                var written = Paragraph(paragraph.Inline, owner, style, list);
                // A table has no space below it in Word; the text after it keeps its distance instead.
                if (afterTable) Paragraphs.Space(written, before: 240);
                target.Append(written);
                break;
            case ListBlock listBlock:
                WriteList(listBlock, target, owner, style, list);
                // List items sit close together; the list as a whole keeps a paragraph's distance from what follows.
                if (list is null && target.LastChild is Paragraph last) Paragraphs.Space(last, after: 160);
                break;
            case QuoteBlock quote:
                WriteBlocks(quote, target, owner, "Quote", list);
                break;
            case MdTable table:
                target.Append(Table(table, owner));
                // Word needs a paragraph between a table and whatever follows inside a cell or note.
                if (target is not Body) target.Append(new Paragraph());
                _afterTable = true;
                break;
            case CodeBlock code:
                foreach (var line in code.Lines.Lines.Take(code.Lines.Count))
                    target.Append(Paragraphs.Styled("CodeBlock", Paragraphs.Text(line.Slice.ToString())));
                target.Append(new Paragraph(new ParagraphProperties(new SpacingBetweenLines { After = "0" })));
                break;
            case HtmlBlock html:
                var text = HtmlText(html.Lines.ToString());
                if (text.Length > 0) target.Append(Paragraphs.Styled(style, Paragraphs.Text(text)));
                break;
            case ThematicBreakBlock:
                target.Append(new Paragraph(new ParagraphProperties(new ParagraphBorders(
                    new BottomBorder { Val = BorderValues.Single, Size = 6, Space = 1, Color = StyleSheet.Border }))));
                break;
            case VideoBlock video:
                // A document cannot play a video: it gives the title and address, then everything the video says.
                target.Append(Paragraphs.Styled(style, Paragraphs.Text("Video: ", bold: true), Paragraphs.Text($"{video.Title} ({video.Url})")));
                WriteBlocks(video.Transcript.Document, target, owner, style, list);
                break;
            case DefinitionList definitions:
                WriteDefinitions(definitions, target, owner, style);
                break;
            case FootnoteGroup or LinkReferenceDefinitionGroup or LinkReferenceDefinition:
                break; // footnotes are written where they are referred to
            case ContainerBlock container:
                WriteBlocks(container, target, owner, style, list);
                break;
            case LeafBlock { Inline: not null } leaf:
                target.Append(Paragraph(leaf.Inline, owner, style, list));
                break;
        }
    }

    private Paragraph Heading(HeadingBlock heading, PartRelationships owner)
    {
        // The page title is the only heading at the title's level; Markdown "#" and "##" both sit just below
        // it, and a level is never skipped (## then #### becomes two levels in a row), as screen readers expect.
        var wanted = _titleLevel + Math.Max(heading.Level, 2) - 1;
        var level = Math.Min(Math.Min(wanted, _lastLevel + 1), 6);
        _lastLevel = level;
        var content = new Paragraph();
        if (heading.Inline is not null) WriteInlines(heading.Inline, content, owner, new RunFormat());
        var bookmark = _headingBookmarks.GetValueOrDefault(heading);
        return _package.Heading(level, MarkdownWalker.PlainText(heading), content.ChildElements.Select(e => e.CloneNode(true)).ToList(), bookmark);
    }

    /// <summary>A paragraph of inlines; inside a list the first paragraph of an item carries the number.</summary>
    public Paragraph Paragraph(ContainerInline? inlines, PartRelationships owner, string style, ListPlace? list)
    {
        Paragraph paragraph;
        if (list is not null)
        {
            var properties = new ParagraphProperties(new ParagraphStyleId { Val = "ListParagraph" });
            if (list.Numbered)
                properties.Append(new NumberingProperties(new NumberingLevelReference { Val = list.Level }, new NumberingId { Val = list.NumberingId }));
            else
                properties.Append(new Indentation { Left = (567 * (list.Level + 1)).ToString(CultureInfo.InvariantCulture) });
            list.Numbered = false; // later paragraphs of the same item line up under its text
            paragraph = new Paragraph(properties);
        }
        else paragraph = Paragraphs.Styled(style);
        if (inlines is not null) WriteInlines(inlines, paragraph, owner, new RunFormat());
        return paragraph;
    }

    private void WriteList(ListBlock listBlock, OpenXmlCompositeElement target, PartRelationships owner, string style, ListPlace? outer)
    {
        var level = outer is null ? 0 : Math.Min(outer.Level + 1, 8);
        var numberingId = listBlock.IsOrdered
            ? _package.Numbering.Numbers(int.TryParse(listBlock.OrderedStart, NumberStyles.None, CultureInfo.InvariantCulture, out var start) ? start : 1)
            : _package.Numbering.Bullets();
        foreach (var item in listBlock.OfType<ListItemBlock>())
        {
            var place = new ListPlace(level, numberingId);
            if (item.Count == 0) target.Append(Paragraph(null, owner, style, place));
            foreach (var child in item)
            {
                if (child is ListBlock nested) WriteList(nested, target, owner, style, new ListPlace(level, numberingId));
                else if (child is ParagraphBlock paragraph) target.Append(Paragraph(paragraph.Inline, owner, style, place));
                else WriteBlock(child, target, owner, style, place.Numbered ? place : null);
                place.Numbered = false;
            }
        }
    }

    /// <summary>A definition list: each term a bold paragraph kept with its definition, each definition indented
    /// below it, as Word's own glossaries are laid out.</summary>
    private void WriteDefinitions(DefinitionList definitions, OpenXmlCompositeElement target, PartRelationships owner, string style)
    {
        foreach (var item in definitions.OfType<DefinitionItem>())
        {
            foreach (var child in item)
            {
                if (child is DefinitionTerm term)
                {
                    var paragraph = Paragraphs.Styled(style);
                    if (term.Inline is not null) WriteInlines(term.Inline, paragraph, owner, new RunFormat { Bold = 1 });
                    paragraph.ParagraphProperties!.KeepNext = new KeepNext();
                    Paragraphs.Space(paragraph, after: 40);
                    target.Append(paragraph);
                    continue;
                }
                var before = target.ChildElements.Count;
                WriteBlock(child, target, owner, style, list: null);
                foreach (var written in target.ChildElements.Skip(before).OfType<Paragraph>().ToList()) Indent(written, DefinitionIndent);
            }
        }
    }

    /// <summary>Half an inch, in twentieths of a point.</summary>
    private const int DefinitionIndent = 567;

    private static void Indent(Paragraph paragraph, int twips)
    {
        var properties = paragraph.ParagraphProperties ??= new ParagraphProperties();
        if (properties.NumberingProperties is not null) return; // a numbered item keeps its list's own indents
        var left = int.TryParse(properties.Indentation?.Left?.Value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var existing) ? existing : 0;
        properties.Indentation ??= new Indentation();
        properties.Indentation.Left = (left + twips).ToString(CultureInfo.InvariantCulture);
    }

    private WTable Table(MdTable table, PartRelationships owner)
    {
        var rows = table.OfType<MdRow>().ToList();
        var columns = Math.Max(1, rows.Count == 0 ? 1 : rows.Max(r => r.Count));
        var width = PageLayout.TextWidth / columns;
        var grid = new TableGrid();
        for (var i = 0; i < columns; i++) grid.Append(new GridColumn { Width = width.ToString(CultureInfo.InvariantCulture) });
        var hasHeader = rows.Count > 0 && rows[0].IsHeader;
        var result = new WTable(
            new TableProperties(
                new TableStyle { Val = "DataTable" },
                new TableWidth { Width = "5000", Type = TableWidthUnitValues.Pct },
                new TableLayout { Type = TableLayoutValues.Fixed },
                new TableLook { Val = hasHeader ? StyleSheet.HeaderRowLook : StyleSheet.PlainLook }),
            grid);
        foreach (var row in rows)
        {
            var rowProperties = new TableRowProperties(new CantSplit());
            // The header row repeats at the top of every page the table runs onto.
            if (row.IsHeader) rowProperties.Append(new TableHeader());
            var wordRow = new TableRow(rowProperties);
            for (var i = 0; i < columns; i++)
            {
                var cell = new TableCell(new TableCellProperties(new TableCellWidth { Width = width.ToString(CultureInfo.InvariantCulture), Type = TableWidthUnitValues.Dxa }));
                if (i < row.Count && row[i] is MdCell markdownCell) WriteBlocks(markdownCell, cell, owner, "TableText", null);
                if (!cell.Elements<Paragraph>().Any() || cell.LastChild is WTable) cell.Append(Paragraphs.Styled("TableText"));
                Align(cell, table.ColumnDefinitions.ElementAtOrDefault(i)?.Alignment);
                wordRow.Append(cell);
            }
            result.Append(wordRow);
        }
        return result;
    }

    private static void Align(TableCell cell, TableColumnAlign? alignment)
    {
        var justification = alignment switch
        {
            TableColumnAlign.Center => JustificationValues.Center,
            TableColumnAlign.Right => JustificationValues.Right,
            _ => (JustificationValues?)null,
        };
        if (justification is null) return;
        foreach (var properties in cell.Elements<Paragraph>().Select(p => p.ParagraphProperties ??= new ParagraphProperties()))
            properties.AddChild(new Justification { Val = justification.Value });
    }

    /// <summary>Writes inlines into a paragraph or hyperlink.</summary>
    public void WriteInlines(ContainerInline container, OpenXmlCompositeElement target, PartRelationships owner, RunFormat format)
    {
        for (var inline = container.FirstChild; inline is not null; inline = inline.NextSibling)
            WriteInline(inline, target, owner, format);
    }

    private void WriteInline(Inline inline, OpenXmlCompositeElement target, PartRelationships owner, RunFormat format)
    {
        switch (inline)
        {
            case LiteralInline literal:
                AppendText(target, literal.Content.ToString(), format);
                break;
            case HtmlEntityInline entity:
                AppendText(target, entity.Transcoded.ToString(), format);
                break;
            case CodeInline code:
                format.Code++;
                AppendText(target, code.Content, format);
                format.Code--;
                break;
            case LineBreakInline lineBreak:
                if (lineBreak.IsHard) target.Append(new Run(new Break()));
                else AppendText(target, " ", format);
                break;
            case TaskList task:
                AppendText(target, task.Checked ? "\u2612" : "\u2610", format); // the space after it is the next literal
                break;
            case EmphasisInline emphasis:
                ref var counter = ref EmphasisCounter(emphasis, format);
                counter++;
                WriteInlines(emphasis, target, owner, format);
                counter--;
                break;
            case LinkInline { IsImage: true } image:
                target.Append(Picture(image, owner));
                break;
            case LinkInline link:
                WriteLink(link.Url ?? "", link, target, owner, format);
                break;
            case AutolinkInline autolink:
                var address = autolink.IsEmail && !autolink.Url.StartsWith("mailto:", StringComparison.OrdinalIgnoreCase) ? "mailto:" + autolink.Url : autolink.Url;
                WriteLink(address, null, target, owner, format, autolink.Url);
                break;
            case FootnoteLink { IsBackLink: false } footnote:
                WriteFootnote(footnote, target, format);
                break;
            case FootnoteLink:
                break;
            case HtmlInline html:
                ApplyHtml(html.Tag, target, format);
                break;
            case ContainerInline children:
                WriteInlines(children, target, owner, format);
                break;
            default:
                AppendText(target, MarkdownWalker.PlainText(inline), format);
                break;
        }
    }

    private static ref int EmphasisCounter(EmphasisInline emphasis, RunFormat format)
    {
        if (emphasis.DelimiterChar == '~') return ref format.Strike;
        if (emphasis.DelimiterChar == '^') return ref format.Superscript;
        return ref emphasis.DelimiterCount >= 2 ? ref format.Bold : ref format.Italic;
    }

    private static void AppendText(OpenXmlCompositeElement target, string text, RunFormat format)
    {
        if (text.Length == 0) return;
        var run = new Run();
        if (format.Properties() is { } properties) run.Append(properties);
        run.Append(new Text(text) { Space = SpaceProcessingModeValues.Preserve });
        target.Append(run);
    }

    /// <summary>A link: within the document when it points at one of this text's headings, otherwise to
    /// its full address. In print the address follows the text, unless the text already is the address; a link to a
    /// document of content/files is always followed by its address, type and size.</summary>
    private void WriteLink(string url, ContainerInline? content, OpenXmlCompositeElement target, PartRelationships owner, RunFormat format, string? text = null)
    {
        if (url.Length == 0 || url == "#")
        {
            if (content is not null) WriteInlines(content, target, owner, format);
            else AppendText(target, text ?? "", format);
            return;
        }
        Hyperlink hyperlink;
        var internalTarget = url.StartsWith('#') ? _anchors.GetValueOrDefault(url[1..]) : null;
        string? printed = null;
        if (internalTarget is not null) hyperlink = new Hyperlink { Anchor = internalTarget, History = true };
        else
        {
            var absolute = _context.Absolute(url.StartsWith('#') ? _pageUrl + url : url);
            if (_package.LinkId(owner, absolute) is not { } id)
            {
                if (content is not null) WriteInlines(content, target, owner, format);
                else AppendText(target, text ?? url, format);
                return;
            }
            hyperlink = new Hyperlink { Id = id, History = true };
            printed = PrintedAddress(absolute);
        }
        format.Link = true;
        if (content is not null) WriteInlines(content, hyperlink, owner, format);
        else AppendText(hyperlink, text ?? url, format);
        format.Link = false;
        target.Append(hyperlink);
        if (printed is not null && _context.Site.FindDownload(url) is { } download)
        {
            // A document to download: whoever reads this on paper cannot tap the link, so its address and what it is
            // are always written out, as on the web: "(localoffer.example.gov.uk/files/policy.pdf, PDF, 245 KB, 2 pages)".
            AppendText(target, $" ({printed}, {download.Details})", format);
        }
        else if (_context.PrintAddresses && printed is not null)
        {
            var linkText = content is null ? text ?? "" : MarkdownWalker.PlainText(content);
            if (!SameAddress(linkText, printed)) AppendText(target, $" ({printed})", format);
        }
    }

    /// <summary>An address as people write it on paper: without "https://" or "mailto:".</summary>
    public static string PrintedAddress(string url)
    {
        foreach (var scheme in new[] { "https://", "http://", "mailto:", "tel:" })
            if (url.StartsWith(scheme, StringComparison.OrdinalIgnoreCase)) return url[scheme.Length..];
        return url;
    }

    public static bool SameAddress(string text, string printed) =>
        string.Equals(PrintedAddress(text.Trim()).TrimEnd('/'), printed.TrimEnd('/'), StringComparison.OrdinalIgnoreCase);

    private OpenXmlElement Picture(LinkInline image, PartRelationships owner)
    {
        var description = MarkdownWalker.PlainText(image);
        if (image.Url is not { Length: > 0 } url || _context.Pictures.Find(url, MaxPictureWidth, MaxPictureHeight) is not { } picture)
            return Paragraphs.Text(description.Length > 0 ? $"[Picture: {description}]" : "");
        var (id, svgId) = _package.PictureIds(owner, picture);
        return new Run(PictureDrawing.Create(picture, id, svgId, _package.NextDrawingId(), description));
    }

    private void WriteFootnote(FootnoteLink link, OpenXmlCompositeElement target, RunFormat format)
    {
        if (_inFootnote)
        {
            // A note inside a note cannot be a Word footnote; its number is kept as text.
            AppendText(target, $"[{link.Footnote.Order}]", format);
            return;
        }
        var (note, id, part) = _package.NewFootnote();
        target.Append(new Run(new RunProperties(new RunStyle { Val = "FootnoteReference" }), new FootnoteReference { Id = id }));
        _inFootnote = true;
        WriteBlocks(link.Footnote, note, part, "FootnoteText", null);
        _inFootnote = false;
        if (note.GetFirstChild<Paragraph>() is not { } first) note.Append(first = Paragraphs.Styled("FootnoteText"));
        var mark = new Run(new RunProperties(new RunStyle { Val = "FootnoteReference" }), new FootnoteReferenceMark());
        first.InsertAfter(mark, first.ParagraphProperties);
        first.InsertAfter(new Run(new Text(" ") { Space = SpaceProcessingModeValues.Preserve }), mark);
    }

    /// <summary>The inline HTML the content may keep: line breaks and simple emphasis.</summary>
    private static void ApplyHtml(string tag, OpenXmlCompositeElement target, RunFormat format)
    {
        var match = TagName().Match(tag);
        if (!match.Success) return;
        var name = match.Groups["name"].Value.ToLowerInvariant();
        var step = match.Groups["close"].Success ? -1 : 1;
        switch (name)
        {
            case "br": target.Append(new Run(new Break())); break;
            case "b" or "strong": format.Bold = Math.Max(0, format.Bold + step); break;
            case "i" or "em" or "cite" or "dfn": format.Italic = Math.Max(0, format.Italic + step); break;
            case "u" or "ins": format.Underline = Math.Max(0, format.Underline + step); break;
            case "s" or "del": format.Strike = Math.Max(0, format.Strike + step); break;
            case "sup": format.Superscript = Math.Max(0, format.Superscript + step); break;
            case "sub": format.Subscript = Math.Max(0, format.Subscript + step); break;
            case "code" or "kbd": format.Code = Math.Max(0, format.Code + step); break;
        }
    }

    /// <summary>The words of a block of HTML, without its tags.</summary>
    private static string HtmlText(string html) =>
        Whitespace().Replace(WebUtility.HtmlDecode(AnyTag().Replace(html, " ")), " ").Trim();

    [GeneratedRegex(@"^<(?<close>/)?(?<name>[A-Za-z][A-Za-z0-9-]*)")]
    private static partial Regex TagName();

    [GeneratedRegex(@"<[^>]*>")]
    private static partial Regex AnyTag();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}

/// <summary>Where a paragraph sits in a list: its level and numbering; <see cref="Numbered"/> is true only
/// for an item's first paragraph.</summary>
internal sealed class ListPlace(int level, int numberingId)
{
    public int Level { get; } = level;
    public int NumberingId { get; } = numberingId;
    public bool Numbered { get; set; } = true;
}
