using System.Text.Json;
using LocalOfferGen.Audit;
using LocalOfferGen.Reminders;

namespace LocalOfferGen.Tests.Reminders;

/// <summary>What <c>localoffer audit --format owners</c> gives the owner-reminders workflow job: one list per owner.</summary>
public class OwnerRemindersTests
{
    // The test content's own pages and service are reviewed 2026-09-01, so due 2027-09-01: up to date on this day.
    private static readonly DateOnly Today = new(2027, 3, 1);
    private static readonly EditLinks Links = new("https://github.com", "testshire/local-offer", "main");

    private const string Owners = """
        owners:
          "SEND Team": "@testshire/send"
          "Short Breaks Team": "@jsmith"
        """;

    private static TestContent Site() => ReminderSite.With(Owners,
        ReminderSite.Page("pages/education/late.md", "SEND Team", "2026-01-10"),          // due 2027-01-10: overdue
        ReminderSite.Page("pages/education/soon.md", "SEND Team", "2026-03-20"),          // due 2027-03-20: due soon
        ReminderSite.Page("pages/education/also-soon.md", "SEND Team", "2026-03-20"),     // the same day: by file
        ReminderSite.Page("pages/education/fine.md", "SEND Team", "2026-12-01"),          // up to date
        ReminderSite.Page("pages/about/breaks.md", "Short Breaks Team", "2026-12-01"),    // up to date: no issue
        ReminderSite.Page("pages/about/unmapped.md", "Parent Carer Forum", "2026-02-01"), // no handle: the content team
        ReminderSite.Page("pages/about/other.md", "Autism Outreach", "2026-03-05"),
        ("easy-read/education/late.md", EasyRead("2026-01-20")),                          // the standard page's owner
        ("easy-read/orphan.md", EasyRead("2026-01-05")));                                 // no standard page: no owner

    private static string EasyRead(string reviewed) => $"""
        ---
        title: Easy read
        summary: A short summary.
        reviewed: {reviewed}
        ---

        Some words.
        """;

    [Fact]
    public void Owners_with_a_handle_get_a_list_each_and_the_others_one_list_for_the_content_team()
    {
        using var site = Site();
        var reminders = ReminderSite.Reminders(site, Today, Links);

        Assert.Equal(["owner/SEND%20Team", OwnerReminder.ContentTeamKey], reminders.Select(r => r.Key));
        var send = reminders[0];
        Assert.Equal(("SEND Team", "@testshire/send"), (send.Owner, send.Handle));
        // Most overdue first, then by file: the same order every run.
        Assert.Equal(["content/pages/education/late.md", "content/easy-read/education/late.md", "content/pages/education/also-soon.md", "content/pages/education/soon.md"],
            send.Items.Select(i => i.File));
        Assert.Equal((2, 2), (send.Overdue, send.DueSoon));
        Assert.All(send.Items, i => Assert.Equal(4, i.Line)); // the line of 'reviewed'
        Assert.Equal("https://github.com/testshire/local-offer/edit/main/content/pages/education/late.md", send.Items[0].EditUrl);

        var team = reminders[1];
        Assert.True(team.IsContentTeam);
        Assert.Null(team.Handle);
        // Grouped by owner (ignoring case), the items without an owner last.
        Assert.Equal(["Autism Outreach", "Parent Carer Forum", null], team.Items.Select(i => i.Review.Owner));
        Assert.Equal("content/easy-read/orphan.md", team.Items[^1].File);
        Assert.Equal(4, team.Items[^1].Line);
    }

    [Fact]
    public void The_line_is_that_of_reviewed_wherever_it_stands_in_a_service()
    {
        using var site = ReminderSite.With("""
            owners:
              "Testshire Portage": "@testshire/portage"
            """);
        var portage = Assert.Single(ReminderSite.Reminders(site, new DateOnly(2027, 9, 2), Links), r => r.Owner == "Testshire Portage");
        var item = Assert.Single(portage.Items);
        Assert.Equal(("content/services/portage.yml", 10, "service"), (item.File, item.Line, item.Review.Kind));
        Assert.StartsWith("reviewed:", File.ReadAllLines(Path.Combine(site.Content, "services/portage.yml"))[item.Line - 1]);
    }

    [Fact]
    public void Nothing_due_is_an_empty_list_and_no_links_without_a_repository()
    {
        using var site = Site();
        Assert.Empty(ReminderSite.Reminders(site, new DateOnly(2026, 6, 1)));
        Assert.All(ReminderSite.Reminders(site, Today).SelectMany(r => r.Items), i => Assert.Null(i.EditUrl));
    }

