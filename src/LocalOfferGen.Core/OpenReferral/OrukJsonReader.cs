using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using LocalOfferGen.Diagnostics;

namespace LocalOfferGen.OpenReferral;

/// <summary>Reads values out of one input file's JSON, reporting a value of the wrong type by its
/// JSON path (<c>$.contents[2].name</c>) instead of failing somewhere later.</summary>
internal sealed class OrukJsonReader(string file, DiagnosticBag diagnostics)
{
    public string File => file;

    public void Error(string code, string path, string message) =>
        diagnostics.Error(code, SourceSpan.File(file), $"{path}: {message}");

    public void Warning(string code, string path, string message) =>
        diagnostics.Warning(code, SourceSpan.File(file), $"{path}: {message}");

    /// <summary>Text (numbers are accepted as their digits, since some systems write ids as numbers); blank is null.</summary>
    public string? Text(JsonObject? json, string key, string path)
    {
        if (json?[key] is not { } node) return null;
        if (node is JsonValue value)
        {
            switch (value.GetValueKind())
            {
                case JsonValueKind.String:
                    var text = value.GetValue<string>().Trim();
                    return text.Length == 0 ? null : text;
                case JsonValueKind.Number:
                    return value.ToJsonString();
                case JsonValueKind.Null:
                    return null;
            }
        }
        Error(DiagnosticCodes.OrukWrongShape, $"{path}.{key}", $"must be text, not {Kind(node)}");
        return null;
    }

    public double? Number(JsonObject? json, string key, string path)
    {
        if (json?[key] is not { } node) return null;
        if (node is JsonValue value)
        {
            if (value.GetValueKind() == JsonValueKind.Number) return value.GetValue<double>();
            if (value.GetValueKind() == JsonValueKind.Null) return null;
            if (value.GetValueKind() == JsonValueKind.String
                && double.TryParse(value.GetValue<string>(), NumberStyles.Float, CultureInfo.InvariantCulture, out var parsed))
                return parsed;
        }
        Error(DiagnosticCodes.OrukWrongShape, $"{path}.{key}", $"must be a number, not {Kind(node)}");
        return null;
    }

    public bool? Bool(JsonObject? json, string key, string path)
    {
        if (json?[key] is not { } node) return null;
        if (node is JsonValue value && value.GetValueKind() is JsonValueKind.True or JsonValueKind.False) return value.GetValue<bool>();
        Error(DiagnosticCodes.OrukWrongShape, $"{path}.{key}", $"must be true or false, not {Kind(node)}");
        return null;
    }

    public JsonObject? Object(JsonObject? json, string key, string path)
    {
        if (json?[key] is not { } node) return null;
        if (node is JsonObject obj) return obj;
        Error(DiagnosticCodes.OrukWrongShape, $"{path}.{key}", $"must be an object {{ ... }}, not {Kind(node)}");
        return null;
    }

    /// <summary>The objects of a list, each with its path; anything else in the list is reported.</summary>
    public IEnumerable<(JsonObject Json, string Path)> Objects(JsonObject? json, string key, string path)
    {
        if (json?[key] is not { } node) yield break;
        if (node is not JsonArray array)
        {
            Error(DiagnosticCodes.OrukWrongShape, $"{path}.{key}", $"must be a list [ ... ], not {Kind(node)}");
            yield break;
        }
        for (var i = 0; i < array.Count; i++)
        {
            if (array[i] is JsonObject item) yield return (item, $"{path}.{key}[{i}]");
            else Error(DiagnosticCodes.OrukWrongShape, $"{path}.{key}[{i}]", $"must be an object {{ ... }}, not {Kind(array[i])}");
        }
    }

    public IReadOnlyList<string> Words(JsonObject? json, string key, string path)
    {
        if (json?[key] is not { } node) return [];
        if (node is JsonArray array && array.All(i => i is JsonValue v && v.GetValueKind() == JsonValueKind.String))
            return array.Select(i => i!.GetValue<string>()).ToList();
        Error(DiagnosticCodes.OrukWrongShape, $"{path}.{key}", "must be a list of words [\"a\", \"b\"]");
        return [];
    }

    private static string Kind(JsonNode? node) => node?.GetValueKind() switch
    {
        JsonValueKind.Object => "an object",
        JsonValueKind.Array => "a list",
        JsonValueKind.String => "text",
        JsonValueKind.Number => "a number",
        JsonValueKind.True or JsonValueKind.False => "true/false",
        _ => "null",
    };
}
