using LocalOfferGen.Diagnostics;
using LocalOfferGen.Model;
using LocalOfferGen.Print.Layout;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using Block = LocalOfferGen.Print.Layout.Block;

namespace LocalOfferGen.Print.Content;

/// <summary>An easy-read page as blocks: its title, then each paragraph that begins with a picture as a row
/// (picture left, words right); headings and other paragraphs as they are.</summary>
public static class EasyReadBlocks
{
    public static List<Block> For(Site site, EasyReadPage page, Func<LinkInline, BlockSource, PictureBlock?> picture)
    {
        var markdown = new MarkdownBlocks(site.Settings, site.FindDownload);
        var title = new BlockSource(page.Title, page.Source);
        var blocks = new List<Block> { new TextBlock(TextRole.Title, [new Run(page.Title)], title) };
        var heading = page.Title;
        foreach (var node in page.Body.Document)
        {
            var source = new BlockSource(heading, page.Source with { Line = page.Body.LineOffset + node.Line + 1, Column = 1 });
            if (node is HeadingBlock h) heading = Markdown.MarkdownWalker.PlainText(h);
            if (node is ParagraphBlock paragraph && MarkdownBlocks.LeadingPicture(paragraph) is { } image)
            {
                if (picture(image, source) is not { } pictureBlock) continue;
                var skip = CountThrough(paragraph.Inline!, image);
                blocks.Add(new RowBlock(pictureBlock, Trim(markdown.RunsOf(paragraph.Inline, skip)), source));
            }
            else blocks.AddRange(markdown.BlocksOf([node], source, link => picture(link, source)));
        }
        return blocks;
    }

    /// <summary>The end of the document: who published it, the month and year of its content, and where it is online.</summary>
    public static List<Block> Colophon(Site site, EasyReadPage page)
    {
        var source = new BlockSource("the end of the document", page.Source);
        var month = page.LastUpdated.ToString("MMMM yyyy", System.Globalization.CultureInfo.InvariantCulture);
        var address = site.Settings.AbsoluteUrl(page.Url);
        return
        [
            new TextBlock(TextRole.Heading, [new Run("About this document")], source),
            new TextBlock(TextRole.Paragraph, [new Run($"Made by {site.Settings.Authority} in {month}.")], source),
            new TextBlock(TextRole.Paragraph, [new Run("You can read it online at "), new Run(PrintAddress.Display(address), default, address)], source),
        ];
    }

    /// <summary>How many inlines to skip to pass the leading picture.</summary>
    private static int CountThrough(ContainerInline inlines, Inline image)
    {
        var count = 0;
        for (var child = inlines.FirstChild; child is not null; child = child.NextSibling)
        {
            count++;
            if (ReferenceEquals(child, image)) break;
        }
        return count;
    }

    private static List<Run> Trim(IReadOnlyList<Run> runs)
    {
        var list = runs.ToList();
        if (list.Count > 0) list[0] = list[0] with { Text = list[0].Text.TrimStart() };
        return list;
    }
}
