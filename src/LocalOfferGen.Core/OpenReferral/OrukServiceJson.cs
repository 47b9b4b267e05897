using System.Globalization;
using System.Text.Json.Nodes;
using LocalOfferGen.Model;

namespace LocalOfferGen.OpenReferral;

/// <summary>One service in the full shape of the ORUK <c>service.json</c> schema (UK profile of HSDS 3.0).
/// Every id is derived from the service's page address, so it survives rebuilds; a service imported
/// from an ORUK system keeps its original id.</summary>
internal sealed class OrukServiceJson(SiteSettings settings, OrukTaxonomy taxonomy)
{
    public const string Country = "GB";

    public Guid IdOf(Service service) => service.OrukId ?? OrukIds.FromName(PageUrl(service));

    public JsonObject Build(Service service)
    {
        var page = PageUrl(service);
        var id = OrukIds.Text(IdOf(service));
        var organizationId = OrukIds.Text(OrukIds.FromName(page + "#organization"));
        string Sub(string part) => OrukIds.Text(OrukIds.FromName(page + "#" + part));

        var json = new JsonObject
        {
            ["id"] = id,
            ["organization_id"] = organizationId,
            ["name"] = service.Name,
            ["description"] = OrukPlainText.From(service.Description),
            ["url"] = page,
        };
        json.AddIf("email", service.Contact.Email);
        json["status"] = "active";
        json.AddIf("fees_description", service.Cost);
        json["eligibility_description"] = OrukPlainText.From(service.Eligibility);
        json["application_process"] = OrukPlainText.From(service.HowToAccess);
        json["minimum_age"] = service.AgeRange.Min;
        json["maximum_age"] = service.AgeRange.Max;
        json["assured_date"] = service.Reviewed.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        json.AddIf("phones", Phones(service.Contact.Phone, Sub("phone")));
        json.AddIf("schedules", Schedules(service, id, Sub));
        json["service_areas"] = new JsonArray(ServiceArea(service, id, Sub("service-area")));
        json.AddIf("service_at_locations", Locations(service, id, Sub));
        json["organization"] = Organization(service, organizationId);
        json.AddIf("cost_options", CostOptions(service, id, Sub));
        json["contacts"] = new JsonArray(Contact(service, id, Sub));
        json["attributes"] = Attributes(service, Sub);
        json[OrukExtension.Name] = Extension(service);
        return json;
    }

    private string PageUrl(Service service) => settings.AbsoluteUrl(service.Url);

    private static JsonArray Phones(string? number, string phoneId) =>
        number is null ? [] : [new JsonObject { ["id"] = phoneId, ["number"] = number }];

    private static JsonArray Schedules(Service service, string serviceId, Func<string, string> sub) =>
        service.Schedule is null ? [] :
        [
            new JsonObject { ["id"] = sub("schedule"), ["service_id"] = serviceId, ["description"] = service.Schedule },
        ];

    private JsonObject ServiceArea(Service service, string serviceId, string areaId)
    {
        var (name, text) = service.InArea
            ? (settings.Authority, $"Families living in the area of {settings.Authority}.")
            : ($"Outside the area of {settings.Authority}", $"This is regional or national provision outside the area of {settings.Authority}.");
        return new JsonObject { ["id"] = areaId, ["service_id"] = serviceId, ["name"] = name, ["service_area"] = text };
    }

    private static JsonArray Locations(Service service, string serviceId, Func<string, string> sub)
    {
        var list = new JsonArray();
        for (var i = 0; i < service.Locations.Count; i++)
        {
            var place = service.Locations[i];
            var n = (i + 1).ToString(CultureInfo.InvariantCulture);
            var locationId = sub($"location-{n}");
            var location = new JsonObject { ["id"] = locationId, ["location_type"] = "physical", ["name"] = place.Name };
            if (place.Address is not null || place.Postcode is not null)
                location["addresses"] = new JsonArray(Address(place, locationId, sub($"location-{n}-address")));
            if (service.Accessibility is not null)
                location["accessibility"] = new JsonArray(new JsonObject
                {
                    ["id"] = sub($"location-{n}-accessibility"),
                    ["location_id"] = locationId,
                    ["description"] = service.Accessibility,
                });
            list.Add(new JsonObject
            {
                ["id"] = sub($"service-at-location-{n}"),
                ["service_id"] = serviceId,
                ["location_id"] = locationId,
                ["location"] = location,
            });
        }
        return list;
    }

