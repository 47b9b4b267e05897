using LocalOfferGen.Diagnostics;
using LocalOfferGen.Loading;
using LocalOfferGen.Model;
using LocalOfferGen.OpenReferral;

namespace LocalOfferGen.Tests.OpenReferral;

public class OrukImportTests
{
    private static readonly DateOnly Today = new(2026, 11, 27);

    private static OrukImportResult Import(string source, string into, bool overwrite = false, bool dryRun = false) =>
        OrukImporter.Import(new OrukImportOptions { Source = source, Into = into, Overwrite = overwrite, DryRun = dryRun, Today = Today });

    /// <summary>The sample content with its services replaced by the given folder's files.</summary>
    private static Site LoadWithServices(TempFolder temp, string services)
    {
        var content = temp.CopyOfSample();
        foreach (var file in Directory.GetFiles(Path.Combine(content, "services"))) File.Delete(file);
        foreach (var file in Directory.GetFiles(services)) File.Copy(file, Path.Combine(content, "services", Path.GetFileName(file)));
        var loaded = ContentLoader.Load(content);
        Assert.False(loaded.Diagnostics.Any(d => d.Severity == Severity.Error), string.Join("\n", loaded.Diagnostics));
        return loaded.Site!;
    }

    [Fact]
    public void Export_then_import_gives_back_the_same_services()
    {
        using var temp = new TempFolder();
        Assert.True(OrukFixtures.Build(Repository.Content, temp["out"]).Succeeded);
        var result = Import(temp["out/openreferral/services.json"], temp["imported"]);
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        Assert.Equal(29, result.Files.Count(f => f.Outcome == ImportOutcome.Written));
        Assert.DoesNotContain(result.Diagnostics, d => d.Severity == Severity.Warning);

        var original = ContentLoader.Load(Repository.Content).Site!;
        var imported = LoadWithServices(temp, temp["imported"]);
        Assert.Equal(original.Services.Select(s => s.Id), imported.Services.Select(s => s.Id));
        foreach (var (before, after) in original.Services.Zip(imported.Services))
        {
            Assert.Equal(Comparable(before), Comparable(after));
            Assert.Equal(OrukIds.FromName(original.Settings.AbsoluteUrl(before.Url)), after.OrukId);
        }
    }

    /// <summary>Everything a service says, in a form records can compare (Markdown by its source).</summary>
    private static string Comparable(Service s) => string.Join("\n",
        s.Id, s.Url, s.Name, s.Organisation, s.Description.Source.TrimEnd(), string.Join(",", s.Categories), string.Join(",", s.Needs),
        s.AgeRange, s.Eligibility.Source.TrimEnd(), s.HowToAccess.Source.TrimEnd(), s.Cost, s.Contact,
        string.Join(";", s.Locations), s.Schedule, s.Accessibility, s.InArea, s.Reviewed, s.ReviewBy, string.Join(",", s.Topics));

    [Fact]
    public void Import_export_import_gives_the_same_files_and_the_same_feed()
    {
        using var temp = new TempFolder();
        Assert.True(OrukFixtures.Build(Repository.Content, temp["out1"]).Succeeded);
        Assert.True(Import(temp["out1/openreferral/services.json"], temp["first"]).Succeeded);

        var content = temp.CopyOfSample();
        foreach (var file in Directory.GetFiles(Path.Combine(content, "services"))) File.Delete(file);
        foreach (var file in Directory.GetFiles(temp["first"])) File.Copy(file, Path.Combine(content, "services", Path.GetFileName(file)));
        Assert.True(OrukFixtures.Build(content, temp["out2"]).Succeeded);
        // The ORUK ids kept in oruk_id are the ids the first build derived, so the feed is byte for byte the same.
        foreach (var file in Directory.GetFiles(temp["out1/openreferral"], "*.json", SearchOption.AllDirectories))
            Assert.Equal(File.ReadAllText(file), File.ReadAllText(file.Replace(temp["out1"], temp["out2"], StringComparison.Ordinal)));

        var again = Import(temp["out2/openreferral/services"], temp["second"]);
        Assert.True(again.Succeeded, string.Join("\n", again.Diagnostics));
        var first = Directory.GetFiles(temp["first"]).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(first.Select(Path.GetFileName), Directory.GetFiles(temp["second"]).Order(StringComparer.Ordinal).Select(Path.GetFileName));
        foreach (var file in first)
            Assert.Equal(File.ReadAllText(file), File.ReadAllText(Path.Combine(temp["second"], Path.GetFileName(file))));

        // Importing the same feed into the same folder again changes nothing.
        var third = Import(temp["out2/openreferral/services.json"], temp["first"]);
        Assert.All(third.Files, f => Assert.Equal(ImportOutcome.Unchanged, f.Outcome));
    }

