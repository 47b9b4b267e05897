using LocalOfferGen.Model;

namespace LocalOfferGen.Word;

/// <summary>One information page as a Word document: its title as Heading 1, its summary, its text, and
/// where to find it online and who to ask.</summary>
internal static class PageDocument
{
    public static ArraySegment<byte> Write(Page page, WritingContext context, Typography type)
    {
        var site = context.Site;
        var package = new WordPackage(Wording.Info(site, page.Title, page.Summary), type);
        var body = package.Body;
        if (CoverLogo.For(package, context) is { } logo) body.Append(logo);
        body.Append(package.Heading(1, page.Title));
        body.Append(Paragraphs.Styled("Lead", Paragraphs.Text(page.Summary)));
        new MarkdownWriter(package, context, page.Url, 1, page.Body.Document).Write(page.Body.Document);
        Related(package, context, page);

        body.Append(package.Heading(2, "About this document"));
        body.Append(Paragraphs.Plain(
            Paragraphs.Text($"This is a printable copy of a page of the {site.Settings.Title}. You can read it online at "),
            Wording.AddressLink(package, context, package.Main, page.Url),
            Paragraphs.Text(".")));
        body.Append(Paragraphs.Plain(Paragraphs.Text($"Last updated {Wording.Date(page.LastUpdated)}.")));
        body.Append(Paragraphs.Plain(Paragraphs.Text($"Information correct at {Wording.Date(page.Reviewed)}. Page owner: {page.Owner}.")));
        if (site.EasyReadFor(page) is { } easyRead)
            body.Append(Paragraphs.Plain(
                Paragraphs.Text("There is an easy-read version of this page: "),
                Wording.AddressLink(package, context, package.Main, easyRead.Url)));
        body.Append(Paragraphs.KeptWithNext(Paragraphs.Plain(Paragraphs.Text("For help, or for this document in large print or another format, contact the Local Offer team."))));
        body.Append(Wording.ContactDetails(package, context, package.Main));
        return package.Finish();
    }

    /// <summary>What the web page lists under its text: the pages of its section and the services that
    /// cover its topics.</summary>
    private static void Related(WordPackage package, WritingContext context, Page page)
    {
        var site = context.Site;
        var children = site.ChildrenOf(page);
        if (children.Count > 0)
        {
            package.Body.Append(package.Heading(2, "In this section"));
            var list = package.Numbering.Bullets();
            foreach (var child in children)
                package.Body.Append(Paragraphs.ListItem(list,
                    [.. Wording.LinkWithAddress(package, context, package.Main, child.Url, child.Title), Paragraphs.Text(": " + child.Summary)]));
        }
        var services = context.Site.ServicesFor(page);
        if (services.Count > 0)
        {
            package.Body.Append(package.Heading(2, "Services that can help"));
            var list = package.Numbering.Bullets();
            foreach (var service in services)
                package.Body.Append(Paragraphs.ListItem(list,
                    [.. Wording.LinkWithAddress(package, context, package.Main, service.Url, service.Name), Paragraphs.Text(", " + service.Organisation)]));
        }
    }
}
