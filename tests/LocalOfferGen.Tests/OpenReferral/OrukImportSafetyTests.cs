using LocalOfferGen.Cli;
using LocalOfferGen.Cli.Commands;
using LocalOfferGen.Diagnostics;
using LocalOfferGen.OpenReferral;

namespace LocalOfferGen.Tests.OpenReferral;

/// <summary>Bad input writes nothing and says where the problem is; existing files are never lost.</summary>
public class OrukImportSafetyTests
{
    private const string Good = """{ "id": "7d4b5a36-5c2e-4e0f-9f57-1f8f3f0a1b22", "name": "Good service", "status": "active", "email": "a@example.org" }""";

    private static OrukImportResult Import(string source, string into, bool overwrite = false, bool dryRun = false) =>
        OrukImporter.Import(new OrukImportOptions { Source = source, Into = into, Overwrite = overwrite, DryRun = dryRun, Today = new(2026, 11, 27) });

    [Theory]
    [InlineData("not json at all", DiagnosticCodes.OrukNotJson, "(1,", "not valid JSON")]
    [InlineData("{ \"contents\": [ " + Good + ", ]", DiagnosticCodes.OrukNotJson, "(1,", "not valid JSON")]
    [InlineData("{ \"total_items\": 3 }", DiagnosticCodes.OrukWrongShape, "list.json", "$: expected an ORUK service")]
    [InlineData("{ \"contents\": { \"name\": \"x\" } }", DiagnosticCodes.OrukWrongShape, "list.json", "$.contents: must be a list of services")]
    [InlineData("{ \"contents\": [ " + Good + ", 42 ] }", DiagnosticCodes.OrukWrongShape, "list.json", "$.contents[1]: must be a service object")]
    [InlineData("{ \"contents\": [ " + Good + ", { \"id\": \"x\", \"description\": \"no name\" } ] }", DiagnosticCodes.OrukServiceWithoutName, "list.json", "$.contents[1]: the service has no name")]
    [InlineData("{ \"contents\": [ { \"name\": \"A\", \"minimum_age\": \"twelve\" } ] }", DiagnosticCodes.OrukWrongShape, "list.json", "$.contents[0].minimum_age: must be a number")]
    [InlineData("{ \"contents\": [ { \"name\": \"A\", \"organization\": [\"x\"] } ] }", DiagnosticCodes.OrukWrongShape, "list.json", "$.contents[0].organization: must be an object")]
    [InlineData("{ \"contents\": [ { \"name\": \"A\", \"service_at_locations\": [ { \"location\": { \"addresses\": \"2 High St\" } } ] } ] }",
        DiagnosticCodes.OrukWrongShape, "list.json", "$.contents[0].service_at_locations[0].location.addresses: must be a list")]
    [InlineData("[ " + Good + ", " + Good + " ]", DiagnosticCodes.OrukDuplicateService, "list.json", "$[1]: the service with id 7d4b5a36-5c2e-4e0f-9f57-1f8f3f0a1b22 is also at")]
    public void Bad_input_is_named_by_file_and_JSON_path_and_nothing_is_written(string json, string code, string where, string message)
    {
        using var temp = new TempFolder();
        File.WriteAllText(temp["list.json"], json);
        var result = Import(temp["list.json"], temp["services"]);
        Assert.False(result.Succeeded);
        var error = Assert.Single(result.Diagnostics, d => d.Severity == Severity.Error);
        Assert.Equal(code, error.Code);
        Assert.Contains(where, error.ToString());
        Assert.Contains(message, error.Message);
        Assert.EndsWith("list.json", error.Path);
        Assert.Empty(result.Files);
        Assert.False(Directory.Exists(temp["services"]));
    }

    [Fact]
    public void One_bad_file_in_a_folder_stops_the_whole_import()
    {
        using var temp = new TempFolder();
        Directory.CreateDirectory(temp["in"]);
        File.WriteAllText(temp["in/a.json"], Good);
        File.WriteAllText(temp["in/b.json"], "{ \"id\": \"x\" }");
        var result = Import(temp["in"], temp["services"]);
        var error = Assert.Single(result.Diagnostics, d => d.Severity == Severity.Error);
        Assert.EndsWith("b.json", error.Path);
        Assert.Contains("$: the service has no name", error.Message);
        Assert.False(Directory.Exists(temp["services"]));
    }

    [Fact]
    public void A_missing_source_or_an_empty_folder_is_reported()
    {
        using var temp = new TempFolder();
        Assert.Contains("no file or folder", Assert.Single(Import(temp["nothing.json"], temp["services"]).Diagnostics).Message);
        Directory.CreateDirectory(temp["empty"]);
        Assert.Contains("no .json files", Assert.Single(Import(temp["empty"], temp["services"]).Diagnostics).Message);
    }

