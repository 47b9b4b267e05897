using System.CommandLine;
using LocalOfferGen.Diagnostics;

namespace LocalOfferGen.Cli;

/// <summary>Exit codes and the root command shared by every command.</summary>
public static class CommandLine
{
    public const int Ok = 0;
    public const int ContentErrors = 1;
    public const int UsageError = 2;
    public const int InternalError = 3;
    /// <summary>Stopped with Ctrl+C: the shell's convention, 128 + SIGINT.</summary>
    public const int Cancelled = 130;

    public static int Run(string[] args, params Command[] commands)
    {
        var root = new RootCommand("LocalOfferGen compiles a SEND Local Offer kept as Markdown and YAML into an accessible website, " +
            "easy-read pages, print-ready leaflets and Word documents, and audits it against the law.");
        var verbose = new Option<bool>("--verbose") { Description = "Show the full details of internal errors.", Recursive = true };
        root.Options.Add(verbose);
        foreach (var command in commands) root.Subcommands.Add(command);
        var parsed = root.Parse(args);
        if (parsed.Errors.Count > 0)
        {
            foreach (var error in parsed.Errors) Console.Error.WriteLine($"error: {error.Message}");
            Console.Error.WriteLine("Run 'localoffer --help' to see the commands and their options.");
            return UsageError;
        }
        try
        {
            // System.CommandLine's own handler would print the raw stack trace and exit 1; ours says what failed.
            return parsed.Invoke(new InvocationConfiguration { EnableDefaultExceptionHandler = false });
        }
        catch (OperationCanceledException)
        {
            Console.Error.WriteLine("Cancelled.");
            return Cancelled;
        }
        catch (Exception thrown)
        {
            // Work done in parallel arrives wrapped; report the failure itself, which names its file.
            var e = thrown is AggregateException aggregate ? aggregate.Flatten().InnerExceptions[0] : thrown;
            // An internal error names what failed, briefly; the stack trace only with --verbose.
            Console.Error.WriteLine(e is InternalError named
                ? $"error {DiagnosticCodes.InternalError}: {named.Message}"
                : $"error {DiagnosticCodes.InternalError}: internal error: {e.GetType().Name}: {LogText.Escape(e.Message)}");
            if (parsed.GetValue(verbose)) Console.Error.WriteLine(e);
            else Console.Error.WriteLine("Run again with --verbose for the details, and please report it.");
            return InternalError;
        }
    }
}
