using System.Reflection;

namespace LocalOfferGen.Scaffolding;

/// <summary>The files beside content/ that a new Local Offer's git repository needs to build on GitHub: the .NET
/// tool manifest that pins the localoffer command to this tool's version, the nuget.config that says where the
/// package comes from, the workflow that restores the tool and builds, audits and publishes (with the scripts its pull-request comment
/// and its owner-reminder issues are posted by), and a .gitignore.
/// The council's repository holds content only; it never builds the generator's source.</summary>
public static class RepositoryFiles
{
    /// <summary>The tool package's id, as in src/LocalOfferGen/LocalOfferGen.csproj.</summary>
    public const string PackageId = "LocalOfferGen";

    public const string WorkflowPath = ".github/workflows/local-offer.yml";

    /// <summary>The script the workflow's "changes" job runs to post, then update, its one pull-request comment.</summary>
    public const string DiffCommentScriptPath = ".github/scripts/pr-diff-comment.sh";
    /// <summary>The owner-reminders job's script: passes <c>localoffer audit --format owners</c> to <c>gh issue</c>.</summary>
    public const string OwnerRemindersPath = ".github/scripts/owner-reminders.sh";

    /// <summary>This tool's version (1.0.0 or 1.1.0-beta.2), without the "+commit" the SDK appends.</summary>
    public static string ToolVersion { get; } = ReadToolVersion();

    public static IReadOnlyList<(string Path, string Text)> All() =>
    [
        (".config/dotnet-tools.json", ToolManifest()),
        ("nuget.config", Template("nuget.config")),
        (WorkflowPath, Template("local-offer.yml")),
        (DiffCommentScriptPath, Template("pr-diff-comment.sh")),
        (OwnerRemindersPath, Template("owner-reminders.sh")),
        (".gitignore", Template("gitignore")),
    ];

    /// <summary>The manifest <c>dotnet tool restore</c> reads, as <c>dotnet new tool-manifest</c> and
    /// <c>dotnet tool install</c> would write it; <c>rollForward: false</c> keeps the pinned version.</summary>
    private static string ToolManifest() => $$"""
        {
          "version": 1,
          "isRoot": true,
          "tools": {
            "{{PackageId.ToLowerInvariant()}}": {
              "version": "{{ToolVersion}}",
              "commands": [
                "localoffer"
              ],
              "rollForward": false
            }
          }
        }

        """;

    private static string Template(string name)
    {
        using var stream = typeof(RepositoryFiles).Assembly.GetManifestResourceStream($"LocalOfferGen.Scaffolding.Repository.{name}")
            ?? throw new InvalidOperationException($"the scaffold template {name} is not embedded in the library");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    private static string ReadToolVersion()
    {
        var version = typeof(RepositoryFiles).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion
            ?? throw new InvalidOperationException("the library has no informational version");
        var plus = version.IndexOf('+', StringComparison.Ordinal);
        return plus < 0 ? version : version[..plus];
    }
}
