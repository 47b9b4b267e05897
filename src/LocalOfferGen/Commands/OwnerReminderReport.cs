using LocalOfferGen.Audit;
using LocalOfferGen.Reminders;

namespace LocalOfferGen.Cli.Commands;

/// <summary><c>localoffer audit --format owners</c> and <c>owners-markdown</c>: what each owner has overdue or due
/// soon, for the workflow job that keeps one GitHub issue per owner (docs/audit.md, "Reminding owners").</summary>
internal static class OwnerReminderReport
{
    public static int Write(AuditContext context, string format, string? repository, string? branch)
    {
        repository ??= Environment.GetEnvironmentVariable("GITHUB_REPOSITORY") is { Length: > 0 } r ? r : null;
        branch ??= Environment.GetEnvironmentVariable("GITHUB_REF_NAME") is { Length: > 0 } b ? b : null;
        if (repository is not null && !EditLinks.IsRepository(repository))
        {
            Console.Error.WriteLine($"error: --repository must be a GitHub repository as OWNER/NAME, like exampleshire/local-offer, not \"{repository}\"");
            return CommandLine.UsageError;
        }
        if (branch is not null && (branch.Length == 0 || branch.Any(char.IsControl)))
        {
            Console.Error.WriteLine("error: --branch must be the name of a branch, like main");
            return CommandLine.UsageError;
        }
        var server = Environment.GetEnvironmentVariable("GITHUB_SERVER_URL") is { Length: > 0 } s ? s : "https://github.com";
        // Links only when both are known: a guessed branch would open the editor on the wrong file, or none.
        var links = repository is not null && branch is not null ? new EditLinks(server, repository, branch) : null;
        var reminders = OwnerReminders.Of(context, links);
        Console.Out.Write(format == "owners" ? ReminderJson.Write(reminders, context.Today) : ReminderMarkdown.Document(reminders));
        return CommandLine.Ok;
    }
}
