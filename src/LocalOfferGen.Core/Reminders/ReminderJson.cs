using System.Text.Encodings.Web;
using System.Text.Json;
using LocalOfferGen.Audit;

namespace LocalOfferGen.Reminders;

/// <summary><c>localoffer audit --format owners</c>: schema <c>localoffer-owners/1</c> (docs/audit.md), one entry per
/// GitHub issue to keep open, with its title and body ready, so the workflow's script only passes them to <c>gh</c>.</summary>
public static class ReminderJson
{
    public const string Schema = "localoffer-owners/1";

    private static readonly JsonSerializerOptions Options = new()
    {
        WriteIndented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
    };

    public static string Write(IReadOnlyList<OwnerReminder> reminders, DateOnly today)
    {
        var document = new
        {
            Schema,
            Today = Date(today),
            OwnerReminders.Label,
            Owners = reminders.Select(r => new
            {
                r.Key,
                r.Owner,
                r.Handle,
                r.Marker,
                Title = ReminderMarkdown.Title(r),
                Body = ReminderMarkdown.Body(r),
                r.Overdue,
                r.DueSoon,
                Items = r.Items.Select(i => new
                {
                    i.Review.Owner,
                    i.Review.Kind,
                    i.Review.Title,
                    i.Review.Url,
                    i.File,
                    i.Line,
                    Reviewed = Date(i.Review.Reviewed),
                    ReviewBy = Date(i.Review.ReviewBy),
                    Status = i.Review.State == ReviewState.Overdue ? "overdue" : "due-soon",
                    i.Review.DaysOverdue,
                    i.EditUrl,
                }),
            }),
        };
        return JsonSerializer.Serialize(document, Options) + "\n";
    }

    private static string Date(DateOnly date) => date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
}