    /// <summary>The contract holds one address line; its last part becomes the town (ORUK's <c>city</c>).</summary>
    private static JsonObject Address(ServiceLocation place, string locationId, string addressId)
    {
        var address = place.Address ?? "";
        var cut = address.LastIndexOf(',');
        var (street, town) = cut < 0 ? (address, "") : (address[..cut].Trim(), address[(cut + 1)..].Trim());
        return new JsonObject
        {
            ["id"] = addressId,
            ["location_id"] = locationId,
            ["address_1"] = street,
            ["city"] = town,
            ["state_province"] = "",
            ["postal_code"] = place.Postcode ?? "",
            ["country"] = Country,
            ["address_type"] = "physical",
        };
    }

    private static JsonObject Organization(Service service, string organizationId)
    {
        var organization = new JsonObject
        {
            ["id"] = organizationId,
            ["name"] = service.Organisation,
            ["description"] = $"{service.Organisation} provides {service.Name}.",
        };
        return organization.AddIf("website", service.Contact.Website);
    }

    private static JsonArray CostOptions(Service service, string serviceId, Func<string, string> sub)
    {
        if (service.Cost is null) return [];
        var option = new JsonObject { ["id"] = sub("cost-option"), ["service_id"] = serviceId };
        if (service.Cost.Trim().Equals("Free", StringComparison.OrdinalIgnoreCase)) option["amount"] = 0;
        option["amount_description"] = service.Cost;
        return [option];
    }

    private static JsonObject Contact(Service service, string serviceId, Func<string, string> sub)
    {
        var contact = new JsonObject { ["id"] = sub("contact"), ["service_id"] = serviceId, ["name"] = service.Organisation };
        contact.AddIf("email", service.Contact.Email);
        return contact.AddIf("phones", Phones(service.Contact.Phone, sub("contact-phone")));
    }

    private JsonArray Attributes(Service service, Func<string, string> sub)
    {
        var terms = service.Categories.Select(c => taxonomy.Find(OrukTaxonomy.Categories, c))
            .Concat(service.Needs.Select(n => taxonomy.Find(OrukTaxonomy.Needs, n)))
            .Concat(settings.AgeGroups.Where(g => g.Overlaps(service.AgeRange)).Select(g => taxonomy.Find(OrukTaxonomy.AgeGroups, g.Id)))
            .OfType<OrukTaxonomy.Term>();
        var list = new JsonArray();
        foreach (var term in terms)
        {
            list.Add(new JsonObject
            {
                ["id"] = sub($"attribute-{term.Taxonomy.Name}-{term.Code}".Replace(' ', '-')),
                ["taxonomy_term_id"] = OrukIds.Text(term.Id),
                ["taxonomy_term"] = OrukTaxonomy.ToJson(term),
            });
        }
        return list;
    }

    private JsonObject Extension(Service service)
    {
        var extension = new JsonObject
        {
            [OrukExtension.Id] = service.Id,
            [OrukExtension.Description] = service.Description.Source,
            [OrukExtension.Eligibility] = service.Eligibility.Source,
            [OrukExtension.HowToAccess] = service.HowToAccess.Source,
        };
        extension.AddIf(OrukExtension.Accessibility, service.Accessibility);
        extension[OrukExtension.InArea] = service.InArea;
        if (service.ReviewBy != service.Reviewed.AddMonths(settings.ReviewMonths))
            extension[OrukExtension.ReviewBy] = service.ReviewBy.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        return extension.AddIf(OrukExtension.Topics, new JsonArray(service.Topics.Select(t => (JsonNode)t!).ToArray()));
    }
}
