using System.Text.RegularExpressions;

namespace LocalOfferGen.Reminders;

/// <summary>A GitHub user (<c>@jsmith</c>) or team (<c>@exampleshire/portage</c>) as written in an issue to notify it.
/// GitHub's rules: a user or organisation name is 1 to 39 letters, digits or single hyphens, neither starting nor
/// ending with a hyphen; a team's slug is letters, digits, hyphens and underscores.</summary>
public static partial class GitHubHandle
{
    public static bool IsValid(string handle) => Handle().IsMatch(handle);

    [GeneratedRegex(@"^@(?=[A-Za-z0-9-]{1,39}(?:/|\z))[A-Za-z0-9](?:-?[A-Za-z0-9]){0,38}(?:/[A-Za-z0-9][A-Za-z0-9_-]{0,99})?\z", RegexOptions.CultureInvariant)]
    private static partial Regex Handle();
}
