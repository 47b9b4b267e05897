using System.Text.Json;
using System.Text.Json.Nodes;
using Json.Schema;
using LocalOfferGen.Building;
using BuildOptions = LocalOfferGen.Building.BuildOptions;
using LocalOfferGen.Output;

namespace LocalOfferGen.Tests.OpenReferral;

/// <summary>The ORUK reference files kept with the tests (Fixtures/oruk, see its README), the schemas built
/// from them, and a sample build.</summary>
internal static class OrukFixtures
{
    public static string Folder => Path.Combine(Repository.Root, "tests", "LocalOfferGen.Tests", "Fixtures", "oruk");

    /// <summary>The UK profile's service schema, as published.</summary>
    public static JsonSchema ServiceSchema() => Build(File.ReadAllText(Path.Combine(Folder, "service.json")));

    /// <summary>The taxonomy_term schema, taken from inside the service schema (attributes → taxonomy_term).</summary>
    public static JsonSchema TaxonomyTermSchema()
    {
        var service = JsonNode.Parse(File.ReadAllText(Path.Combine(Folder, "service.json")))!;
        return Build(service["properties"]!["attributes"]!["items"]!["properties"]!["taxonomy_term"]!.ToJsonString());
    }

    /// <summary>The paged list envelope, with the keys and types of the profile's service_list.json example.</summary>
    public static JsonSchema PageSchema() => Build("""
        {
          "type": "object",
          "required": ["total_items", "total_pages", "page_number", "size", "first_page", "last_page", "empty", "contents"],
          "properties": {
            "total_items": { "type": "integer", "minimum": 0 },
            "total_pages": { "type": "integer", "minimum": 1 },
            "page_number": { "type": "integer", "minimum": 1 },
            "size": { "type": "integer", "minimum": 1 },
            "first_page": { "type": "boolean" },
            "last_page": { "type": "boolean" },
            "empty": { "type": "boolean" },
            "contents": { "type": "array" }
          }
        }
        """);

    /// <summary>HSDS 3.0's taxonomy record (id, name, description required; uri and version optional).</summary>
    public static JsonSchema TaxonomySchema() => Build("""
        {
          "type": "object",
          "required": ["id", "name", "description"],
          "properties": {
            "id": { "type": "string", "format": "uuid" },
            "name": { "type": "string", "minLength": 1 },
            "description": { "type": "string", "minLength": 1 },
            "uri": { "type": "string", "format": "uri" },
            "version": { "type": "string" }
          }
        }
        """);

    /// <summary>Every failure of a document against a schema, as "location: message" lines (empty when valid).</summary>
    public static IReadOnlyList<string> Errors(JsonSchema schema, JsonNode document)
    {
        using var parsed = JsonDocument.Parse(document.ToJsonString());
        var result = schema.Evaluate(parsed.RootElement, new EvaluationOptions { OutputFormat = OutputFormat.List, RequireFormatValidation = true });
        if (result.IsValid) return [];
        return (result.Details ?? [])
            .Where(d => d.Errors is { Count: > 0 })
            .SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation}: {e.Key}: {e.Value}"))
            .DefaultIfEmpty("invalid")
            .ToList();
    }

    public static JsonNode ReadJson(string file) => JsonNode.Parse(File.ReadAllText(file))!;

    /// <summary>Builds the ORUK files of a content folder into a new temporary folder.</summary>
    public static BuildResult Build(string content, string output) => SiteBuilder.Build(new BuildOptions
    {
        ContentDirectory = content,
        OutputDirectory = output,
        Formats = ["oruk"],
        Settings = new BuildSettings { Today = new(2026, 11, 27) },
    });

    /// <summary>The profile's schemas have no $schema and carry Frictionless Data keys (name, constraints,
    /// example, core) beside the JSON Schema ones, so they are read as draft 2020-12 with unknown keys allowed.</summary>
    private static readonly Dialect ProfileDialect = Dialect.Draft202012.With([], null, null, true);

    private static JsonSchema Build(string text) =>
        JsonSchema.FromText(text, new Json.Schema.BuildOptions { SchemaRegistry = new SchemaRegistry(), Dialect = ProfileDialect });
}

/// <summary>A temporary folder removed at the end of a test.</summary>
internal sealed class TempFolder : IDisposable
{
    public TempFolder() => Directory.CreateDirectory(Path);

    public string Path { get; } = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "lo-oruk-" + Guid.NewGuid().ToString("N"));

    public string this[string relative] => System.IO.Path.Combine(Path, relative);

    /// <summary>A copy of the sample content to change.</summary>
    public string CopyOfSample()
    {
        var target = this["content"];
        foreach (var file in Directory.EnumerateFiles(Repository.Content, "*", SearchOption.AllDirectories))
        {
            var to = System.IO.Path.Combine(target, System.IO.Path.GetRelativePath(Repository.Content, file));
            Directory.CreateDirectory(System.IO.Path.GetDirectoryName(to)!);
            File.Copy(file, to);
        }
        return target;
    }

    public void Dispose()
    {
        try { Directory.Delete(Path, recursive: true); } catch (IOException) { }
    }
}