    [Fact]
    public void The_UK_profile_example_service_becomes_this_YAML()
    {
        var folder = OrukFixtures.Folder;
        using var temp = new TempFolder();
        var result = Import(Path.Combine(folder, "service_full.json"), temp["services"]);
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        Assert.Equal("""
            name: Community Counselling
            organisation: Example Organization Inc.
            description: Counselling Services provided by trained professionals. Suitable for people with mental health conditions such as anxiety, depression, or eating disorders as well as people experiencing difficult life events and circumstances.
            categories: [advice]
            age_range: {min: 12, max: 100}
            eligibility: People aged 12 to 100. Contact the service to check it is right for you.
            how_to_access: Contact the service to ask how to use it.
            cost: 'fees_description. Under 18s and Over 60s: £35 per 1 hour session'
            contact:
              email: email@example.com
              website: http://example.com/counselling
            locations:
              - name: MyCity Civic Center
                address: "1-30 Main Street, MyCity, MyRegion, MyState"
                postcode: ABC 1234
            schedule: The service is available from 10 am to 6pm weekdays. The service is not available on public holidays. You can attend this service in-person or remotely via video conferencing. Some of our staff will be unavailable during their lunch break which may be any 30 minute period between 1200 and 1400
            accessibility: The building is equipped with induction loops for hearing aids. Wheelchair access is possible on all levels.
            in_area: true
            reviewed: 2005-01-01
            oruk_id: "ac148810-d857-441c-9679-408f346de14b"

            """, File.ReadAllText(temp["services/community-counselling.yml"]));

        // What the contract cannot hold is reported, field by field; required fields ORUK lacked are flagged.
        var notMapped = result.Diagnostics.Where(d => d.Code == DiagnosticCodes.OrukNotMapped).Select(d => d.Message).ToList();
        Assert.Contains(notMapped, m => m.StartsWith("'funding.source' (1 service)", StringComparison.Ordinal));
        Assert.Contains(notMapped, m => m.StartsWith("'organization.logo'", StringComparison.Ordinal));
        Assert.Contains(notMapped, m => m.StartsWith("'taxonomy term \"name\" of \"taxonomy\"'", StringComparison.Ordinal));
        Assert.DoesNotContain(notMapped, m => m.StartsWith("'name'", StringComparison.Ordinal) || m.StartsWith("'minimum_age'", StringComparison.Ordinal));
        var filledIn = result.Diagnostics.Where(d => d.Code == DiagnosticCodes.OrukFilledIn).Select(d => d.Message).ToList();
        Assert.Equal(3, filledIn.Count);
        Assert.All(filledIn, m => Assert.StartsWith("$ (Community Counselling): ", m));
    }

