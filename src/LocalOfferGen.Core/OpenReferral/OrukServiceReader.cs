using System.Globalization;
using System.Text.Json.Nodes;
using LocalOfferGen.Diagnostics;
using LocalOfferGen.Loading;
using LocalOfferGen.Model;

namespace LocalOfferGen.OpenReferral;

/// <summary>Maps one ORUK service (UK profile 3.0, or 1.0 where the mapping is clear) back to the content
/// contract. A service exported by LocalOfferGen carries a <c>localoffer</c> object with what ORUK has no
/// field for; it is used when present, so export then import loses nothing. Where ORUK lacks a field the
/// contract requires, a plain default is written and reported, so the editor can check it.</summary>
internal sealed class OrukServiceReader(OrukJsonReader json, DateOnly today)
{
    private const int DefaultMinimumAge = 0;
    private const int DefaultMaximumAge = 25;

    /// <summary>Data the contract has no place for, by field path.</summary>
    public List<string> NotMapped { get; } = [];

    public ImportedService? Read(JsonObject service, string path)
    {
        var name = json.Text(service, "name", path);
        if (name is null)
        {
            json.Error(DiagnosticCodes.OrukServiceWithoutName, path, "the service has no name; every service needs one");
            return null;
        }
        var extension = json.Object(service, OrukExtension.Name, path);
        var extensionPath = $"{path}.{OrukExtension.Name}";
        var label = $"{path} ({name})";
        NotMapped.AddRange(OrukUnmapped.Paths(service, localOfferGenExport: extension is not null));

        var organization = json.Object(service, "organization", path);
        var organisation = json.Text(organization, "name", $"{path}.organization")
            ?? FilledIn(label, "organisation", "there is no organization name, so the service's own name", name);
        var ages = Ages(service, path, label);
        var status = json.Text(service, "status", path);
        if (status is not null && status != "active")
            json.Warning(DiagnosticCodes.OrukNotMapped, label, $"the service's status is '{status}'; it was imported all the same, so delete its file if it should not be listed");

        var foreign = extension is null;
        var url = WebAddress(json.Text(service, "url", path), "url");
        var organizationWebsite = WebAddress(json.Text(organization, "website", $"{path}.organization"), "organization.website");
        string? website;
        if (foreign)
        {
            website = url ?? organizationWebsite;
            if (url is not null && organizationWebsite is not null && organizationWebsite != url) NotMapped.Add("organization.website");
        }
        else website = organizationWebsite;

        var (phone, email) = Contact(service, organization, path);
        if (phone is null && email is null && website is null)
            json.Warning(DiagnosticCodes.OrukFilledIn, label, "the service has no phone, email or website; add one under contact: before you build");

        var id = json.Text(service, "id", path);
        Guid? orukId = null;
        if (id is not null)
        {
            if (Guid.TryParse(id, out var guid)) orukId = guid;
            else NotMapped.Add("id (not a UUID)");
        }

        var slug = json.Text(extension, OrukExtension.Id, extensionPath) is { } own && Slug.IsValid(own) ? own : FileName(name);
        var description = json.Text(extension, OrukExtension.Description, extensionPath) ?? json.Text(service, "description", path)
            ?? FilledIn(label, "description", "there is no description, so the service's name and organisation", $"{name}, from {organisation}.");
        var eligibility = json.Text(extension, OrukExtension.Eligibility, extensionPath) ?? json.Text(service, "eligibility_description", path)
            ?? Join(json.Objects(service, "eligibilitys", path).Select(e => json.Text(e.Json, "eligibility", e.Path)), "\n\n")
            ?? FilledIn(label, "eligibility", "there is no eligibility_description, so a sentence from the ages",
                $"People aged {ages.Min} to {ages.Max}. Contact the service to check it is right for you.");
        var howToAccess = json.Text(extension, OrukExtension.HowToAccess, extensionPath) ?? json.Text(service, "application_process", path)
            ?? FilledIn(label, "how_to_access", "there is no application_process, so a general sentence", "Contact the service to ask how to use it.");

        return new ImportedService
        {
            Slug = slug,
            Name = name,
            Organisation = organisation,
            Description = description,
            Categories = Categories(service, path, label, out var needs),
            Needs = needs,
            MinimumAge = ages.Min,
            MaximumAge = ages.Max,
            Eligibility = eligibility,
            HowToAccess = howToAccess,
            Cost = Cost(service, path),
            Phone = phone,
            Email = email,
            Website = website,
            Locations = Locations(service, path),
            Schedule = Schedule(service, path, "schedules") ?? Schedule(service, path, "regular_schedules"),
            Accessibility = json.Text(extension, OrukExtension.Accessibility, extensionPath) ?? (foreign ? Accessibility(service, path) : null),
            InArea = json.Bool(extension, OrukExtension.InArea, extensionPath) ?? true,
            Reviewed = Reviewed(service, path, label),
            ReviewBy = Date(json.Text(extension, OrukExtension.ReviewBy, extensionPath)),
            Topics = json.Words(extension, OrukExtension.Topics, extensionPath),
            OrukId = orukId,
        };
    }

