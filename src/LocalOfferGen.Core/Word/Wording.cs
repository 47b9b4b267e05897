using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;
using LocalOfferGen.Model;

namespace LocalOfferGen.Word;

/// <summary>The words and blocks several documents share: dates, the council's contact details, the footer
/// line and links written outside Markdown.</summary>
internal static class Wording
{
    public static string Date(DateOnly date) => date.ToString("d MMMM yyyy", CultureInfo.InvariantCulture);

    /// <summary>"Information correct at 16 November 2026": the newest date in the content, so the same content
    /// always prints the same words.</summary>
    public static string CorrectAt(Site site) => $"Information correct at {Date(site.ContentDate)}";

    /// <summary>The footer line: the council and its phone number (or email, when it has no phone).</summary>
    public static string FooterContact(SiteSettings settings) =>
        settings.Contact.Phone is { } phone ? $"{settings.Authority}  \u00B7  Phone {phone}"
        : settings.Contact.Email is { } email ? $"{settings.Authority}  \u00B7  Email {email}"
        : settings.Authority;

    public static DocumentInfo Info(Site site, string title, string subject, bool hasContents = false, bool wholeSite = false) =>
        new(title, subject, site.Settings.Authority, site.Settings.Language, site.ContentDate, FooterContact(site.Settings), hasContents, wholeSite);

    /// <summary>Phone, email, address and opening hours of the Local Offer team, one fact a line, kept together on one
    /// page (each line kept with the next), so the block never leaves a line or two on a sheet of its own.</summary>
    public static IEnumerable<OpenXmlElement> ContactDetails(WordPackage package, WritingContext context, PartRelationships owner)
    {
        var lines = ContactLines(package, context, owner).ToList();
        foreach (var line in lines.SkipLast(1)) Paragraphs.KeptWithNext(line);
        if (lines.Count > 0) lines[^1].ParagraphProperties!.KeepLines ??= new KeepLines();
        return lines;
    }

    private static IEnumerable<Paragraph> ContactLines(WordPackage package, WritingContext context, PartRelationships owner)
    {
        var contact = context.Site.Settings.Contact;
        if (contact.Phone is { } phone) yield return Paragraphs.Fact("Phone", phone);
        if (contact.Email is { } email)
            yield return Paragraphs.Plain(Paragraphs.Text("Email: ", bold: true), Link(package, context, owner, "mailto:" + email, email));
        if (contact.Address is { } address) yield return Paragraphs.Fact("Address", address);
        if (contact.OpeningHours is { } hours) yield return Paragraphs.Fact("Opening hours", hours);
        var site = context.Site.Settings.BaseUrl;
        yield return Paragraphs.Plain(Paragraphs.Text("Website: ", bold: true), Link(package, context, owner, site, MarkdownWriter.PrintedAddress(site)));
    }

    /// <summary>A link whose words are its own address as printed ("localoffer.example.gov.uk/x/"), for paper.</summary>
    public static OpenXmlElement AddressLink(WordPackage package, WritingContext context, PartRelationships owner, string url) =>
        Link(package, context, owner, url, MarkdownWriter.PrintedAddress(context.Absolute(url)));

    /// <summary>A link with its own words and, on paper, its address in brackets after them (unless the words are the
    /// address), since a printed link cannot be followed: "Short breaks (localoffer.example.gov.uk/social-care/short-breaks/)".</summary>
    public static OpenXmlElement[] LinkWithAddress(WordPackage package, WritingContext context, PartRelationships owner, string url, string text)
    {
        var link = Link(package, context, owner, url, text);
        var printed = MarkdownWriter.PrintedAddress(context.Absolute(url));
        return context.PrintAddresses && link is Hyperlink && !MarkdownWriter.SameAddress(text, printed)
            ? [link, Paragraphs.Text($" ({printed})")]
            : [link];
    }

    /// <summary>A link with its own words; plain text when the address cannot be a link.</summary>
    public static OpenXmlElement Link(WordPackage package, WritingContext context, PartRelationships owner, string url, string text)
    {
        if (package.LinkId(owner, context.Absolute(url)) is not { } id) return Paragraphs.Text(text);
        return new Hyperlink(new Run(new RunProperties(new RunStyle { Val = "Hyperlink" }), new Text(LocalOfferGen.Wording.KeepTogether.PhoneNumbersAndPostcodes(text)) { Space = SpaceProcessingModeValues.Preserve }))
            { Id = id, History = true };
    }
}
