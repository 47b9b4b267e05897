using System.Diagnostics;
using System.Text.Json;

namespace LocalOfferGen.Tests.Reminders;

/// <summary>The real <c>localoffer audit --format owners</c>, as the owner-reminders workflow job runs it.</summary>
public class OwnersFormatTests
{
    private const string Owners = """
        owners:
          "SEND Team": "@testshire/send"
        """;

    [Fact]
    public void Owners_format_writes_json_with_edit_links_from_the_workflows_environment()
    {
        using var site = ReminderSite.With(Owners, ReminderSite.Page("pages/education/late.md", "SEND Team", "2026-01-10"));
        var run = Invoke(site.Root, new() { ["GITHUB_REPOSITORY"] = "testshire/local-offer", ["GITHUB_REF_NAME"] = "main" },
            "audit", "--format", "owners", "--today", "2027-03-01");
        Assert.Equal(0, run.ExitCode);
        using var json = JsonDocument.Parse(run.Out);
        var send = json.RootElement.GetProperty("owners")[0];
        Assert.Equal("@testshire/send", send.GetProperty("handle").GetString());
        var item = send.GetProperty("items")[0];
        Assert.Equal("content/pages/education/late.md", item.GetProperty("file").GetString());
        Assert.Equal("https://github.com/testshire/local-offer/edit/main/content/pages/education/late.md", item.GetProperty("edit_url").GetString());
    }

    [Fact]
    public void Options_name_the_repository_and_branch_and_owners_markdown_is_for_people()
    {
        using var site = ReminderSite.With(Owners, ReminderSite.Page("pages/education/late.md", "SEND Team", "2026-01-10"));
        var run = Invoke(site.Root, new() { ["GITHUB_REPOSITORY"] = "", ["GITHUB_REF_NAME"] = "" },
            "audit", "--format", "owners-markdown", "--today", "2027-03-01", "--repository", "testshire/lo", "--branch", "live");
        Assert.Equal(0, run.ExitCode);
        Assert.StartsWith("# Local Offer reviews by owner\n\n## Local Offer reviews due: SEND Team (1 overdue) for @testshire/send", run.Out);
        Assert.Contains("(https://github.com/testshire/lo/edit/live/content/pages/education/late.md)", run.Out);
    }

    [Fact]
    public void Without_a_repository_there_are_no_links_and_a_wrong_one_is_a_usage_error()
    {
        using var site = ReminderSite.With(Owners, ReminderSite.Page("pages/education/late.md", "SEND Team", "2026-01-10"));
        var none = Invoke(site.Root, new() { ["GITHUB_REPOSITORY"] = "", ["GITHUB_REF_NAME"] = "" }, "audit", "--format", "owners", "--today", "2027-03-01");
        Assert.Equal(0, none.ExitCode);
        using var json = JsonDocument.Parse(none.Out);
        Assert.Equal(JsonValueKind.Null, json.RootElement.GetProperty("owners")[0].GetProperty("items")[0].GetProperty("edit_url").ValueKind);

        var wrong = Invoke(site.Root, [], "audit", "--format", "owners", "--repository", "https://github.com/testshire/lo");
        Assert.Equal(2, wrong.ExitCode);
        Assert.Contains("--repository must be a GitHub repository as OWNER/NAME", wrong.Error);
    }

    [Fact]
    public void A_bad_handle_stops_the_owners_list_with_a_located_error()
    {
        using var site = ReminderSite.With("""
            owners:
              "SEND Team": send team
            """);
        var run = Invoke(site.Root, [], "audit", "--format", "owners");
        Assert.Equal(1, run.ExitCode);
        Assert.Contains("content/site.yml(7,16): error LO1100: the owner \"SEND Team\" must map to one GitHub user", run.Error);
        Assert.Equal("", run.Out.Trim());
    }

    private static Localoffer.Run Invoke(string workingDirectory, Dictionary<string, string> environment, params string[] args)
    {
        var start = new ProcessStartInfo("dotnet") { WorkingDirectory = workingDirectory, RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "localoffer.dll"));
        foreach (var arg in args) start.ArgumentList.Add(arg);
        foreach (var (name, value) in environment) start.Environment[name] = value;
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        process.WaitForExit();
        return new Localoffer.Run(process.ExitCode, output.Result, error.Result);
    }
}
