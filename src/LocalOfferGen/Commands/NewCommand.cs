using System.CommandLine;
using LocalOfferGen.Scaffolding;

namespace LocalOfferGen.Cli.Commands;

/// <summary><c>localoffer new page|service|news|leaflet|site NAME</c>: start a content file, or a whole Local Offer.</summary>
public static class NewCommand
{
    public static Command Create()
    {
        var command = new Command("new", "Start a new page, service, news post or leaflet with every key it needs, or a new Local Offer.");
        command.Subcommands.Add(Kind(ScaffoldKind.Page, "page", "PATH", "A new information page, pages/PATH.md, e.g. 'new page education/my-page'."));
        command.Subcommands.Add(Kind(ScaffoldKind.Service, "service", "NAME", "A new service in the directory, services/NAME.yml."));
        command.Subcommands.Add(Kind(ScaffoldKind.News, "news", "NAME", "A new news post dated today, news/YYYY-MM-DD-NAME.md."));
        command.Subcommands.Add(Kind(ScaffoldKind.Leaflet, "leaflet", "NAME", "A new printed leaflet, leaflets/NAME.yml."));
        command.Subcommands.Add(Kind(ScaffoldKind.Site, "site", "DIR", "A new, minimal Local Offer in DIR: content/ that builds as it is, with the .NET tool manifest, nuget.config and GitHub workflow that build it."));
        return command;
    }

    private static Command Kind(ScaffoldKind kind, string name, string argumentName, string description)
    {
        var argument = new Argument<string>(argumentName) { Description = description };
        var command = new Command(name, description) { argument };
        Option<string>? content = null;
        if (kind != ScaffoldKind.Site)
        {
            content = new Option<string>("--content") { Description = "The content folder to add it to.", DefaultValueFactory = _ => "content" };
            command.Options.Add(content);
        }
        command.SetAction(parsed =>
        {
            var contentDirectory = content is null ? "" : parsed.GetValue(content)!;
            if (content is not null && !Directory.Exists(contentDirectory))
            {
                Console.Error.WriteLine($"error: there is no content folder '{contentDirectory}'; use --content, or start a site with 'localoffer new site DIR'");
                return CommandLine.UsageError;
            }
            var result = Scaffolder.Create(kind, parsed.GetValue(argument)!, contentDirectory, DateOnly.FromDateTime(DateTime.Now));
            foreach (var file in result.Files) Console.WriteLine($"Created {Path.GetRelativePath(".", file)}");
            if (!result.Succeeded)
            {
                Console.Error.WriteLine($"error: {result.Refusal}");
                return CommandLine.UsageError;
            }
            if (kind == ScaffoldKind.Site)
                Console.WriteLine(SiteNextSteps(parsed.GetValue(argument)!));
            else
                Console.WriteLine("Fill in each key (the notes after '#' explain them), then save: 'localoffer serve' shows the result.");
            return CommandLine.Ok;
        });
        return command;
    }

    /// <summary>What to do after <c>new site</c>, and why the strict checks fail on a new site: the law's list of
    /// topics is long and a new site covers few of them, which the audit says until pages cover them.</summary>
    private static string SiteNextSteps(string folder) => $"""
        Next: cd {folder} and run 'localoffer serve' to see it in your browser.

        It builds with no errors. The audit warns that it does not yet cover the topics the law asks a
        Local Offer to cover ('localoffer audit' lists them), so 'localoffer audit --strict' and
        'localoffer build --strict' fail until published pages cover them all.

        To build it on GitHub, .github/workflows/local-offer.yml installs LocalOfferGen {RepositoryFiles.ToolVersion} with
        'dotnet tool restore'. LocalOfferGen is not on nuget.org: in nuget.config, change the one
        'localoffergen' line to your council's package feed, or put LocalOfferGen.{RepositoryFiles.ToolVersion}.nupkg in
        {Path.Combine(folder, "packages")}.
        """;
}
