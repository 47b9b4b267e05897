using System.CommandLine;
using LocalOfferGen.OpenReferral;
using LocalOfferGen.Wording;

namespace LocalOfferGen.Cli.Commands;

/// <summary><c>localoffer import oruk</c>: an Open Referral UK export in, services/*.yml out.</summary>
public static class ImportCommand
{
    public static Command Create()
    {
        var command = new Command("import", "Bring existing directory data into the content folder.");
        command.Subcommands.Add(Oruk());
        return command;
    }

    private static Command Oruk()
    {
        var source = new Argument<string>("FILE-OR-FOLDER")
        {
            Description = "An ORUK services list (services.json), one service, or a folder of service .json files.",
        };
        var into = new Option<string>("--into") { Description = "The folder to write services/*.yml into.", DefaultValueFactory = _ => "content/services" };
        var dryRun = new Option<bool>("--dry-run") { Description = "Show what would be written, and write nothing." };
        var overwrite = new Option<bool>("--overwrite") { Description = "Replace existing service files that differ (never done otherwise)." };
        var today = new Option<string?>("--today") { Description = "The date (YYYY-MM-DD) to use as 'reviewed' where the ORUK data has none. Default: today." };

        var command = new Command("oruk", "Import services from Open Referral UK JSON (UK profile 3.0, or 1.0) as services/*.yml.")
        {
            source, into, dryRun, overwrite, today,
        };
        command.SetAction(parsed =>
        {
            if (!Dates.TryParse(parsed.GetValue(today), out var todayDate)) return CommandLine.UsageError;
            var options = new OrukImportOptions
            {
                Source = parsed.GetValue(source)!,
                Into = parsed.GetValue(into)!,
                DryRun = parsed.GetValue(dryRun),
                Overwrite = parsed.GetValue(overwrite),
                Today = todayDate,
            };
            var result = OrukImporter.Import(options);
            ConsoleReport.Diagnostics(result.Diagnostics);
            foreach (var file in result.Files)
                Console.WriteLine($"{Describe(file.Outcome),-11} {file.Path}");
            if (!result.Succeeded)
            {
                Console.WriteLine($"Import failed: {Counts.Of(result.Diagnostics.Count(d => d.Severity == Diagnostics.Severity.Error), "error")}. Nothing was written.");
                return CommandLine.ContentErrors;
            }
            int Count(ImportOutcome outcome) => result.Files.Count(f => f.Outcome == outcome);
            var warnings = result.Diagnostics.Count(d => d.Severity == Diagnostics.Severity.Warning);
            Console.WriteLine(options.DryRun
                ? $"Dry run: {Counts.Of(Count(ImportOutcome.WouldWrite), "file")} would be written, {Count(ImportOutcome.Unchanged)} unchanged, {Count(ImportOutcome.Conflict)} left as they are; {Counts.Of(warnings, "warning")}. Nothing was written."
                : $"Imported {Counts.Of(result.Files.Count, "service")} into {options.Into}/: {Count(ImportOutcome.Written)} written, {Count(ImportOutcome.Unchanged)} unchanged, {Count(ImportOutcome.Conflict)} left as they are; {Counts.Of(warnings, "warning")}.");
            return result.Files.Any(f => f.Outcome == ImportOutcome.Failed) ? CommandLine.ContentErrors : CommandLine.Ok;
        });
        return command;
    }

    private static string Describe(ImportOutcome outcome) => outcome switch
    {
        ImportOutcome.Written => "written",
        ImportOutcome.Unchanged => "unchanged",
        ImportOutcome.WouldWrite => "would write",
        ImportOutcome.Conflict => "exists",
        _ => "failed",
    };
}
