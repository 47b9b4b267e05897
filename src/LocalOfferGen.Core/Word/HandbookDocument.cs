using LocalOfferGen.Model;

namespace LocalOfferGen.Word;

/// <summary>The whole Local Offer as one handbook (documents/local-offer.docx), for families without the
/// internet (SEND Regulations 2014 reg 55 and 57): a cover with the council's contact details (and no footer), a
/// table of contents with page numbers, every page in book order (<see cref="BookOrder"/>: a page whose folder has no
/// index.md sits in its own section, one heading level below it), the directory, "You said, we did" and the glossary. Each link's
/// address is printed after it, because the handbook is read on paper.</summary>
internal static class HandbookDocument
{
    public static ArraySegment<byte> Write(WritingContext context, Typography type)
    {
        var site = context.Site;
        var settings = site.Settings;
        var package = new WordPackage(
            Wording.Info(site, settings.Title, $"The whole {settings.Title} in one document: information, advice and services for children and young people with SEND and their families.", hasContents: true, wholeSite: true),
            type) { CoverWithoutFooter = true };
        var body = package.Body;

        if (CoverLogo.For(package, context) is { } logo) body.Append(logo);
        body.Append(Paragraphs.Styled("Title", Paragraphs.Text(settings.Title)));
        body.Append(Paragraphs.Styled("Subtitle", Paragraphs.Text("Information, advice and services for children and young people aged 0 to 25 with special educational needs and disabilities (SEND), and their families")));
        body.Append(Paragraphs.Fact("Published by", settings.Authority));
        body.Append(Paragraphs.Plain(Paragraphs.Text(Wording.CorrectAt(site) + ".")));
        body.Append(Paragraphs.KeptWithNext(Paragraphs.Plain(Paragraphs.Text("Contact the Local Offer team", bold: true))));
        body.Append(Wording.ContactDetails(package, context, package.Main));
        body.Append(Paragraphs.Plain(Paragraphs.Text("You can ask us for this document in large print, easy read or another format.")));

        var contents = Paragraphs.Styled("TOCHeading", Paragraphs.Text("Contents"));
        contents.ParagraphProperties!.Append(new DocumentFormat.OpenXml.Wordprocessing.PageBreakBefore());
        body.Append(contents);

        foreach (var (page, level) in BookOrder.Of(site))
        {
            body.Append(package.Heading(level, page.Title, newPage: level == 1));
            body.Append(Paragraphs.Styled("Lead", Paragraphs.Text(page.Summary)));
            new MarkdownWriter(package, context, page.Url, level, page.Body.Document).Write(page.Body.Document);
            body.Append(Paragraphs.Plain(Paragraphs.Text(
                $"Online: {MarkdownWriter.PrintedAddress(context.Absolute(page.Url))}. Information correct at {Wording.Date(page.Reviewed)}.")));
        }

        body.Append(package.Heading(1, "Directory of services", newPage: true));
        body.Append(Paragraphs.Plain(Paragraphs.Text("Services for children and young people with SEND and their families, grouped by the kind of help they give.")));
        DirectoryWriter.Write(package, context, 2);

        body.Append(package.Heading(1, "You said, we did", newPage: true));
        body.Append(Paragraphs.Plain(Paragraphs.Text("What children, young people and families told us about the Local Offer, and what we did about it.")));
        FeedbackWriter.Write(package, context, 2);

        body.Append(package.Heading(1, "Glossary", newPage: true));
        body.Append(Paragraphs.Plain(Paragraphs.Text("What the words and abbreviations in this document mean.")));
        GlossaryWriter.Write(package, context);

        // The contents come after the cover but list the headings after them, so they are filled in last: first with
        // stand-in numbers, to count the pages they take themselves, then with the pages the estimate finds.
        var pagination = new ContentsPagination(type, context.Metrics.Regular, context.Metrics.Bold);
        var estimate = Insert(contents, TableOfContents.Create(package.Outline, null));
        var pages = pagination.PagesOf(body);
        foreach (var paragraph in estimate) paragraph.Remove();
        Insert(contents, TableOfContents.Create(package.Outline, pages));
        return package.Finish();
    }

    private static IReadOnlyList<DocumentFormat.OpenXml.Wordprocessing.Paragraph> Insert(DocumentFormat.OpenXml.OpenXmlElement after,
        IReadOnlyList<DocumentFormat.OpenXml.Wordprocessing.Paragraph> paragraphs)
    {
        foreach (var paragraph in paragraphs) after = after.InsertAfterSelf(paragraph);
        return paragraphs;
    }
}