    [Fact]
    public void The_UK_profile_example_list_becomes_this_YAML_and_builds()
    {
        var folder = OrukFixtures.Folder;
        using var temp = new TempFolder();
        var result = Import(Path.Combine(folder, "service_list.json"), temp["services"]);
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        Assert.Equal("""
            name: Community Counselling
            organisation: Example Organization Inc.
            description: Counselling Services provided by trained professionals. Suitable for people with mental health conditions such as anxiety, depression, or eating disorders as well as people experiencing difficult life events and circumstances.
            categories: [advice]
            age_range: {min: 12, max: 100}
            eligibility: People aged 12 to 100. Contact the service to check it is right for you.
            how_to_access: Contact the service to ask how to use it.
            cost: fees_description
            contact:
              email: email@example.com
              website: http://example.com/counselling
            in_area: true
            reviewed: 2005-01-01
            oruk_id: "ac148810-d857-441c-9679-408f346de14b"

            """, File.ReadAllText(temp["services/community-counselling.yml"]));

        // A council that imports it can build, and the service is in the directory and the feed with its id.
        var content = temp.CopyOfSample();
        File.Copy(temp["services/community-counselling.yml"], Path.Combine(content, "services", "community-counselling.yml"));
        var build = OrukFixtures.Build(content, temp["out"]);
        Assert.True(build.Succeeded, string.Join("\n", build.Diagnostics));
        Assert.Contains(build.Site!.Services, s => s.Name == "Community Counselling");
        Assert.True(File.Exists(temp["out/openreferral/services/ac148810-d857-441c-9679-408f346de14b.json"]));
    }

    [Fact]
    public void An_ORUK_1_0_services_page_is_mapped_where_the_mapping_is_clear()
    {
        using var temp = new TempFolder();
        File.WriteAllText(temp["v1.json"], """
            {
              "totalElements": 1, "totalPages": 1, "number": 1, "size": 1, "first": true, "last": true,
              "content": [
                {
                  "id": "3c3f3b8e-7b3f-4c1a-9a52-5b0a3f7e2d11",
                  "name": "Stay and Play (SEND)",
                  "description": "A relaxed play session for families of children with SEND.",
                  "url": "https://example.org/stay-and-play",
                  "email": "play@example.org",
                  "status": "active",
                  "fees": "Free",
                  "assured_date": "2026-03-01T00:00:00Z",
                  "organization": { "id": "o1", "name": "Exampletown Family Hub" },
                  "contacts": [ { "id": "c1", "name": "Reception", "phones": [ { "id": "p1", "number": "01234 500600" } ] } ],
                  "eligibilitys": [ { "id": "e1", "eligibility": "Families with children under 5 with SEND.", "minimum_age": 0, "maximum_age": 5 } ],
                  "regular_schedules": [ { "id": "r1", "opens_at": "10:00:00", "closes_at": "11:30:00", "byday": "TU,TH" } ],
                  "service_at_locations": [ { "id": "l1", "location": { "id": "l2", "name": "Exampletown Family Hub",
                    "physical_addresses": [ { "id": "a1", "address_1": "2 Park Road", "city": "Exampletown", "postal_code": "EX2 3CC", "country": "GB" } ],
                    "accessibility_for_disabilities": [ { "id": "x1", "accessibility": "Step-free access and a changing places toilet." } ] } } ],
                  "service_taxonomys": [ { "id": "t1", "taxonomy": { "id": "t2", "name": "Leisure and activities", "vocabulary": "esdServiceTypes" } } ]
                }
              ]
            }
            """);
        var result = Import(temp["v1.json"], temp["services"]);
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        // ORUK 1.0 has no field for how to access a service, so that one is filled in and flagged.
        var filledIn = Assert.Single(result.Diagnostics, d => d.Code == DiagnosticCodes.OrukFilledIn);
        Assert.Contains("'how_to_access'", filledIn.Message);
        Assert.Equal("""
            name: Stay and Play (SEND)
            organisation: Exampletown Family Hub
            description: A relaxed play session for families of children with SEND.
            categories: [leisure]
            age_range: {min: 0, max: 5}
            eligibility: Families with children under 5 with SEND.
            how_to_access: Contact the service to ask how to use it.
            cost: Free
            contact:
              phone: "01234 500600"
              email: play@example.org
              website: https://example.org/stay-and-play
            locations:
              - name: Exampletown Family Hub
                address: "2 Park Road, Exampletown"
                postcode: EX2 3CC
            schedule: Tuesday, Thursday 10:00 to 11:30
            accessibility: Step-free access and a changing places toilet.
            in_area: true
            reviewed: 2026-03-01
            oruk_id: "3c3f3b8e-7b3f-4c1a-9a52-5b0a3f7e2d11"

            """, File.ReadAllText(temp["services/stay-and-play-send.yml"]));
    }
}
