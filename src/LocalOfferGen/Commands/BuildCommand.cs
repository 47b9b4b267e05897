using System.CommandLine;
using LocalOfferGen.Building;
using LocalOfferGen.Output;
using LocalOfferGen.Wording;

namespace LocalOfferGen.Cli.Commands;

/// <summary><c>localoffer build</c>: content in, every format out.</summary>
public static class BuildCommand
{
    public static Command Create()
    {
        var content = new Option<string>("--content") { Description = "The content folder to read.", DefaultValueFactory = _ => "content" };
        var output = new Option<string>("--output") { Description = "The folder to write the site into. It is replaced only when the build succeeds.", DefaultValueFactory = _ => "output" };
        var formats = new Option<string[]>("--formats")
        {
            Description = $"Which formats to write, separated by commas: {string.Join(", ", OutputFormats.Names)}. Default: all.",
            AllowMultipleArgumentsPerToken = true,
        };
        var strict = new Option<bool>("--strict") { Description = "Fail the build on warnings too (for pull-request checks)." };
        var today = new Option<string?>("--today") { Description = "Treat this date (YYYY-MM-DD) as today, for reproducible review dates." };
        var largePrint = new Option<bool>("--large-print") { Description = "Also write large-print Word documents." };
        var printMarks = new Option<string>("--print-marks")
        {
            Description = "crop (default): leaflets have crop and fold marks in a slug, for a print shop; none: no marks or slug, for office printing.",
            DefaultValueFactory = _ => "crop",
        };
        printMarks.AcceptOnlyFromAmong("crop", "none");

        var command = new Command("build", "Build the Local Offer from the content folder into the output folder.")
        {
            content, output, formats, strict, today, largePrint, printMarks,
        };
        command.SetAction(parsed =>
        {
            var names = (parsed.GetValue(formats) ?? []).SelectMany(f => f.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)).ToList();
            var unknown = names.Where(n => !OutputFormats.Names.Contains(n)).ToList();
            if (unknown.Count > 0)
            {
                Console.Error.WriteLine($"error: unknown format '{unknown[0]}'; the formats are {string.Join(", ", OutputFormats.Names)}");
                return CommandLine.UsageError;
            }
            if (!Dates.TryParse(parsed.GetValue(today), out var todayDate)) return CommandLine.UsageError;
            var options = new BuildOptions
            {
                ContentDirectory = parsed.GetValue(content)!,
                OutputDirectory = parsed.GetValue(output)!,
                Formats = names,
                Strict = parsed.GetValue(strict),
                Settings = new BuildSettings { Today = todayDate, LargePrint = parsed.GetValue(largePrint), PrintMarks = parsed.GetValue(printMarks) != "none" },
            };
            // The first Ctrl+C stops the build at its next step and removes the half-written staging folder;
            // a second one ends the process at once (the next build cleans up after it).
            using var cancel = new CancellationTokenSource();
            ConsoleCancelEventHandler onCancel = (_, e) => { e.Cancel = !cancel.IsCancellationRequested; cancel.Cancel(); };
            Console.CancelKeyPress += onCancel;
            BuildResult result;
            try
            {
                result = ConsoleReport.WithProgress(progress =>
                    SiteBuilder.Build(options, new Progress<BuildStep>(s => progress.Report($"[{s.Index}/{s.Count}] {s.Name}")), cancel.Token));
            }
            catch (OperationCanceledException)
            {
                Console.Error.WriteLine($"Build cancelled. {options.OutputDirectory}/ was left as it was.");
                return CommandLine.Cancelled;
            }
            finally
            {
                Console.CancelKeyPress -= onCancel;
            }
            ConsoleReport.Diagnostics(result.Diagnostics);
            var pages = result.Site?.Pages.Count ?? 0;
            var services = result.Site?.Services.Count ?? 0;
            Console.WriteLine(result.Succeeded
                ? $"Built {Counts.Of(pages, "page")} and {Counts.Of(services, "service")}: {Counts.Of(result.FilesWritten.Count, "file")} written to {options.OutputDirectory}/, {Counts.Of(result.Warnings, "warning")}, 0 errors, {result.Elapsed.TotalSeconds:0.00} s."
                : $"Build failed: {Counts.Of(result.Errors, "error")}, {Counts.Of(result.Warnings, "warning")}. {options.OutputDirectory}/ was left as it was.");
            if (result.Succeeded && result.Audit is { } audit)
                Console.WriteLine($"Audit: {audit.Summary}. Report: {options.OutputDirectory}/audit/index.html (details: localoffer audit).");
            return result.Succeeded ? CommandLine.Ok : result.OutputRefused ? CommandLine.UsageError : CommandLine.ContentErrors;
        });
        return command;
    }
}
