using System.Diagnostics;
using LocalOfferGen.Reminders;
using LocalOfferGen.Scaffolding;
using LocalOfferGen.Tests.Print;

namespace LocalOfferGen.Tests.Reminders;

/// <summary>The shipped owner-reminders script, run as the workflow job runs it, against a fake <c>gh</c> on PATH
/// (Reminders/fake-gh.sh) that keeps its issues in files: week by week, issues are opened, updated and closed.</summary>
public sealed class OwnerRemindersScriptTests : IDisposable
{
    private static readonly DateOnly Today = new(2027, 3, 1);
    private static readonly EditLinks Links = new("https://github.com", "testshire/local-offer", "main");
    private const string Owners = """
        owners:
          "SEND Team": "@testshire/send"
        """;

    private readonly string _work = Path.Combine(Path.GetTempPath(), "lo-reminders-" + Guid.NewGuid().ToString("N"));
    private string Gh => Path.Combine(_work, "gh-state");

    public OwnerRemindersScriptTests()
    {
        Directory.CreateDirectory(Path.Combine(_work, "bin"));
        Directory.CreateDirectory(Gh);
        var fake = Path.Combine(_work, "bin", "gh");
        File.Copy(Path.Combine(Repository.Root, "tests/LocalOfferGen.Tests/Reminders/fake-gh.sh"), fake);
        File.SetUnixFileMode(fake, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        var script = RepositoryFiles.All().Single(f => f.Path == RepositoryFiles.OwnerRemindersPath).Text;
        File.WriteAllText(Path.Combine(_work, "owner-reminders.sh"), script);
    }

    public void Dispose()
    {
        try { Directory.Delete(_work, recursive: true); } catch (IOException) { }
    }

    [Fact]
    public void Issues_are_opened_updated_and_closed_as_the_owners_lists_change()
    {
        // Someone's own issue with the label (no marker): never touched.
        Seed(1, "Ideas for the review", "Let us talk about reviews.");
        using var site = ReminderSite.With(Owners,
            ReminderSite.Page("pages/education/late.md", "SEND Team", "2026-01-10"),
            ReminderSite.Page("pages/education/soon.md", "SEND Team", "2026-03-20"),
            ReminderSite.Page("pages/about/forum.md", "Parent Carer Forum", "2026-02-01"));

        // Week 1: both lists are new, so two issues are opened (SEND Team's, then the content team's).
        Run(site);
        Assert.Equal(["label create", "issue list", "issue create", "issue create"], Calls());
        Assert.Equal("Local Offer reviews due: SEND Team (1 overdue, 1 due soon)", Issue(2, "title"));
        Assert.StartsWith("<!-- localoffer-review: owner/SEND%20Team -->\n@testshire/send:", Issue(2, "body"));
        Assert.Contains("[`content/pages/education/late.md` line 4](https://github.com/testshire/local-offer/edit/main/content/pages/education/late.md)", Issue(2, "body"));
        Assert.Equal("local-offer-review\n", Issue(2, "labels"));
        Assert.Equal("Local Offer reviews due: owners with no GitHub user or team (1 overdue)", Issue(3, "title"));
        Assert.Contains("### Parent Carer Forum", Issue(3, "body"));

        // The same lists a week on: nothing to do.
        Run(site, Today.AddDays(7));
        Assert.Equal(["label create", "issue list"], Calls());

        // Week 3: late.md was reviewed, so SEND Team's issue is edited; the content team's is left as it is. A second
        // issue for SEND Team (opened by hand, or by a run that raced this one) is closed, keeping the oldest.
        site.Write("pages/education/late.md", ReminderSite.Page("pages/education/late.md", "SEND Team", "2027-03-10").Item2);
        Seed(4, "Local Offer reviews due: SEND Team", "<!-- localoffer-review: owner/SEND%20Team -->\nold");
        Run(site, Today.AddDays(14));
        Assert.Equal(["label create", "issue list", "issue edit 2", "issue close 4"], Calls());
        Assert.Equal("Local Offer reviews due: SEND Team (1 due soon)", Issue(2, "title"));
        Assert.DoesNotContain("late.md", Issue(2, "body"));
        Assert.Equal("open", Issue(2, "state"));

        // Week 4: everything reviewed; nothing is due, so both issues are closed, and nobody else's.
        site.Write("pages/education/soon.md", ReminderSite.Page("pages/education/soon.md", "SEND Team", "2027-03-10").Item2);
        site.Write("pages/about/forum.md", ReminderSite.Page("pages/about/forum.md", "Parent Carer Forum", "2027-03-10").Item2);
        Run(site, Today.AddDays(21));
        Assert.Equal(["label create", "issue list", "issue close 2", "issue close 3"], Calls());
        Assert.Equal(("closed", "closed", "open"), (Issue(2, "state"), Issue(3, "state"), Issue(1, "state")));

        // Due again later: a new issue is opened (closed ones stay closed, with their history).
        Run(site, new DateOnly(2028, 3, 1));
        Assert.Contains("issue create", Calls());
        Assert.Equal("open", Issue(5, "state"));
    }

    [Fact]
    public void The_shipped_workflow_runs_the_owners_audit_weekly_and_passes_it_to_this_script()
    {
        var yaml = new YamlDotNet.RepresentationModel.YamlStream();
        yaml.Load(new StringReader(RepositoryFiles.All().Single(f => f.Path == RepositoryFiles.WorkflowPath).Text));
        var root = (YamlDotNet.RepresentationModel.YamlMappingNode)yaml.Documents.Single().RootNode;
        var on = (YamlDotNet.RepresentationModel.YamlMappingNode)root["on"];
        Assert.Contains("cron", on["schedule"].ToString());
        var job = (YamlDotNet.RepresentationModel.YamlMappingNode)((YamlDotNet.RepresentationModel.YamlMappingNode)root["jobs"])["owner-reminders"];
        Assert.Equal("write", job["permissions"]["issues"].ToString());
        var runs = ((YamlDotNet.RepresentationModel.YamlSequenceNode)job["steps"]).Cast<YamlDotNet.RepresentationModel.YamlMappingNode>()
            .Where(s => s.Children.ContainsKey("run")).Select(s => s["run"].ToString()).ToList();
        Assert.StartsWith("dotnet tool restore", runs[0]);
        Assert.StartsWith("dotnet localoffer audit --content content --format owners > owners.json\n", runs[1]);
        Assert.Equal($"bash {RepositoryFiles.OwnerRemindersPath} owners.json", runs[2]);
    }

    [Fact]
    public void A_file_that_is_not_the_owners_list_touches_no_issue()
    {
        var file = Path.Combine(_work, "owners.json");
        File.WriteAllText(file, """{ "schema": "localoffer-audit/1" }""");
        var (code, output) = Bash(file);
        Assert.Equal(1, code);
        Assert.Contains("is not what 'localoffer audit --format owners' writes", output);
        Assert.False(File.Exists(Path.Combine(Gh, "calls")));
    }

    private void Run(TestContent site, DateOnly? today = null)
    {
        File.Delete(Path.Combine(Gh, "calls"));
        var file = Path.Combine(_work, "owners.json");
        var day = today ?? Today;
        File.WriteAllText(file, ReminderJson.Write(ReminderSite.Reminders(site, day, Links), day));
        var (code, output) = Bash(file);
        Assert.True(code == 0, output);
    }

    private (int Code, string Output) Bash(string ownersFile)
    {
        PdfReading.Require(PdfReading.Run("jq", "--version"), "jq");
        var start = new ProcessStartInfo("bash") { RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(Path.Combine(_work, "owner-reminders.sh"));
        start.ArgumentList.Add(ownersFile);
        start.Environment["PATH"] = Path.Combine(_work, "bin") + ":" + Environment.GetEnvironmentVariable("PATH");
        start.Environment["FAKE_GH"] = Gh;
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        process.WaitForExit();
        return (process.ExitCode, output.Result + error.Result);
    }

    /// <summary>Each call to gh as its first two words, with the issue's number for edit and close.</summary>
    private string[] Calls() => File.ReadAllLines(Path.Combine(Gh, "calls"))
        .Select(line => line.Split(' '))
        .Select(w => w[1] is "edit" or "close" ? $"{w[0]} {w[1]} {w[2]}" : $"{w[0]} {w[1]}")
        .ToArray();

    private string Issue(int number, string part) => File.ReadAllText(Path.Combine(Gh, "issues", number.ToString(), part)).TrimEnd('\n') + (part == "labels" ? "\n" : "");

    private void Seed(int number, string title, string body)
    {
        var dir = Path.Combine(Gh, "issues", number.ToString());
        Directory.CreateDirectory(dir);
        File.WriteAllText(Path.Combine(dir, "title"), title);
        File.WriteAllText(Path.Combine(dir, "body"), body);
        File.WriteAllText(Path.Combine(dir, "labels"), "local-offer-review\n");
        File.WriteAllText(Path.Combine(dir, "state"), "open\n");
    }
}
