using System.Text.Json;
using System.Text.Json.Nodes;

namespace LocalOfferGen.OpenReferral;

/// <summary>Finds the ORUK fields of a service that hold data but have no place in the content
/// contract, so the import can say what it left behind. Paths are written without list positions
/// (<c>organization.logo</c>, <c>funding.source</c>) so one line covers every service.</summary>
internal static class OrukUnmapped
{
    /// <summary>Every field the import reads (ORUK 3.0 UK profile and ORUK 1.0). Ids and links between
    /// records are structure, not data, and taxonomy terms are reported one by one, so neither is listed.</summary>
    private static readonly HashSet<string> Mapped =
    [
        "name", "description", "url", "email", "status", "fees", "fees_description", "eligibility_description",
        "application_process", "minimum_age", "maximum_age", "assured_date", "last_modified",
        "phones.number",
        "schedules.description", "schedules.attending_type", "schedules.notes", "schedules.byday", "schedules.opens_at", "schedules.closes_at", "schedules.freq",
        "regular_schedules.description", "regular_schedules.attending_type", "regular_schedules.notes", "regular_schedules.byday", "regular_schedules.opens_at", "regular_schedules.closes_at",
        "regular_schedules.freq",
        "service_areas.name", "service_areas.service_area",
        "service_at_locations.location.name", "service_at_locations.location.location_type",
        "service_at_locations.location.addresses.address_1", "service_at_locations.location.addresses.address_2",
        "service_at_locations.location.addresses.city", "service_at_locations.location.addresses.region",
        "service_at_locations.location.addresses.state_province", "service_at_locations.location.addresses.postal_code",
        "service_at_locations.location.addresses.country", "service_at_locations.location.addresses.address_type",
        "service_at_locations.location.accessibility.description", "service_at_locations.location.accessibility.accessibility",
        "service_at_locations.location.physical_addresses.address_1", "service_at_locations.location.physical_addresses.city",
        "service_at_locations.location.physical_addresses.state_province", "service_at_locations.location.physical_addresses.postal_code",
        "service_at_locations.location.physical_addresses.country",
        "service_at_locations.location.accessibility_for_disabilities.accessibility",
        "organization.name", "organization.website", "organization.email",
        "cost_options.option", "cost_options.amount", "cost_options.amount_description", "cost_options.currency",
        "contacts.email", "contacts.phones.number",
        "eligibilitys.eligibility", "eligibilitys.minimum_age", "eligibilitys.maximum_age",
    ];

    private static readonly HashSet<string> Skipped = ["attributes", "service_taxonomys", OrukExtension.Name];

    /// <summary>Fields a LocalOfferGen export fills from the organisation's name, so they hold nothing new.</summary>
    private static readonly HashSet<string> Generated = ["contacts.name", "organization.description"];

    public static IEnumerable<string> Paths(JsonObject service, bool localOfferGenExport)
    {
        var found = new SortedSet<string>(StringComparer.Ordinal);
        var stack = new Stack<(JsonNode Node, string Path)>();
        stack.Push((service, ""));
        while (stack.Count > 0)
        {
            var (node, path) = stack.Pop();
            switch (node)
            {
                case JsonObject obj:
                    foreach (var (key, child) in obj)
                    {
                        if (child is null || (path.Length == 0 && Skipped.Contains(key)) || IsId(key)) continue;
                        stack.Push((child, path.Length == 0 ? key : $"{path}.{key}"));
                    }
                    break;
                case JsonArray array:
                    foreach (var child in array) if (child is not null) stack.Push((child, path));
                    break;
                case JsonValue value when HasData(value) && !Mapped.Contains(path) && !(localOfferGenExport && Generated.Contains(path)):
                    found.Add(path);
                    break;
            }
        }
        return found;
    }

    private static bool IsId(string key) => key == "id" || key.EndsWith("_id", StringComparison.Ordinal);

    private static bool HasData(JsonValue value) => value.GetValueKind() switch
    {
        JsonValueKind.String => !string.IsNullOrWhiteSpace(value.GetValue<string>()),
        JsonValueKind.Null => false,
        _ => true,
    };
}
