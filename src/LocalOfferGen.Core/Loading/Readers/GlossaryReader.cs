using LocalOfferGen.Diagnostics;
using LocalOfferGen.Loading.Yaml;
using LocalOfferGen.Model;

namespace LocalOfferGen.Loading;

/// <summary>Reads glossary.yml: a list of terms with aliases and plain meanings.</summary>
internal static class GlossaryReader
{
    private static readonly string[] Keys = ["term", "aliases", "meaning"];

    public static IReadOnlyList<GlossaryEntry> Read(LoadContext context)
    {
        const string file = "glossary.yml";
        if (!context.FileExists(file)) return [];
        if (context.ReadYamlFile(file, list: true) is not YamlSequence list) return [];
        var entries = new List<GlossaryEntry>();
        var ids = new HashSet<string>(StringComparer.Ordinal);
        foreach (var fields in context.EachMapping(list, Keys, "each glossary entry must have term, meaning and (optionally) aliases"))
        {
            var term = fields.Text("term", required: true);
            var aliases = fields.Words("aliases").Select(a => a.Value.Trim()).Where(a => a.Length > 0).ToList();
            var meaning = fields.Text("meaning", required: true);
            if (term is null || meaning is null) continue;
            var id = Slug.From(term);
            if (!ids.Add(id))
            {
                context.Diagnostics.Error(DiagnosticCodes.DuplicateKey, fields.SpanOf("term"), $"the term '{term}' is in the glossary twice");
                continue;
            }
            entries.Add(new GlossaryEntry(id, term, aliases, meaning));
        }
        return entries;
    }
}
