using System.Globalization;
using LocalOfferGen.Diagnostics;
using LocalOfferGen.Model;
using LocalOfferGen.Print.Layout;
using Markdig.Syntax.Inlines;

namespace LocalOfferGen.Print.Content;

/// <summary>What a leaflet says, as blocks: its sections in order, then the back panel with the council's
/// contact details, the note about other formats and the QR code with its address in words.</summary>
public static class LeafletBlocks
{
    public const double QrSizeMm = 24;

    /// <summary>The sections in order. A page section shows the page's title, summary and web address; a journey
    /// section its steps condensed (see <see cref="JourneyBlocks.Condensed"/>).</summary>
    public static List<Block> Sections(Site site, Leaflet leaflet, Func<LinkInline, BlockSource, PictureBlock?> picture)
    {
        var markdown = new MarkdownBlocks(site.Settings, site.FindDownload);
        var blocks = new List<Block>();
        foreach (var section in leaflet.Sections)
        {
            if (section.Page is { } page)
            {
                var source = new BlockSource(page.Title, section.Source);
                var address = site.Settings.AbsoluteUrl(page.Url);
                blocks.Add(new TextBlock(TextRole.Heading, [new Run(page.Title)], source));
                blocks.Add(new TextBlock(TextRole.Paragraph, [new Run(page.Summary)], source, KeepWithNext: true));
                blocks.Add(new TextBlock(TextRole.Paragraph,
                    [Run.Bold("Read more: "), new Run(PrintAddress.Display(address), default, address)], source));
            }
            else if (section.Journey is { } journey)
                blocks.AddRange(JourneyBlocks.Condensed(site, journey, new BlockSource(journey.Title, section.Source), -blocks.Count - 1,
                    Pdf.PrintUnits.Mm(JourneyBlocks.LeafletQrSizeMm)));
            else if (section.Heading is { } heading && section.Text is { } text)
            {
                var source = new BlockSource(heading, section.Source);
                blocks.Add(new TextBlock(TextRole.Heading, [new Run(heading)], source));
                blocks.AddRange(markdown.BlocksOf(text.Document, source, link => picture(link, source)));
            }
        }
        return blocks;
    }

    /// <summary>The back: how to contact the council, other formats, and the QR code with its address under it.</summary>
    public static List<Block> Back(Site site, Leaflet leaflet, double qrSizePoints)
    {
        var settings = site.Settings;
        var contact = settings.Contact;
        var source = new BlockSource("the contact details on the back", leaflet.Source);
        var blocks = new List<Block> { new TextBlock(TextRole.Heading, [new Run("Contact us")], source) };
        void Line(string label, string? value, string? link = null)
        {
            if (string.IsNullOrWhiteSpace(value)) return;
            blocks.Add(new TextBlock(TextRole.Paragraph, [Run.Bold(label + ": "), new Run(value, default, link)], source));
        }
        Line("Phone", contact.Phone, contact.Phone is null ? null : "tel:" + contact.Phone.Replace(" ", ""));
        Line("Email", contact.Email, contact.Email is null ? null : "mailto:" + contact.Email);
        Line("Address", contact.Address);
        Line("Open", contact.OpeningHours);
        var formats = contact.Phone is { } phone
            ? $"This leaflet is available in other formats: phone {phone}."
            : contact.Email is { } email ? $"This leaflet is available in other formats: email {email}." : "This leaflet is available in other formats.";
        blocks.Add(new TextBlock(TextRole.Paragraph, [Run.Bold(formats)], source));
        var url = settings.AbsoluteUrl(leaflet.QrPath);
        blocks.Add(new QrBlock(url, $"QR code that opens {url}", qrSizePoints, source));
        blocks.Add(new TextBlock(TextRole.Paragraph, [new Run("Scan the code or go to "), new Run(PrintAddress.Display(url), default, url)], source));
        var updated = leaflet.LastUpdated(site.ContentDate).ToString("d MMMM yyyy", CultureInfo.InvariantCulture);
        blocks.Add(new TextBlock(TextRole.Paragraph, [new Run($"{settings.Authority}. Last updated {updated}")], source));
        return blocks;
    }
}