    /// <summary>A web address the contract accepts (absolute http or https); anything else is reported, not imported.</summary>
    private string? WebAddress(string? text, string field)
    {
        if (text is null) return null;
        if (Uri.TryCreate(text, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp)) return text;
        NotMapped.Add($"{field} (not a web address)");
        return null;
    }

    /// <summary>The service's name as a file name, cut at a word to stay well inside file-system limits.</summary>
    private static string FileName(string name)
    {
        var slug = Slug.From(name);
        if (slug.Length <= MaxFileName) return slug;
        var cut = slug.LastIndexOf('-', MaxFileName);
        return slug[..(cut > 0 ? cut : MaxFileName)];
    }

    private const int MaxFileName = 80;

    private string FilledIn(string label, string key, string what, string value)
    {
        json.Warning(DiagnosticCodes.OrukFilledIn, label, $"'{key}' is required by the content format but {what} was written: \"{value}\"; check it");
        return value;
    }

    private (int Min, int Max) Ages(JsonObject service, string path, string label)
    {
        var eligibility = json.Objects(service, "eligibilitys", path).FirstOrDefault();
        var min = json.Number(service, "minimum_age", path) ?? json.Number(eligibility.Json, "minimum_age", eligibility.Path);
        var max = json.Number(service, "maximum_age", path) ?? json.Number(eligibility.Json, "maximum_age", eligibility.Path);
        if (min is null && max is null)
        {
            FilledIn(label, "age_range", "there is no minimum_age or maximum_age, so the SEND age range", $"{DefaultMinimumAge} to {DefaultMaximumAge}");
            return (DefaultMinimumAge, DefaultMaximumAge);
        }
        var low = Math.Clamp((int)Math.Floor(min ?? DefaultMinimumAge), 0, 120);
        var high = Math.Clamp((int)Math.Floor(max ?? Math.Max(low, DefaultMaximumAge)), 0, 120);
        return low <= high ? (low, high) : (high, low);
    }

    private (string? Phone, string? Email) Contact(JsonObject service, JsonObject? organization, string path)
    {
        var contacts = json.Objects(service, "contacts", path).ToList();
        var phone = json.Objects(service, "phones", path).Select(p => json.Text(p.Json, "number", p.Path)).FirstOrDefault(n => n is not null)
            ?? contacts.SelectMany(c => json.Objects(c.Json, "phones", c.Path)).Select(p => json.Text(p.Json, "number", p.Path)).FirstOrDefault(n => n is not null);
        var email = json.Text(service, "email", path)
            ?? contacts.Select(c => json.Text(c.Json, "email", c.Path)).FirstOrDefault(e => e is not null)
            ?? json.Text(organization, "email", $"{path}.organization");
        return (phone, email);
    }

