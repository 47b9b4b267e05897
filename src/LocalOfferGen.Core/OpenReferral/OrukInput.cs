using System.Text.Json;
using System.Text.Json.Nodes;
using LocalOfferGen.Diagnostics;

namespace LocalOfferGen.OpenReferral;

/// <summary>One service object found in the input, with where it came from.</summary>
internal sealed record OrukInputService(string File, string Path, JsonObject Json);

/// <summary>Finds the services in a file or a folder of files: an ORUK 3.0 paged list (<c>contents</c>),
/// an ORUK 1.0 page (<c>content</c>), a plain array, or a single service.</summary>
internal static class OrukInput
{
    public static IReadOnlyList<OrukInputService> Read(string source, DiagnosticBag diagnostics)
    {
        List<string> files;
        if (Directory.Exists(source))
        {
            files = Directory.EnumerateFiles(source, "*.json").Order(StringComparer.Ordinal).ToList();
            if (files.Count == 0)
                diagnostics.Error(DiagnosticCodes.OrukCannotRead, SourceSpan.File(source), "this folder has no .json files; give an ORUK services list or a folder of service files");
        }
        else if (File.Exists(source)) files = [source];
        else
        {
            diagnostics.Error(DiagnosticCodes.OrukCannotRead, SourceSpan.File(source), "there is no file or folder with this name");
            return [];
        }
        var services = new List<OrukInputService>();
        foreach (var file in files)
        {
            if (Parse(file, diagnostics) is { } root) services.AddRange(ServicesIn(file, root, diagnostics));
        }
        return services;
    }

    private static JsonNode? Parse(string file, DiagnosticBag diagnostics)
    {
        try
        {
            if (OrukFileReader.Read(file, diagnostics) is not { } bytes) return null;
            if (!OrukJsonText.IsReadable(bytes, file, diagnostics)) return null;
            var root = JsonNode.Parse(bytes, documentOptions: new JsonDocumentOptions { MaxDepth = 64 });
            if (root is null) diagnostics.Error(DiagnosticCodes.OrukWrongShape, SourceSpan.File(file), "$: the file holds only null, not ORUK services");
            return root;
        }
        catch (JsonException e)
        {
            var line = (int)(e.LineNumber ?? 0) + 1;
            var column = (int)(e.BytePositionInLine ?? 0) + 1;
            diagnostics.Error(DiagnosticCodes.OrukNotJson, new SourceSpan(file, line, column),
                $"this is not valid JSON ({FirstSentence(e.Message)}); an ORUK export is a .json file");
        }
        catch (IOException e)
        {
            diagnostics.Error(DiagnosticCodes.OrukCannotRead, SourceSpan.File(file), $"cannot read the file: {e.Message}");
        }
        catch (UnauthorizedAccessException e)
        {
            diagnostics.Error(DiagnosticCodes.OrukCannotRead, SourceSpan.File(file), $"cannot read the file: {e.Message}");
        }
        return null;
    }

    private static IEnumerable<OrukInputService> ServicesIn(string file, JsonNode root, DiagnosticBag diagnostics)
    {
        switch (root)
        {
            case JsonObject list when list.ContainsKey("contents"):
                return Items(file, list["contents"], "$.contents", diagnostics);
            case JsonObject page when page.ContainsKey("content"):
                return Items(file, page["content"], "$.content", diagnostics);
            case JsonArray array:
                return Items(file, array, "$", diagnostics);
            case JsonObject service when service.ContainsKey("name") || service.ContainsKey("id"):
                return [new OrukInputService(file, "$", service)];
            case JsonObject other:
                diagnostics.Error(DiagnosticCodes.OrukWrongShape, SourceSpan.File(file),
                    $"$: expected an ORUK service (with id and name) or a list of services (with contents), but found an object with {Describe(other)}");
                return [];
            default:
                diagnostics.Error(DiagnosticCodes.OrukWrongShape, SourceSpan.File(file),
                    $"$: expected an ORUK service or a list of services, but found {root.GetValueKind().ToString().ToLowerInvariant()}");
                return [];
        }
    }

    private static List<OrukInputService> Items(string file, JsonNode? node, string path, DiagnosticBag diagnostics)
    {
        if (node is not JsonArray array)
        {
            diagnostics.Error(DiagnosticCodes.OrukWrongShape, SourceSpan.File(file), $"{path}: must be a list of services");
            return [];
        }
        var items = new List<OrukInputService>();
        for (var i = 0; i < array.Count; i++)
        {
            if (array[i] is JsonObject service) items.Add(new OrukInputService(file, $"{path}[{i}]", service));
            else diagnostics.Error(DiagnosticCodes.OrukWrongShape, SourceSpan.File(file), $"{path}[{i}]: must be a service object {{ \"id\": ..., \"name\": ... }}");
        }
        return items;
    }

    private static string Describe(JsonObject json) =>
        json.Count == 0 ? "no keys" : "keys " + string.Join(", ", json.Select(p => p.Key).Take(6)) + (json.Count > 6 ? ", ..." : "");

    /// <summary>The parser's reason, on one line and short (it can quote a whole line of the file).</summary>
    private static string FirstSentence(string message)
    {
        var cut = message.IndexOf(". ", StringComparison.Ordinal);
        var sentence = string.Join(' ', (cut < 0 ? message : message[..cut]).TrimEnd('.').Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        return sentence.Length <= 120 ? sentence : sentence[..117] + "...";
    }
}
