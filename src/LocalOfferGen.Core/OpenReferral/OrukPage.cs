using System.Text.Json.Nodes;

namespace LocalOfferGen.OpenReferral;

/// <summary>The paged list shape every ORUK list endpoint returns (see <c>service_list.json</c>).</summary>
internal static class OrukPage
{
    /// <summary>Services per page in <c>services-page-N.json</c>.</summary>
    public const int Size = 500;

    public static JsonObject Build(IReadOnlyList<JsonNode> items, int totalItems, int pageNumber, int pageSize)
    {
        var totalPages = totalItems == 0 ? 1 : (totalItems + pageSize - 1) / pageSize;
        return new JsonObject
        {
            ["total_items"] = totalItems,
            ["total_pages"] = totalPages,
            ["page_number"] = pageNumber,
            ["size"] = pageSize,
            ["first_page"] = pageNumber == 1,
            ["last_page"] = pageNumber == totalPages,
            ["empty"] = items.Count == 0,
            ["contents"] = new JsonArray(items.Select(i => i.DeepClone()).ToArray()),
        };
    }

    /// <summary>Everything on one page, for readers that want the whole directory in one request.</summary>
    public static JsonObject All(IReadOnlyList<JsonNode> items) => Build(items, items.Count, 1, Math.Max(items.Count, 1));
}