    [Fact]
    public void The_json_gives_each_issue_its_title_body_and_hidden_marker()
    {
        using var site = Site();
        using var json = JsonDocument.Parse(ReminderJson.Write(ReminderSite.Reminders(site, Today, Links), Today));
        var root = json.RootElement;
        Assert.Equal("localoffer-owners/1", root.GetProperty("schema").GetString());
        Assert.Equal("local-offer-review", root.GetProperty("label").GetString());
        var send = root.GetProperty("owners")[0];
        Assert.Equal("Local Offer reviews due: SEND Team (2 overdue, 2 due soon)", send.GetProperty("title").GetString());
        var body = send.GetProperty("body").GetString()!;
        Assert.StartsWith("<!-- localoffer-review: owner/SEND%20Team -->\n@testshire/send: these pages and services of **SEND Team**", body);
        Assert.Contains("| Page late (page) | [`content/pages/education/late.md` line 4](https://github.com/testshire/local-offer/edit/main/content/pages/education/late.md) | 2027-01-10 | **overdue** |", body);
        Assert.Contains("| Easy read (easy-read page) | [`content/easy-read/education/late.md` line 4]", body);
        var item = send.GetProperty("items")[0];
        Assert.Equal("content/pages/education/late.md", item.GetProperty("file").GetString());
        Assert.Equal(4, item.GetProperty("line").GetInt32());
        Assert.Equal("overdue", item.GetProperty("status").GetString());
        Assert.Equal(50, item.GetProperty("days_overdue").GetInt32());

        var team = root.GetProperty("owners")[1];
        Assert.Equal(JsonValueKind.Null, team.GetProperty("owner").ValueKind);
        Assert.Equal(JsonValueKind.Null, team.GetProperty("handle").ValueKind);
        Assert.Equal("Local Offer reviews due: owners with no GitHub user or team (2 overdue, 1 due soon)", team.GetProperty("title").GetString());
        var teamBody = team.GetProperty("body").GetString()!;
        Assert.StartsWith("<!-- localoffer-review: content-team -->\n", teamBody);
        Assert.True(teamBody.IndexOf("### Autism Outreach", StringComparison.Ordinal) < teamBody.IndexOf("### Parent Carer Forum", StringComparison.Ordinal));
        Assert.Contains("### No owner (easy-read pages without a standard page)", teamBody);
    }

    [Fact]
    public void Titles_and_bodies_change_only_when_the_list_does_not_as_the_days_pass()
    {
        using var site = Site();
        string Issues(DateOnly day) => string.Join("\n", ReminderSite.Reminders(site, day, Links).Select(r => ReminderMarkdown.Title(r) + ReminderMarkdown.Body(r)));
        Assert.Equal(Issues(Today), Issues(Today.AddDays(1)));
        Assert.Equal(ReminderJson.Write(ReminderSite.Reminders(site, Today, Links), Today), ReminderJson.Write(ReminderSite.Reminders(site, Today, Links), Today));
        Assert.NotEqual(Issues(Today), Issues(Today.AddDays(20))); // "soon" is overdue by then
    }

    [Fact]
    public void A_title_can_neither_mention_anyone_nor_break_the_table()
    {
        using var site = ReminderSite.With(Owners, ReminderSite.Page("pages/about/x.md", "SEND Team", "2026-01-01", title: "'Ask @jsmith | <b>[now](https://evil.example)</b>'"));
        var body = ReminderMarkdown.Body(Assert.Single(ReminderSite.Reminders(site, Today)));
        Assert.Contains("| Ask @\u200Bjsmith \\| \\<b\\>\\[now\\](https://evil.example)\\</b\\> (page) | `content/pages/about/x.md` line 4 |", body);
        Assert.DoesNotContain("@jsmith", body, StringComparison.Ordinal);
    }

    [Fact]
    public void The_markdown_lists_every_owner_for_a_person_to_read()
    {
        using var site = Site();
        var markdown = ReminderMarkdown.Document(ReminderSite.Reminders(site, Today, Links));
        Assert.StartsWith("# Local Offer reviews by owner\n\n## Local Offer reviews due: SEND Team (2 overdue, 2 due soon) for @testshire/send\n\n| Page or service |", markdown);
        Assert.Contains("## Local Offer reviews due: owners with no GitHub user or team (2 overdue, 1 due soon)\n\n### Autism Outreach\n", markdown);
        Assert.Equal("# Local Offer reviews by owner\n\nNothing is overdue or due for review soon.\n", ReminderMarkdown.Document([]));
    }

    [Fact]
    public void Edit_links_escape_each_part_of_the_path()
    {
        Assert.Equal("https://github.example/a/b/edit/feature/x/content/pages/my%20page.md",
            new EditLinks("https://github.example/", "a/b", "feature/x").For("content/pages/my page.md"));
        Assert.True(EditLinks.IsRepository("exampleshire/local-offer.github.io"));
        Assert.False(EditLinks.IsRepository("exampleshire"));
        Assert.False(EditLinks.IsRepository("a/b/c"));
    }
}
