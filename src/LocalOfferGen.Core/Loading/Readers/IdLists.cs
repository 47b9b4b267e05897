using LocalOfferGen.Diagnostics;
using LocalOfferGen.Loading.Yaml;
using LocalOfferGen.Model;

namespace LocalOfferGen.Loading;

/// <summary>Reads lists of ids (age groups, needs, categories, topics) and checks each against what
/// site.yml, the contract and the topic list allow.</summary>
internal static class IdLists
{
    public static IReadOnlyList<string> AgeGroups(LoadContext context, YamlFields fields) =>
        Check(context, fields, "age_groups", context.Settings.AgeGroups.Select(a => a.Id), DiagnosticCodes.UnknownAgeGroup, "age group", Severity.Error);

    public static IReadOnlyList<string> Needs(LoadContext context, YamlFields fields) =>
        Check(context, fields, "needs", context.Settings.Needs.Select(n => n.Id), DiagnosticCodes.UnknownNeed, "need", Severity.Error);

    public static IReadOnlyList<string> Categories(LoadContext context, YamlFields fields, bool required = false) =>
        Check(context, fields, "categories", Category.All.Select(c => c.Id), DiagnosticCodes.UnknownCategory, "category", Severity.Error, required);

    public static IReadOnlyList<string> Topics(LoadContext context, YamlFields fields) =>
        Check(context, fields, "topics", context.Topics.Select(t => t.Id), DiagnosticCodes.UnknownTopic, "topic", Severity.Warning);

    private static IReadOnlyList<string> Check(LoadContext context, YamlFields fields, string key, IEnumerable<string> allowed,
        string code, string what, Severity severity, bool required = false)
    {
        var known = allowed.ToList();
        var ids = new List<string>();
        foreach (var word in fields.Words(key, required))
        {
            var id = word.Value.Trim();
            if (known.Contains(id))
            {
                if (!ids.Contains(id)) ids.Add(id);
                continue;
            }
            var near = YamlFields.Nearest(id, known);
            var message = $"unknown {what} '{id}'" + (near is null ? $"; use one of: {string.Join(", ", known)}" : $": did you mean '{near}'?");
            context.Diagnostics.Add(new Diagnostic(severity, code, word.Span.Path, word.Span.Line, word.Span.Column, message));
        }
        return ids;
    }
}
