using LocalOfferGen.Diagnostics;
using LocalOfferGen.Loading.Yaml;
using LocalOfferGen.Model;

namespace LocalOfferGen.Loading;

/// <summary>Reads one directory entry, services/*.yml.</summary>
internal static class ServiceReader
{
    private static readonly string[] Keys =
    [
        "id", "name", "organisation", "description", "categories", "needs", "age_range", "eligibility", "how_to_access",
        "cost", "contact", "locations", "schedule", "accessibility", "in_area", "reviewed", "review_by", "topics",
        "oruk_id", Changes.ChangesReader.Key,
    ];
    private static readonly string[] AgeKeys = ["min", "max"];
    private static readonly string[] ContactKeys = ["phone", "email", "website"];
    private static readonly string[] LocationKeys = ["name", "address", "postcode"];

    public static Service? Read(LoadContext context, string file)
    {
        if (context.ReadYamlFile(file) is not YamlMapping mapping) return null;
        var fields = context.Fields(mapping, Keys);
        var id = fields.Text("id") ?? Path.GetFileNameWithoutExtension(file);
        if (!Slug.IsValid(id))
        {
            context.Diagnostics.Error(DiagnosticCodes.InvalidValue, fields.SpanOf("id"),
                $"the service id '{id}' becomes its web address, so use lower-case letters, digits and hyphens only (try '{Slug.From(id)}')");
            id = Slug.From(id);
        }
        var url = SiteUrls.ForService(id);
        var name = fields.Text("name", required: true);
        var organisation = fields.Text("organisation", required: true);
        var description = context.ParseMarkdownField(fields, "description", file, url, required: true);
        var categories = IdLists.Categories(context, fields, required: true);
        var needs = IdLists.Needs(context, fields);
        var ages = ReadAgeRange(context, fields);
        var eligibility = context.ParseMarkdownField(fields, "eligibility", file, url, required: true);
        var howToAccess = context.ParseMarkdownField(fields, "how_to_access", file, url, required: true);
        var cost = fields.Text("cost");
        var contact = ReadContact(context, fields);
        var locations = ReadLocations(context, fields);
        var schedule = fields.Text("schedule");
        var accessibility = fields.Text("accessibility");
        var inArea = fields.Bool("in_area") ?? true;
        var reviewed = fields.Date("reviewed", required: true);
        var reviewBy = fields.Date("review_by");
        var topics = IdLists.Topics(context, fields);
        var orukId = ReadOrukId(context, fields);
        var changes = Changes.ChangesReader.Read(context, fields);
        if (name is null || organisation is null || description is null || categories.Count == 0 || ages is null
            || eligibility is null || howToAccess is null || contact is null || reviewed is null)
            return null;
        return new Service(id, file, url, name, organisation, description, categories, needs, ages, eligibility, howToAccess,
            cost, contact, locations, schedule, accessibility, inArea, reviewed.Value,
            reviewBy ?? reviewed.Value.AddMonths(context.Settings.ReviewMonths), topics, new SourceSpan(context.Display(file), 1, 1))
        {
            OrukId = orukId,
            History = Changes.ChangeHistory.For(changes, null, reviewed.Value),
            ReviewedAt = fields.SpanOf("reviewed"),
        };
    }

    /// <summary>Optional extension key: the id the service has in an Open Referral UK system.</summary>
    private static Guid? ReadOrukId(LoadContext context, YamlFields fields)
    {
        if (fields.Text("oruk_id") is not { } text) return null;
        if (Guid.TryParseExact(text, "D", out var id)) return id;
        context.Diagnostics.Error(DiagnosticCodes.InvalidValue, fields.SpanOf("oruk_id"),
            $"'oruk_id' must be an Open Referral UK id like 3fa85f64-5717-4562-b3fc-2c963f66afa6, not \"{text}\"");
        return null;
    }

    private static AgeRange? ReadAgeRange(LoadContext context, YamlFields fields)
    {
        if (fields.Map("age_range", required: true) is not { } map) return null;
        var ages = context.Fields(map, AgeKeys);
        var min = ages.Int("min", required: true, min: 0, max: 120);
        var max = ages.Int("max", required: true, min: 0, max: 120);
        if (min is null || max is null) return null;
        if (min > max)
        {
            context.Diagnostics.Error(DiagnosticCodes.InvalidValue, map.Span, $"'age_range': 'min' ({min}) is more than 'max' ({max})");
            return null;
        }
        return new AgeRange(min.Value, max.Value);
    }

    private static ServiceContact? ReadContact(LoadContext context, YamlFields fields)
    {
        if (fields.Map("contact", required: true) is not { } map) return null;
        var contact = context.Fields(map, ContactKeys);
        var result = new ServiceContact(contact.Text("phone"), contact.Text("email"), contact.Text("website"));
        if (result.Website is not null && !Uri.TryCreate(result.Website, UriKind.Absolute, out _))
        {
            context.Diagnostics.Error(DiagnosticCodes.InvalidValue, contact.SpanOf("website"),
                $"'website' must be a full address starting https://, not \"{result.Website}\"");
            result = result with { Website = null };
        }
        if (result.Website is not null && Markdown.HtmlSafety.IsUnsafeUrl(result.Website))
        {
            context.Diagnostics.Warning(DiagnosticCodes.UnsafeUrlRemoved, contact.SpanOf("website"),
                $"an unsafe address ({result.Website.Split(':')[0].Trim()}:) was removed from 'website'; give the service's https:// address");
            result = result with { Website = null };
        }
        if (result.Phone is null && result.Email is null && result.Website is null)
        {
            context.Diagnostics.Error(DiagnosticCodes.MissingKey, map.Span, "'contact' needs at least one of phone, email or website");
            return null;
        }
        return result;
    }

    private static IReadOnlyList<ServiceLocation> ReadLocations(LoadContext context, YamlFields fields)
    {
        if (fields.List("locations") is not { } list) return [];
        var locations = new List<ServiceLocation>();
        foreach (var location in context.EachMapping(list, LocationKeys, "each location must be { name: ..., address: ..., postcode: ... }"))
        {
            if (location.Text("name", required: true) is { } name)
                locations.Add(new ServiceLocation(name, location.Text("address"), location.Text("postcode")));
        }
        return locations;
    }
}
