using System.CommandLine;
using System.Runtime.InteropServices;
using LocalOfferGen.Output;
using LocalOfferGen.Serving;
using LocalOfferGen.Wording;

namespace LocalOfferGen.Cli.Commands;

/// <summary><c>localoffer serve</c>: a live preview for editors on 127.0.0.1.</summary>
public static class ServeCommand
{
    public static Command Create()
    {
        var content = new Option<string>("--content") { Description = "The content folder to preview.", DefaultValueFactory = _ => "content" };
        var port = new Option<int>("--port") { Description = "The port on 127.0.0.1 to serve on.", DefaultValueFactory = _ => 8080 };
        var today = new Option<string?>("--today") { Description = "Treat this date (YYYY-MM-DD) as today." };

        var command = new Command("serve",
            "Preview the website while you edit: builds it, serves it on 127.0.0.1, rebuilds when content or the theme changes " +
            "and reloads the page in your browser. Stop it with Ctrl+C.")
        {
            content, port, today,
        };
        command.SetAction(parsed =>
        {
            if (!Dates.TryParse(parsed.GetValue(today), out var todayDate)) return CommandLine.UsageError;
            var contentDirectory = parsed.GetValue(content)!;
            if (!Directory.Exists(contentDirectory))
            {
                Console.Error.WriteLine($"error: there is no content folder '{contentDirectory}'; use --content, or make a site with 'localoffer new site DIR'");
                return CommandLine.UsageError;
            }
            var portNumber = parsed.GetValue(port);
            if (portNumber is < 1 or > 65535)
            {
                Console.Error.WriteLine($"error: --port must be between 1 and 65535, not {portNumber}");
                return CommandLine.UsageError;
            }
            var problems = new Diagnostics.DiagnosticBag();
            using var folder = PreviewFolder.Create(problems);
            if (folder is null)
            {
                ConsoleReport.Diagnostics(problems.ToSortedList());
                return CommandLine.ContentErrors;
            }
            var preview = folder.Site;
            var session = new PreviewSession(new PreviewOptions
            {
                ContentDirectory = contentDirectory,
                OutputDirectory = preview,
                Port = portNumber,
                Settings = new BuildSettings { Today = todayDate },
            });
            session.Built += Report;
            Console.WriteLine($"Building a preview of {contentDirectory}/ into {preview} (output/ is left alone).");
            session.Listening += address =>
                Console.WriteLine($"Serving {address} (only on this computer). Edit the content and save; the page reloads. Press Ctrl+C to stop.");

            using var stop = new CancellationTokenSource();
            ConsoleCancelEventHandler onCancel = (_, e) =>
            {
                e.Cancel = true;   // stop cleanly instead of being killed mid-write
                stop.Cancel();
            };
            Console.CancelKeyPress += onCancel;
            // A service manager's stop (SIGTERM) ends it just as cleanly as Ctrl+C.
            using var onTerminate = PosixSignalRegistration.Create(PosixSignal.SIGTERM, context =>
            {
                context.Cancel = true;
                stop.Cancel();
            });
            try
            {
                session.RunAsync(stop.Token).GetAwaiter().GetResult();
            }
            catch (IOException e)
            {
                Console.Error.WriteLine($"error: {e.Message}");
                return CommandLine.UsageError;
            }
            finally
            {
                Console.CancelKeyPress -= onCancel;
            }
            // The preview is only for this session: disposing the folder tidies it away.
            Console.WriteLine("Stopped.");
            return CommandLine.Ok;
        });
        return command;
    }

    private static void Report(PreviewResult result)
    {
        ConsoleReport.Diagnostics(result.Diagnostics);
        var time = $"{result.Elapsed.TotalMilliseconds:0} ms";
        var what = result.Full ? "the whole site" : string.Join(", ", result.RenderedPages!);
        Console.WriteLine(result.Succeeded
            ? $"{DateTime.Now:HH:mm:ss} Built {what} in {time}."
            : $"{DateTime.Now:HH:mm:ss} Not built: {Counts.Of(result.Errors.Count(), "error")} (shown in the browser too). The last good build is still served.");
    }
}