    /// <summary>Categories and needs from the attributes' taxonomy terms (and ORUK 1.0 service_taxonomys).
    /// A LocalOfferGen feed's terms are matched by code; other taxonomies' terms by a category's name.</summary>
    private IReadOnlyList<string> Categories(JsonObject service, string path, string label, out IReadOnlyList<string> needs)
    {
        var terms = json.Objects(service, "attributes", path)
            .Select(a => (Term: json.Object(a.Json, "taxonomy_term", a.Path), Path: $"{a.Path}.taxonomy_term"))
            .Concat(json.Objects(service, "service_taxonomys", path)
                .Select(t => (Term: json.Object(t.Json, "taxonomy", t.Path), Path: $"{t.Path}.taxonomy")))
            .Where(t => t.Term is not null);
        var categories = new List<string>();
        var needList = new List<string>();
        foreach (var (term, termPath) in terms)
        {
            var taxonomy = json.Text(term, "taxonomy", termPath) ?? json.Text(term, "vocabulary", termPath);
            var code = json.Text(term, "term", termPath) ?? json.Text(term, "code", termPath);
            var termName = json.Text(term, "name", termPath);
            if (taxonomy == OrukTaxonomy.AgeGroups) continue;
            if (taxonomy == OrukTaxonomy.Needs && code is not null && Slug.IsValid(code))
            {
                AddOnce(needList, code);
                continue;
            }
            var category = taxonomy == OrukTaxonomy.Categories && code is not null ? Category.Find(code) : MatchCategory(code, termName);
            if (category is not null) AddOnce(categories, category.Id);
            else NotMapped.Add($"taxonomy term \"{termName ?? code}\"" + (taxonomy is null ? "" : $" of \"{taxonomy}\""));
        }
        needs = needList;
        if (categories.Count == 0)
        {
            FilledIn(label, "categories", "no taxonomy term matches a category, so the category", "advice");
            categories.Add("advice");
        }
        return categories;
    }

    private static Category? MatchCategory(params string?[] words) =>
        Category.All.FirstOrDefault(c => words.Any(w => w is not null
            && (string.Equals(w, c.Label, StringComparison.OrdinalIgnoreCase) || Slug.From(w) == c.Id)));

    private static void AddOnce(List<string> list, string item)
    {
        if (!list.Contains(item)) list.Add(item);
    }

    /// <summary>fees_description (or 1.0's fees), followed by the cost options it does not already say.</summary>
    private string? Cost(JsonObject service, string path)
    {
        var fees = json.Text(service, "fees_description", path) ?? json.Text(service, "fees", path);
        var options = CostOptions(service, path).Where(o => fees is null || !fees.Contains(o, StringComparison.OrdinalIgnoreCase));
        return Sentences(options.Prepend(fees));
    }

    private List<string> CostOptions(JsonObject service, string path)
    {
        var options = new List<string>();
        foreach (var (option, optionPath) in json.Objects(service, "cost_options", path))
        {
            var amount = json.Number(option, "amount", optionPath) is { } value
                ? value == 0 ? "Free" : "£" + value.ToString("0.##", CultureInfo.InvariantCulture)
                : null;
            var details = json.Text(option, "amount_description", optionPath);
            var price = Join([amount, details == amount ? null : details], " ");
            var condition = json.Text(option, "option", optionPath);
            var text = condition is null ? price : price is null ? condition : $"{condition}: {price}";
            if (text is not null) options.Add(text);
        }
        return options;
    }

    private IReadOnlyList<ImportedLocation> Locations(JsonObject service, string path)
    {
        var locations = new List<ImportedLocation>();
        foreach (var (link, linkPath) in json.Objects(service, "service_at_locations", path))
        {
            var locationPath = $"{linkPath}.location";
            if (json.Object(link, "location", linkPath) is not { } location) continue;
            var addresses = json.Objects(location, "addresses", locationPath)
                .Concat(json.Objects(location, "physical_addresses", locationPath)).ToList();
            var address = addresses.FirstOrDefault(a => json.Text(a.Json, "address_type", a.Path) is null or "physical");
            if (address.Json is null && addresses.Count > 0) address = addresses[0];
            var street = address.Json is null ? null : Join(
                new[] { "address_1", "address_2", "city", "region", "state_province" }.Select(k => json.Text(address.Json, k, address.Path)).Distinct(), ", ");
            var postcode = address.Json is null ? null : json.Text(address.Json, "postal_code", address.Path);
            var name = json.Text(location, "name", locationPath) ?? street ?? postcode;
            if (name is null)
            {
                NotMapped.Add("service_at_locations.location (without name or address)");
                continue;
            }
            locations.Add(new ImportedLocation(name, street, postcode));
        }
        return locations;
    }

