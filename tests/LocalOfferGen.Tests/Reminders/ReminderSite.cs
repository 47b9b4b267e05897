using LocalOfferGen.Audit;
using LocalOfferGen.Diagnostics;
using LocalOfferGen.Reminders;

namespace LocalOfferGen.Tests.Reminders;

/// <summary>The small test content with site.yml <c>owners:</c>, inside a folder marked as a git repository, so
/// files are named from the repository's root (<c>content/pages/x.md</c>) as on GitHub.</summary>
internal static class ReminderSite
{
    public const string SiteYml = """
        title: Testshire Local Offer
        authority: Testshire Council
        base_url: https://localoffer.test.example/
        contact:
          phone: 01234 000000
        """;

    public static TestContent With(string owners, params (string Path, string Text)[] files)
    {
        var content = new TestContent();
        Directory.CreateDirectory(Path.Combine(content.Root, ".git"));
        content.Write("site.yml", SiteYml + "\n" + owners);
        foreach (var (path, text) in files) content.Write(path, text);
        return content;
    }

    public static (string, string) Page(string path, string owner, string reviewed, string? title = null) =>
        (path, $"""
            ---
            title: {title ?? "Page " + Path.GetFileNameWithoutExtension(path)}
            summary: A page planted by a test.
            reviewed: {reviewed}
            owner: "{owner}"
            ---

            Some words.
            """);

    public static AuditContext Context(TestContent content, DateOnly today)
    {
        var loaded = content.Load();
        Assert.Empty(loaded.Diagnostics.Where(d => d.Severity == Severity.Error).Select(d => d.ToString()));
        return new AuditContext { Site = loaded.Site!, Today = today, ContentPath = content.Content };
    }

    public static IReadOnlyList<OwnerReminder> Reminders(TestContent content, DateOnly today, EditLinks? links = null) =>
        OwnerReminders.Of(Context(content, today), links);
}
