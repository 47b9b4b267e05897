using LocalOfferGen.Diagnostics;

namespace LocalOfferGen.Loading;

/// <summary>Ids in site.yml that become web addresses or folder names (need and age group ids, the theme's
/// name) are checked exactly as service ids are: lower-case letters, digits and single hyphens
/// (<see cref="Slug.IsValid"/>), so <c>../..</c> can never name another page or folder.</summary>
internal static class SiteIds
{
    public const string BecomesAddress = "it becomes a web address";

    /// <returns>The id, or null (with an error) when it is not a valid one.</returns>
    public static string? Check(LoadContext context, string? id, SourceSpan at, string what, string why)
    {
        if (id is null || Slug.IsValid(id)) return id;
        context.Diagnostics.Error(DiagnosticCodes.InvalidValue, at,
            $"the {what} '{id}': {why}, so use lower-case letters, digits and hyphens only (try '{Slug.From(id)}')");
        return null;
    }

    /// <summary>Two needs (or age groups) with one id would write one page twice, and which one wins would change from build to build.</summary>
    public static void CheckUnique(LoadContext context, IEnumerable<(string Id, SourceSpan At)> ids, string what)
    {
        var seen = new Dictionary<string, SourceSpan>(StringComparer.Ordinal);
        foreach (var (id, at) in ids)
        {
            if (seen.TryAdd(id, at)) continue;
            context.Diagnostics.Error(DiagnosticCodes.DuplicateSiteId, at,
                $"the {what} id '{id}' is given twice in site.yml (first on line {seen[id].Line}); each {what} needs its own id");
        }
    }
}