    private string? Accessibility(JsonObject service, string path)
    {
        var notes = new List<string>();
        foreach (var (link, linkPath) in json.Objects(service, "service_at_locations", path))
        {
            var location = json.Object(link, "location", linkPath);
            var locationPath = $"{linkPath}.location";
            foreach (var (item, itemPath) in json.Objects(location, "accessibility", locationPath))
                AddOnce(notes, json.Text(item, "description", itemPath) ?? json.Text(item, "accessibility", itemPath) ?? "");
            foreach (var (item, itemPath) in json.Objects(location, "accessibility_for_disabilities", locationPath))
                AddOnce(notes, json.Text(item, "accessibility", itemPath) ?? "");
        }
        return Join(notes, " ");
    }

    private static readonly Dictionary<string, string> Days = new(StringComparer.OrdinalIgnoreCase)
    {
        ["MO"] = "Monday", ["TU"] = "Tuesday", ["WE"] = "Wednesday", ["TH"] = "Thursday",
        ["FR"] = "Friday", ["SA"] = "Saturday", ["SU"] = "Sunday",
    };

    /// <summary>A schedule's own description, or its days and times in words ("Monday, Tuesday 10:00 to 18:00").</summary>
    private string? Schedule(JsonObject service, string path, string key)
    {
        var lines = new List<string>();
        foreach (var (schedule, schedulePath) in json.Objects(service, key, path))
        {
            var notes = new[] { "attending_type", "notes" }.Select(k => json.Text(schedule, k, schedulePath));
            if (json.Text(schedule, "description", schedulePath) is { } description)
            {
                lines.Add(Sentences(notes.Prepend(description))!);
                continue;
            }
            var days = json.Text(schedule, "byday", schedulePath)?.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
                .Select(d => Days.GetValueOrDefault(d[^2..], d));
            var opens = Time(json.Text(schedule, "opens_at", schedulePath));
            var closes = Time(json.Text(schedule, "closes_at", schedulePath));
            var hours = opens is null ? null : closes is null ? $"from {opens}" : $"{opens} to {closes}";
            if (Sentences(notes.Prepend(Join([days is null ? null : string.Join(", ", days), hours], " "))) is { } line) lines.Add(line);
        }
        return Join(lines, "; ");
    }

    private static string? Time(string? text) => text is { Length: >= 5 } && text[2] == ':' ? text[..5] : text;

    private DateOnly Reviewed(JsonObject service, string path, string label)
    {
        if (Date(json.Text(service, "assured_date", path)) is { } assured) return assured;
        if (Date(json.Text(service, "last_modified", path)) is { } modified) return modified;
        FilledIn(label, "reviewed", "there is no assured_date or last_modified, so today's date", today.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        return today;
    }

    /// <summary>A date, or the date part of a date-time.</summary>
    private static DateOnly? Date(string? text) =>
        text is { Length: >= 10 } && DateOnly.TryParseExact(text[..10], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? date : null;

    /// <summary>Parts joined as sentences: a full stop is added after a part that has none, unless it is the last.</summary>
    private static string? Sentences(IEnumerable<string?> parts)
    {
        var kept = parts.Where(p => !string.IsNullOrWhiteSpace(p)).Select(p => p!.TrimEnd()).ToList();
        for (var i = 0; i < kept.Count - 1; i++)
            if (!kept[i].EndsWith('.') && !kept[i].EndsWith('!') && !kept[i].EndsWith('?')) kept[i] += ".";
        return Join(kept, " ");
    }

    private static string? Join(IEnumerable<string?> parts, string separator)
    {
        var kept = parts.Where(p => !string.IsNullOrWhiteSpace(p)).ToList();
        return kept.Count == 0 ? null : string.Join(separator, kept);
    }
}
