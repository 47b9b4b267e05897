using LocalOfferGen.Diagnostics;
using LocalOfferGen.Loading.Yaml;
using LocalOfferGen.Model;
using LocalOfferGen.Reminders;

namespace LocalOfferGen.Loading;

/// <summary>site.yml's optional <c>owners:</c> (LocalOfferGen extension): each owner, as pages name it in
/// <c>owner</c> and services in <c>organisation</c>, mapped to the GitHub user or team whose issue lists its reviews.</summary>
internal static class OwnerHandlesReader
{
    public static IReadOnlyList<OwnerHandle> Read(LoadContext context, YamlFields fields)
    {
        var owners = new List<OwnerHandle>();
        if (fields.Map("owners") is not { } map) return owners;
        var firstLine = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var (key, value) in map.Entries)
        {
            var owner = key.Value.Trim();
            if (!firstLine.TryAdd(owner, key.Span.Line))
            {
                context.Diagnostics.Error(DiagnosticCodes.OwnerGivenTwice, key.Span,
                    $"the owner \"{owner}\" is given twice in 'owners' (first on line {firstLine[owner]}); keep one");
                continue;
            }
            var handle = value is YamlScalar scalar ? scalar.Value.Trim() : null;
            if (handle is null || !GitHubHandle.IsValid(handle))
            {
                var shown = handle is null ? value.Kind : handle.Length == 0 || value is YamlScalar { IsNull: true } ? "nothing" : $"\"{handle}\"";
                var hint = handle is not null && !handle.StartsWith('@') && GitHubHandle.IsValid("@" + handle) ? $" (try \"@{handle}\")" : "";
                context.Diagnostics.Error(DiagnosticCodes.OwnerHandleInvalid, value.Span,
                    $"the owner \"{owner}\" must map to one GitHub user like @jsmith or team like @exampleshire/portage, not {shown}{hint}");
                continue;
            }
            owners.Add(new OwnerHandle(owner, handle, key.Span));
        }
        return owners;
    }

    /// <summary>An owner in <c>owners:</c> that no page or service names is most likely misspelt: its reviews would go
    /// to the content team's issue instead.</summary>
    public static void WarnOfUnused(LoadContext context, IEnumerable<Page> pages, IEnumerable<Service> services, IEnumerable<Journeys.Journey> journeys)
    {
        var used = pages.Select(p => p.Owner).Concat(services.Select(s => s.Organisation)).Concat(journeys.Select(j => j.Owner))
            .ToHashSet(StringComparer.Ordinal);
        foreach (var (owner, _, at) in context.Settings.Owners)
        {
            if (used.Contains(owner)) continue;
            var near = used.FirstOrDefault(u => string.Equals(u, owner, StringComparison.OrdinalIgnoreCase))
                ?? Nearest(owner, used);
            context.Diagnostics.Warning(DiagnosticCodes.OwnerUnused, at,
                near is null
                    ? $"no page or journey (owner) or service (organisation) names the owner \"{owner}\", so nobody is reminded through it: check the spelling"
                    : $"no page or journey (owner) or service (organisation) names the owner \"{owner}\": did you mean \"{near}\"?");
        }
    }

    private static string? Nearest(string owner, IEnumerable<string> used)
    {
        var byLower = used.GroupBy(u => u.ToLowerInvariant()).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        return YamlFields.Nearest(owner, byLower.Keys) is { } lower ? byLower[lower] : null;
    }
}