    [Fact]
    public void An_existing_file_is_kept_unless_overwrite_is_given_and_a_dry_run_writes_nothing()
    {
        using var temp = new TempFolder();
        File.WriteAllText(temp["one.json"], Good);
        Directory.CreateDirectory(temp["services"]);
        File.WriteAllText(temp["services/good-service.yml"], "name: Edited by hand\n");

        var dry = Import(temp["one.json"], temp["services"], dryRun: true, overwrite: true);
        Assert.Equal(ImportOutcome.WouldWrite, Assert.Single(dry.Files).Outcome);
        Assert.Equal("name: Edited by hand\n", File.ReadAllText(temp["services/good-service.yml"]));

        var kept = Import(temp["one.json"], temp["services"]);
        Assert.True(kept.Succeeded);
        Assert.Equal(ImportOutcome.Conflict, Assert.Single(kept.Files).Outcome);
        var conflict = Assert.Single(kept.Diagnostics, d => d.Code == DiagnosticCodes.OrukFileExists);
        Assert.EndsWith("good-service.yml", conflict.Path);
        Assert.Contains("--overwrite", conflict.Message);
        Assert.Equal("name: Edited by hand\n", File.ReadAllText(temp["services/good-service.yml"]));

        var replaced = Import(temp["one.json"], temp["services"], overwrite: true);
        Assert.Equal(ImportOutcome.Written, Assert.Single(replaced.Files).Outcome);
        Assert.StartsWith("name: Good service\n", File.ReadAllText(temp["services/good-service.yml"]));
        Assert.Equal(["good-service.yml"], Directory.GetFiles(temp["services"]).Select(Path.GetFileName));

        var same = Import(temp["one.json"], temp["services"]);
        Assert.Equal(ImportOutcome.Unchanged, Assert.Single(same.Files).Outcome);
        Assert.DoesNotContain(same.Diagnostics, d => d.Code == DiagnosticCodes.OrukFileExists);
    }

    [Fact]
    public void Services_with_the_same_name_get_their_own_files()
    {
        using var temp = new TempFolder();
        File.WriteAllText(temp["list.json"], """
            { "contents": [
              { "name": "Speech therapy", "organization": { "name": "North Trust" }, "email": "n@example.org" },
              { "name": "Speech therapy", "organization": { "name": "South Trust" }, "email": "s@example.org" },
              { "name": "Speech therapy", "organization": { "name": "South Trust" }, "email": "s2@example.org" }
            ] }
            """);
        var result = Import(temp["list.json"], temp["services"]);
        Assert.True(result.Succeeded);
        Assert.Equal(["speech-therapy.yml", "speech-therapy-south-trust.yml", "speech-therapy-south-trust-2.yml"],
            result.Files.Select(f => Path.GetFileName(f.Path)));
    }

    [Fact]
    public void A_long_name_and_an_address_that_is_not_a_website_still_give_a_file_that_builds()
    {
        using var temp = new TempFolder();
        var name = string.Join(" ", Enumerable.Repeat("Very long service name", 20));
        File.WriteAllText(temp["one.json"], $$"""{ "name": "{{name}}", "url": "javascript:alert(1)", "email": "a@example.org", "assured_date": "2026-01-05" }""");
        var result = OrukImporter.Import(new OrukImportOptions { Source = temp["one.json"], Into = temp["services"] });
        Assert.True(result.Succeeded);
        var file = Assert.Single(result.Files);
        Assert.True(Path.GetFileNameWithoutExtension(file.Path).Length <= 80);
        Assert.Null(file.Service.Website);
        Assert.Contains(result.Diagnostics, d => d.Message.StartsWith("'url (not a web address)'", StringComparison.Ordinal));

        var content = temp.CopyOfSample();
        File.Copy(file.Path, Path.Combine(content, "services", Path.GetFileName(file.Path)));
        var build = OrukFixtures.Build(content, temp["out"]);
        Assert.True(build.Succeeded, string.Join("\n", build.Diagnostics));
    }

    [Fact]
    public void The_command_line_imports_and_reports_failure_by_exit_code()
    {
        using var temp = new TempFolder();
        File.WriteAllText(temp["one.json"], Good);
        Assert.Equal(CommandLine.Ok, CommandLine.Run(["import", "oruk", temp["one.json"], "--into", temp["services"], "--today", "2026-11-27"], ImportCommand.Create()));
        Assert.Contains("reviewed: 2026-11-27", File.ReadAllText(temp["services/good-service.yml"]));

        File.WriteAllText(temp["bad.json"], "[1, 2");
        Assert.Equal(CommandLine.ContentErrors, CommandLine.Run(["import", "oruk", temp["bad.json"], "--into", temp["other"]], ImportCommand.Create()));
        Assert.False(Directory.Exists(temp["other"]));
    }
}
