using System.CommandLine;
using LocalOfferGen.Comparing;
using LocalOfferGen.Comparing.Reports;

namespace LocalOfferGen.Cli.Commands;

/// <summary><c>localoffer diff BASE HEAD</c>: which pages, services and leaflets a change to the content changes.</summary>
public static class DiffCommand
{
    private static readonly string[] ReportFormats = ["console", "markdown", "json"];

    public static Command Create()
    {
        var baseRef = new Argument<string>("BASE") { Description = "The commit to compare from: a branch, tag or hash (main, origin/main, HEAD^1)." };
        var headRef = new Argument<string>("HEAD") { Description = "The commit to compare with it.", DefaultValueFactory = _ => "HEAD" };
        var content = new Option<string>("--content") { Description = "The content folder, inside the git repository.", DefaultValueFactory = _ => "content" };
        var previewUrl = new Option<string?>("--preview-url") { Description = "Where HEAD's built site can be seen: each item links to this address plus its path." };
        var format = new Option<string>("--format")
        {
            Description = "How to report: console, markdown (a pull-request comment) or json.",
            DefaultValueFactory = _ => "console",
        };
        format.AcceptOnlyFromAmong(ReportFormats);
        var today = new Option<string?>("--today") { Description = "Build both commits as on this date (YYYY-MM-DD); the default is today." };

        var command = new Command("diff", "List the pages, easy-read pages, services and leaflets whose built output differs between two commits.")
        {
            baseRef, headRef, content, previewUrl, format, today,
        };
        command.SetAction(parsed =>
        {
            if (!Dates.TryParse(parsed.GetValue(today), out var todayDate)) return CommandLine.UsageError;
            var preview = parsed.GetValue(previewUrl);
            if (preview is { Length: > 0 } && !(Uri.TryCreate(preview, UriKind.Absolute, out var uri) && uri.Scheme is "https" or "http"))
            {
                Console.Error.WriteLine($"error: --preview-url must be an http or https address, not \"{preview}\"");
                return CommandLine.UsageError;
            }
            var result = SiteComparer.Compare(parsed.GetValue(content)!, parsed.GetValue(baseRef)!, parsed.GetValue(headRef)!, todayDate);
            ConsoleReport.Diagnostics(result.Diagnostics);
            if (result.Diff is not { } diff) return CommandLine.ContentErrors;
            Console.Out.Write(parsed.GetValue(format) switch
            {
                "markdown" => MarkdownDiffReport.Write(diff, preview),
                "json" => JsonDiffReport.Write(diff, preview),
                _ => TextDiffReport.Write(diff, preview),
            });
            return CommandLine.Ok;
        });
        return command;
    }
}
