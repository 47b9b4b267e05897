using System.Text.RegularExpressions;

namespace LocalOfferGen.Reminders;

/// <summary>Links that open a file of the Local Offer's repository in GitHub's editor:
/// <c>https://github.com/OWNER/REPO/edit/BRANCH/content/pages/x.md</c>. The repository and branch are the ones the
/// workflow runs in (<c>GITHUB_REPOSITORY</c>, <c>GITHUB_REF_NAME</c>), never guessed.</summary>
public sealed partial record EditLinks(string ServerUrl, string Repository, string Branch)
{
    /// <summary>"owner/name" as GitHub writes a repository: letters, digits, '-', '_' and '.'.</summary>
    public static bool IsRepository(string text) => RepositoryName().IsMatch(text);

    /// <param name="repositoryPath">The file relative to the repository's root, with '/'.</param>
    public string For(string repositoryPath) =>
        $"{ServerUrl.TrimEnd('/')}/{Repository}/edit/{Escape(Branch)}/{Escape(repositoryPath)}";

    private static string Escape(string path) => string.Join('/', path.Split('/').Select(Uri.EscapeDataString));

    [GeneratedRegex(@"^(?=[A-Za-z0-9-]{1,39}/)[A-Za-z0-9](?:-?[A-Za-z0-9]){0,38}/[A-Za-z0-9._-]{1,100}\z", RegexOptions.CultureInvariant)]
    private static partial Regex RepositoryName();
}
