using System.Reflection;
using LocalOfferGen.Diagnostics;
using LocalOfferGen.Loading.Yaml;
using LocalOfferGen.Model;

namespace LocalOfferGen.Loading;

/// <summary>The built-in statutory topic list, with content/topics.yml's local topics and retitlings on top.</summary>
internal static class TopicsReader
{
    private static readonly string[] Keys = ["id", "title", "level", "reference"];

    public static IReadOnlyList<StatutoryTopic> BuiltIn()
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("LocalOfferGen.statutory-topics.yml")!;
        var text = new StreamReader(stream).ReadToEnd();
        var diagnostics = new DiagnosticBag();
        var root = (YamlSequence)YamlDocumentReader.Read(text, "statutory-topics.yml", 0, diagnostics)!;
        return root.Items.Cast<YamlMapping>().Select(m => new StatutoryTopic(
            ((YamlScalar)m["id"]!).Value, ((YamlScalar)m["title"]!).Value,
            ((YamlScalar)m["level"]!).Value == "must" ? TopicLevel.Must : TopicLevel.Should,
            ((YamlScalar)m["reference"]!).Value, IsLocal: false)).ToList();
    }

    public static IReadOnlyList<StatutoryTopic> Read(LoadContext context)
    {
        var topics = BuiltIn().ToList();
        const string file = "topics.yml";
        if (!context.FileExists(file)) return topics;
        if (context.ReadYamlFile(file, list: true) is not YamlSequence list) return topics;
        foreach (var fields in context.EachMapping(list, Keys, "each topic must have id and title (and optionally level and reference)"))
        {
            var id = fields.Text("id", required: true);
            if (id is null) continue;
            var index = topics.FindIndex(t => t.Id == id);
            var level = fields.Text("level") switch
            {
                null => index >= 0 ? topics[index].Level : TopicLevel.Should,
                "must" => TopicLevel.Must,
                "should" => TopicLevel.Should,
                var other => Invalid(context, fields, other),
            };
            if (index >= 0)
                topics[index] = topics[index] with
                {
                    Title = fields.Text("title") ?? topics[index].Title,
                    Level = level,
                    Reference = fields.Text("reference") ?? topics[index].Reference,
                };
            else if (fields.Text("title", required: true) is { } title)
                topics.Add(new StatutoryTopic(id, title, level, fields.Text("reference") ?? "Local", IsLocal: true));
        }
        return topics;
    }

    private static TopicLevel Invalid(LoadContext context, YamlFields fields, string value)
    {
        context.Diagnostics.Error(DiagnosticCodes.InvalidValue, fields.SpanOf("level"), $"'level' must be must or should, not \"{value}\"");
        return TopicLevel.Should;
    }
}
