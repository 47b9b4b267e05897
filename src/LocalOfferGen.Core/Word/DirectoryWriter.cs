using LocalOfferGen.Model;

namespace LocalOfferGen.Word;

/// <summary>The directory of services, grouped by category. Each service is printed in full once, under its
/// first category, and named under its other categories with where to find it, so the paper stays short.</summary>
internal static class DirectoryWriter
{
    /// <param name="level">The heading level of the categories; services go one below, their parts two below.</param>
    public static void Write(WordPackage package, WritingContext context, int level)
    {
        var services = context.Site.Services;
        foreach (var category in Category.All.Append(Category.Other))
        {
            var inFull = services.Where(s => PrimaryCategory(s) == category).ToList();
            var alsoHere = services.Where(s => PrimaryCategory(s) != category && s.Categories.Contains(category.Id)).ToList();
            if (inFull.Count == 0 && alsoHere.Count == 0) continue;
            package.Body.Append(package.Heading(level, category.Label));
            foreach (var service in inFull) WriteService(package, context, service, level + 1);
            if (alsoHere.Count == 0) continue;
            package.Body.Append(Paragraphs.Plain(Paragraphs.Text($"Also for {category.Label.ToLowerInvariant()}:", bold: true)));
            var list = package.Numbering.Bullets();
            foreach (var service in alsoHere)
                package.Body.Append(Paragraphs.ListItem(list, Paragraphs.Text($"{service.Name}: see {PrimaryCategory(service).Label}")));
        }
    }

    public static Category PrimaryCategory(Service service) => Category.PrimaryOf(service);

    private static void WriteService(WordPackage package, WritingContext context, Service service, int level)
    {
        var body = package.Body;
        var main = package.Main;
        body.Append(package.Heading(level, service.Name));
        body.Append(Paragraphs.Fact("Run by", service.Organisation));
        body.Append(Paragraphs.Fact("Last updated", Wording.Date(service.LastUpdated)));
        if (!service.InArea) body.Append(Paragraphs.Plain(Paragraphs.Text($"This service is outside the area of {context.Site.Settings.Authority}.")));
        Markdown(package, context, service, service.Description, level);

        body.Append(package.Heading(level + 1, "Who it is for"));
        body.Append(Paragraphs.Fact("Ages", service.AgeRange.ToString()));
        var needs = service.Needs.Select(id => context.Site.Settings.Needs.FirstOrDefault(n => n.Id == id)?.Label ?? id).ToList();
        if (needs.Count > 0) body.Append(Paragraphs.Fact("Needs", string.Join(", ", needs)));
        Markdown(package, context, service, service.Eligibility, level + 1);

        body.Append(package.Heading(level + 1, "How to get it"));
        Markdown(package, context, service, service.HowToAccess, level + 1);
        if (service.Cost is { } cost) body.Append(Paragraphs.Fact("Cost", cost));

        body.Append(package.Heading(level + 1, "Contact"));
        if (service.Contact.Phone is { } phone) body.Append(Paragraphs.Fact("Phone", phone));
        if (service.Contact.Email is { } email)
            body.Append(Paragraphs.Plain(Paragraphs.Text("Email: ", bold: true), Wording.Link(package, context, main, "mailto:" + email, email)));
        if (service.Contact.Website is { } website)
            body.Append(Paragraphs.Plain(Paragraphs.Text("Website: ", bold: true), Wording.Link(package, context, main, website, MarkdownWriter.PrintedAddress(website))));

        if (service.Locations.Count > 0 || service.Schedule is not null)
        {
            body.Append(package.Heading(level + 1, "Where and when"));
            foreach (var location in service.Locations)
                body.Append(Paragraphs.Plain(Paragraphs.Text(string.Join(", ", new[] { location.Name, location.Address, location.Postcode }.Where(p => !string.IsNullOrWhiteSpace(p))))));
            if (service.Schedule is { } schedule) body.Append(Paragraphs.Fact("When", schedule));
        }
        if (service.Accessibility is { } accessibility)
        {
            body.Append(package.Heading(level + 1, "Accessibility"));
            body.Append(Paragraphs.Plain(Paragraphs.Text(accessibility)));
        }
        body.Append(Paragraphs.Plain(
            Paragraphs.Text($"Information correct at {Wording.Date(service.Reviewed)}. Online: "),
            Wording.AddressLink(package, context, main, service.Url)));
    }

    private static void Markdown(WordPackage package, WritingContext context, Service service, MarkdownText text, int level)
    {
        if (!text.IsEmpty) new MarkdownWriter(package, context, service.Url, level, text.Document).Write(text.Document);
    }
}
