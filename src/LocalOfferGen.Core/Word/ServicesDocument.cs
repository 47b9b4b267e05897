namespace LocalOfferGen.Word;

/// <summary>The whole directory of services as one document (documents/services.docx).</summary>
internal static class ServicesDocument
{
    public const string Title = "Directory of services";

    public static ArraySegment<byte> Write(WritingContext context, Typography type)
    {
        var site = context.Site;
        var package = new WordPackage(
            Wording.Info(site, $"{Title}: {site.Settings.Title}", $"Every service in the {site.Settings.Title}, by category, with who can use it, how to get it and how to get in touch.", wholeSite: true),
            type);
        var body = package.Body;
        if (CoverLogo.For(package, context) is { } logo) body.Append(logo);
        body.Append(package.Heading(1, Title));
        body.Append(Paragraphs.Styled("Lead", Paragraphs.Text(
            $"Services for children and young people with special educational needs and disabilities (SEND), and their families, from the {site.Settings.Title}.")));
        body.Append(Paragraphs.Plain(Paragraphs.Text($"{Wording.CorrectAt(site)}. Services are grouped by the kind of help they give.")));
        DirectoryWriter.Write(package, context, 2);
        body.Append(package.Heading(2, "Contact the Local Offer team"));
        body.Append(Paragraphs.Plain(Paragraphs.Text("If you cannot find what you need, we can help.")));
        body.Append(Wording.ContactDetails(package, context, package.Main));
        return package.Finish();
    }
}
