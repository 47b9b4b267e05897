using LocalOfferGen.Diagnostics;
using Spectre.Console;

namespace LocalOfferGen.Cli;

/// <summary>Prints diagnostics in the MSBuild form (so IDEs and CI pick them up) and closing summaries.</summary>
public static class ConsoleReport
{
    public static void Diagnostics(IEnumerable<Diagnostic> diagnostics)
    {
        foreach (var diagnostic in diagnostics)
        {
            var writer = diagnostic.Severity == Severity.Error ? Console.Error : Console.Out;
            writer.WriteLine(diagnostic.ToString());
        }
    }

    /// <summary>Runs work with a live status line on a terminal, and plain lines when output is redirected.</summary>
    public static T WithProgress<T>(Func<IProgress<string>, T> work)
    {
        if (Console.IsOutputRedirected || !AnsiConsole.Profile.Capabilities.Interactive)
            return work(new Progress<string>(Console.WriteLine));
        T result = default!;
        AnsiConsole.Status().Start("Starting", context =>
        {
            result = work(new SynchronousProgress(step => context.Status(Markup.Escape(step))));
        });
        return result;
    }

    private sealed class SynchronousProgress(Action<string> report) : IProgress<string>
    {
        public void Report(string value) => report(value);
    }
}
