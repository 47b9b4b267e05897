using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace LocalOfferGen.OpenReferral;

/// <summary>One way of writing JSON for every ORUK file: indented, \n line ends, readable UTF-8
/// (no \u escapes for £ or ’), properties in the order they were added. Same model, same bytes.</summary>
internal static class OrukJson
{
    private static readonly JsonSerializerOptions Options = new()
    {
        WriteIndented = true,
        NewLine = "\n",
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static string Write(JsonNode node) => node.ToJsonString(Options) + "\n";

    /// <summary>Adds a property only when it has a value, so the files carry no empty fields.</summary>
    public static JsonObject AddIf(this JsonObject json, string name, string? value)
    {
        if (!string.IsNullOrWhiteSpace(value)) json[name] = value;
        return json;
    }

    public static JsonObject AddIf(this JsonObject json, string name, JsonArray array)
    {
        if (array.Count > 0) json[name] = array;
        return json;
    }
}
