using LocalOfferGen.Journeys;
using LocalOfferGen.Markdown;
using LocalOfferGen.Model;
using LocalOfferGen.Print.Layout;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using Block = LocalOfferGen.Print.Layout.Block;

namespace LocalOfferGen.Print.Content;

/// <summary>A step-by-step journey as blocks: for the whole guide (its own A4 document) the title and summary,
/// then each step's heading, timing, text and links; for a leaflet the steps condensed to a line or two each.</summary>
public static class JourneyBlocks
{
    /// <summary>One step's blocks, in order, with the step they belong to (its number is drawn beside them).</summary>
    public sealed record Step(JourneyStep Source, IReadOnlyList<Block> Blocks);

    public const double LeafletQrSizeMm = 20;

    /// <summary>The title and summary at the top of the guide.</summary>
    public static List<Block> Header(Journey journey)
    {
        var source = new BlockSource(journey.Title, journey.Source);
        return
        [
            new TextBlock(TextRole.Title, [new Run(journey.Title)], source),
            new TextBlock(TextRole.Paragraph, [new Run(journey.Summary)], source),
        ];
    }

    /// <summary>Each step: its heading (kept with its timing and the start of its text), the timing in bold, the
    /// text, and its links, each printed with its full address. Headings inside the text sit below the step's.</summary>
    public static List<Step> Steps(Site site, Journey journey, Func<LinkInline, BlockSource, PictureBlock?> picture)
    {
        var markdown = new MarkdownBlocks(site.Settings, site.FindDownload);
        var steps = new List<Step>();
        foreach (var step in journey.Steps)
        {
            var source = new BlockSource(step.Heading, step.Source);
            var blocks = new List<Block> { new TextBlock(TextRole.Heading, [new Run(step.Heading)], source) };
            if (step.Timing is { } timing) blocks.Add(new TextBlock(TextRole.Paragraph, [Run.Bold(TimingText(timing))], source, KeepWithNext: true));
            blocks.AddRange(markdown.BlocksOf(step.Text.Document, source, link => picture(link, source))
                .Select(b => b is TextBlock { Role: TextRole.Heading } h ? h with { Role = TextRole.Subheading } : b));
            var list = -step.Number * 3 - (int)step.Join; // an id no Markdown list has (theirs count up from 1)
            foreach (var link in step.Links)
            {
                var address = AddressOf(site, link);
                blocks.Add(new TextBlock(TextRole.ListItem,
                    [new Run(link.Text, default, address), new Run($" ({PrintAddress.Display(address)})", default, address)], source, "•", list));
            }
            steps.Add(new Step(step, blocks));
        }
        return steps;
    }

    /// <summary>How the guide ends: where to read it online, with a QR code that opens it, and who to ask.</summary>
    public static List<Block> Closing(Site site, Journey journey, double qrSizePoints)
    {
        var source = new BlockSource("the end of the guide", journey.Source);
        var url = site.Settings.AbsoluteUrl(journey.Url);
        var blocks = new List<Block>
        {
            new TextBlock(TextRole.Heading, [new Run("Read this guide online")], source),
            new TextBlock(TextRole.Paragraph, [new Run("Scan the code or go to "), new Run(PrintAddress.Display(url), default, url)], source, KeepWithNext: true),
            new QrBlock(url, $"QR code that opens {url}", qrSizePoints, source),
        };
        var contact = site.Settings.Contact;
        var ask = contact.Phone is { } phone ? $"If you have questions, or want this guide in another format, phone {phone}."
            : contact.Email is { } email ? $"If you have questions, or want this guide in another format, email {email}."
            : null;
        if (ask is not null) blocks.Add(new TextBlock(TextRole.Paragraph, [new Run(ask)], source));
        return blocks;
    }

    /// <summary>The journey as one leaflet section: its title as the heading, each step as a list item (its number,
    /// heading and timing in bold, then the first sentence of its text), and the journey page's address and QR code.</summary>
    public static List<Block> Condensed(Site site, Journey journey, BlockSource source, int listId, double qrSizePoints)
    {
        var url = site.Settings.AbsoluteUrl(journey.Url);
        var blocks = new List<Block> { new TextBlock(TextRole.Heading, [new Run(journey.Title)], source) };
        foreach (var step in journey.Steps)
        {
            var joined = step.Join != JourneyJoin.None;
            var runs = new List<Run>();
            if (joined) runs.Add(Run.Bold(char.ToUpperInvariant(step.Label[0]) + step.Label[1..] + ": "));
            runs.Add(Run.Bold(step.Heading));
            if (step.Timing is { } timing) runs.Add(Run.Bold($" ({timing})"));
            if (FirstSentence(step.Text.Document) is { Length: > 0 } line) runs.AddRange([new Run(Run.LineBreak), new Run(line)]);
            // An "and"/"or" step has no number of its own: "And:" / "Or:" opens the item, where a wide label would not fit.
            blocks.Add(new TextBlock(TextRole.ListItem, runs, source, joined ? "" : step.Label + ".", listId));
        }
        blocks.Add(new TextBlock(TextRole.Paragraph, [Run.Bold("Every step in full: "), new Run(PrintAddress.Display(url), default, url)], source,
            KeepWithNext: true));
        blocks.Add(new QrBlock(url, $"QR code that opens {url}", qrSizePoints, source));
        return blocks;
    }

    /// <summary>"When: within 6 weeks", as the timing was written.</summary>
    public static string TimingText(string timing) => "When: " + timing;

    /// <summary>Where a step's link leads, as a full address: a site path on the site's base address.</summary>
    public static string AddressOf(Site site, JourneyLink link) =>
        link.Url.StartsWith('/') ? site.Settings.AbsoluteUrl(link.Url) : link.Url;

    /// <summary>The first sentence of the text's first paragraph or list item, as plain words.</summary>
    public static string? FirstSentence(MarkdownDocument document)
    {
        var paragraph = MarkdownWalker.All<ParagraphBlock>(document).FirstOrDefault();
        if (paragraph is null) return null;
        var text = MarkdownWalker.PlainText(paragraph).Replace('\n', ' ').Trim();
        for (var i = 0; i < text.Length - 1; i++)
            if (text[i] is '.' or '?' or '!' && text[i + 1] == ' ') return text[..(i + 1)];
        return text;
    }
}
