using System.CommandLine;
using LocalOfferGen.Audit;
using LocalOfferGen.Audit.Reports;
using LocalOfferGen.Loading;
using LocalOfferGen.Output;

namespace LocalOfferGen.Cli.Commands;

/// <summary><c>localoffer audit</c>: is the Local Offer legal, up to date, accessible and easy to understand?</summary>
public static class AuditCommand
{
    private static readonly string[] ReportFormats = ["console", "json", "github", "markdown", "owners", "owners-markdown"];

    public static Command Create()
    {
        var content = new Option<string>("--content") { Description = "The content folder to audit.", DefaultValueFactory = _ => "content" };
        var output = new Option<string>("--output")
        {
            Description = "A built site to check links into /documents/, /print/ and /openreferral/ against (skipped when it does not exist).",
            DefaultValueFactory = _ => "output",
        };
        var format = new Option<string>("--format")
        {
            Description = "How to report: console, json, github (workflow commands, and the Markdown report added to $GITHUB_STEP_SUMMARY), markdown, " +
                "or owners / owners-markdown (what is overdue or due soon, one list per owner, as JSON for the owner-reminders workflow job or as Markdown).",
            DefaultValueFactory = _ => "console",
        };
        format.AcceptOnlyFromAmong(ReportFormats);
        var strict = new Option<bool>("--strict") { Description = "Fail on any error or warning, and treat a required topic nothing covers as an error (for pull-request checks)." };
        var today = new Option<string?>("--today") { Description = "Treat this date (YYYY-MM-DD) as today, for reproducible reports." };
        var checkExternal = new Option<bool>("--check-external") { Description = "Also fetch every link to another website (a few at a time, 10 seconds each)." };
        var repository = new Option<string?>("--repository")
        {
            Description = "With --format owners: the GitHub repository (OWNER/NAME) to link each file to for editing; default $GITHUB_REPOSITORY.",
        };
        var branch = new Option<string?>("--branch") { Description = "With --format owners: the branch to edit; default $GITHUB_REF_NAME." };

        var command = new Command("audit", "Audit the Local Offer: statutory coverage, review dates, links, accessibility, plain English and transparency.")
        {
            content, output, format, strict, today, checkExternal, repository, branch,
        };
        command.SetAction(parsed =>
        {
            if (!Dates.TryParse(parsed.GetValue(today), out var todayDate)) return CommandLine.UsageError;
            var contentDirectory = parsed.GetValue(content)!;
            var loaded = ContentLoader.Load(contentDirectory);
            var reportFormat = parsed.GetValue(format);
            if (loaded.Site is not { } site)
            {
                // In GitHub Actions the content errors, too, should appear on the lines they are about.
                if (reportFormat == "github")
                    GitHubAuditReport.WriteCommands(loaded.Diagnostics.Select(d => AuditFinding.From("content", d)), Console.Out);
                else
                    ConsoleReport.Diagnostics(loaded.Diagnostics);
                Console.Error.WriteLine("The content has errors, so it cannot be audited: fix them first (they stop 'localoffer build' too).");
                return CommandLine.ContentErrors;
            }
            var context = new AuditContext
            {
                Site = site,
                Today = todayDate,
                ContentPath = contentDirectory.Replace('\\', '/').TrimEnd('/'),
                BuiltFormats = OutputFormats.Names.ToList(),
                BuiltFiles = BuiltFiles(parsed.GetValue(output)!),
                Strict = parsed.GetValue(strict),
                CheckExternal = parsed.GetValue(checkExternal),
            };
            if (reportFormat is "owners" or "owners-markdown")
                return OwnerReminderReport.Write(context, reportFormat, parsed.GetValue(repository), parsed.GetValue(branch));
            var report = AuditRunner.Run(context);
            switch (reportFormat)
            {
                case "json":
                    Console.Out.Write(JsonAuditReport.Write(report));
                    break;
                case "markdown":
                    Console.Out.Write(MarkdownAuditReport.Write(report));
                    break;
                case "github":
                    GitHubAuditReport.WriteCommands(report, Console.Out);
                    if (Environment.GetEnvironmentVariable("GITHUB_STEP_SUMMARY") is { Length: > 0 } summary)
                        File.AppendAllText(summary, MarkdownAuditReport.Write(report));
                    break;
                default:
                    ConsoleAuditReport.Write(report, Console.Out);
                    break;
            }
            return report.Failed ? CommandLine.ContentErrors : CommandLine.Ok;
        });
        return command;
    }

    /// <summary>The files of an earlier build, as site paths (<c>documents/x.docx</c>), or null when there is none.</summary>
    private static IReadOnlySet<string>? BuiltFiles(string outputDirectory)
    {
        if (!Directory.Exists(outputDirectory)) return null;
        var root = Path.GetFullPath(outputDirectory);
        return Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(root, f).Replace(Path.DirectorySeparatorChar, '/'))
            .ToHashSet(StringComparer.Ordinal);
    }
}
