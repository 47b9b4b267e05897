using System.Text.Json.Nodes;
using LocalOfferGen.Diagnostics;
using LocalOfferGen.OpenReferral;

namespace LocalOfferGen.Tests.OpenReferral;

public class OrukExportTests
{
    private const string Base = "https://localoffer.example.gov.uk";

    [Fact]
    public void Every_exported_file_validates_against_the_UK_profile()
    {
        var service = OrukFixtures.ServiceSchema();
        var term = OrukFixtures.TaxonomyTermSchema();
        var page = OrukFixtures.PageSchema();
        var taxonomy = OrukFixtures.TaxonomySchema();
        using var temp = new TempFolder();
        var result = OrukFixtures.Build(Repository.Content, temp["out"]);
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        var folder = temp["out/openreferral"];

        var problems = new List<string>();
        void Check(string file, IReadOnlyList<string> errors) => problems.AddRange(errors.Select(e => $"{Path.GetFileName(file)} {e}"));

        var serviceFiles = Directory.GetFiles(Path.Combine(folder, "services"), "*.json");
        Assert.Equal(29, serviceFiles.Length);
        foreach (var file in serviceFiles) Check(file, OrukFixtures.Errors(service, OrukFixtures.ReadJson(file)));

        var list = OrukFixtures.ReadJson(Path.Combine(folder, "services.json"));
        Check("services.json", OrukFixtures.Errors(page, list));
        foreach (var item in list["contents"]!.AsArray()) Check("services.json", OrukFixtures.Errors(service, item!));

        var terms = OrukFixtures.ReadJson(Path.Combine(folder, "taxonomy_terms.json"));
        Check("taxonomy_terms.json", OrukFixtures.Errors(page, terms));
        foreach (var item in terms["contents"]!.AsArray()) Check("taxonomy_terms.json", OrukFixtures.Errors(term, item!));

        var taxonomies = OrukFixtures.ReadJson(Path.Combine(folder, "taxonomies.json"));
        Check("taxonomies.json", OrukFixtures.Errors(page, taxonomies));
        foreach (var item in taxonomies["contents"]!.AsArray()) Check("taxonomies.json", OrukFixtures.Errors(taxonomy, item!));

        Assert.Empty(problems);
        // Every file the format wrote was checked above.
        Assert.Equal(serviceFiles.Length + 4, Directory.GetFiles(folder, "*.json", SearchOption.AllDirectories).Length);
    }

    [Fact]
    public void The_schema_check_catches_a_broken_service()
    {
        var schema = OrukFixtures.ServiceSchema();
        var broken = new JsonObject { ["id"] = "not-a-uuid", ["name"] = "X", ["status"] = "open" };
        var errors = OrukFixtures.Errors(schema, broken);
        Assert.Contains(errors, e => e.Contains("/id", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.Contains("/status", StringComparison.Ordinal));
    }

    [Fact]
    public void A_service_carries_every_field_of_the_contract()
    {
        using var temp = new TempFolder();
        Assert.True(OrukFixtures.Build(Repository.Content, temp["out"]).Succeeded);
        var id = OrukIds.FromName($"{Base}/services/adult-social-care-transition-team/");
        var json = OrukFixtures.ReadJson(temp[$"out/openreferral/services/{id}.json"]);

        Assert.Equal(id.ToString(), (string?)json["id"]);
        Assert.Equal("Adult social care transition team", (string?)json["name"]);
        Assert.Equal($"{Base}/services/adult-social-care-transition-team/", (string?)json["url"]);
        Assert.Equal("active", (string?)json["status"]);
        var description = (string)json["description"]!;
        Assert.StartsWith("The transition team helps young people with SEND", description);
        Assert.Contains("\n- start planning from Year 9, at age 14, with the EHC plan annual review\n", description);
        Assert.EndsWith("Find out about moving to adult social care and care and support for adults.", description);
        Assert.DoesNotContain("](", description);
        Assert.StartsWith("Young people aged 14 to 25 who live in Exampleshire", (string?)json["eligibility_description"]);
        Assert.StartsWith("Young people who have a social worker are referred", (string?)json["application_process"]);
        Assert.Equal(14, (int)json["minimum_age"]!);
        Assert.Equal(25, (int)json["maximum_age"]!);
        Assert.Equal("2026-10-26", (string?)json["assured_date"]);
        Assert.StartsWith("The assessment is free.", (string?)json["fees_description"]);
        Assert.StartsWith("The assessment is free.", (string?)json["cost_options"]![0]!["amount_description"]);
        Assert.Equal("transitions@example.gov.uk", (string?)json["email"]);
        Assert.Equal("01234 567800", (string?)json["phones"]![0]!["number"]);
        Assert.Equal("01234 567800", (string?)json["contacts"]![0]!["phones"]![0]!["number"]);
        Assert.Equal("transitions@example.gov.uk", (string?)json["contacts"]![0]!["email"]);
        Assert.Equal("Exampleshire County Council Adult Social Care", (string?)json["organization"]!["name"]);
        Assert.Equal("https://www.example.gov.uk/adult-social-care-transitions", (string?)json["organization"]!["website"]);
        Assert.Equal("Monday to Friday, 9am to 5pm", (string?)json["schedules"]![0]!["description"]);
        Assert.Equal("Exampleshire County Council", (string?)json["service_areas"]![0]!["name"]);

        var location = json["service_at_locations"]![0]!["location"]!;
        Assert.Equal("County Hall", (string?)location["name"]);
        Assert.Equal("physical", (string?)location["location_type"]);
        var address = location["addresses"]![0]!;
        Assert.Equal("Example Street", (string?)address["address_1"]);
        Assert.Equal("Exampletown", (string?)address["city"]);
        Assert.Equal("EX1 1AA", (string?)address["postal_code"]);
        Assert.Equal("GB", (string?)address["country"]);
        Assert.StartsWith("We usually visit you at home", (string?)location["accessibility"]![0]!["description"]);

        var terms = json["attributes"]!.AsArray().Select(a => ((string?)a!["taxonomy_term"]!["taxonomy"], (string?)a["taxonomy_term"]!["term"])).ToList();
        Assert.Contains((OrukTaxonomy.Categories, "social-care"), terms);
        Assert.Contains((OrukTaxonomy.Categories, "adulthood"), terms);
        Assert.Contains((OrukTaxonomy.Needs, "autism"), terms);
        Assert.Contains((OrukTaxonomy.AgeGroups, "secondary"), terms);
        Assert.Contains((OrukTaxonomy.AgeGroups, "post-16"), terms);
        Assert.DoesNotContain((OrukTaxonomy.AgeGroups, "primary"), terms);

        var extension = json["localoffer"]!;
        Assert.Equal("adult-social-care-transition-team", (string?)extension["id"]);
        Assert.Contains("[moving to adult social care](/social-care/moving-to-adult-social-care/)", (string?)extension["description"]);
        Assert.Equal(["social-care-transition", "care-act-information", "preparing-for-adulthood"],
            extension["topics"]!.AsArray().Select(t => (string)t!));
    }

    [Fact]
    public void The_list_the_taxonomy_and_the_root_describe_the_directory()
    {
        using var temp = new TempFolder();
        Assert.True(OrukFixtures.Build(Repository.Content, temp["out"]).Succeeded);
        var list = OrukFixtures.ReadJson(temp["out/openreferral/services.json"]);
        Assert.Equal(29, (int)list["total_items"]!);
        Assert.Equal(1, (int)list["total_pages"]!);
        Assert.True((bool)list["first_page"]! && (bool)list["last_page"]! && !(bool)list["empty"]!);
        Assert.Equal(29, list["contents"]!.AsArray().Count);
        Assert.False(File.Exists(temp["out/openreferral/services-page-1.json"]));

        var terms = OrukFixtures.ReadJson(temp["out/openreferral/taxonomy_terms.json"])["contents"]!.AsArray();
        Assert.Equal(7 + 7 + 4, terms.Count);
        var needs = terms.Where(t => (string?)t!["taxonomy"] == OrukTaxonomy.Needs).Select(t => (string?)t!["term"]);
        Assert.Equal(["autism", "communication", "learning", "physical", "sensory", "social-emotional-mental-health", "medical"], needs);

        var root = OrukFixtures.ReadJson(temp["out/openreferral/index.json"]);
        Assert.Equal("3.0", (string?)root["version"]);
        Assert.Equal(OrukFormat.ProfileUri, (string?)root["profile"]);
        Assert.Equal($"{Base}/openreferral/services.json", (string?)root["services_url"]);
    }

    [Fact]
    public void Ids_and_bytes_are_the_same_on_every_build_and_differ_between_councils()
    {
        using var temp = new TempFolder();
        Assert.True(OrukFixtures.Build(Repository.Content, temp["one"]).Succeeded);
        Assert.True(OrukFixtures.Build(Repository.Content, temp["two"]).Succeeded);
        var first = Directory.GetFiles(temp["one/openreferral"], "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal).ToList();
        Assert.NotEmpty(first);
        foreach (var file in first)
            Assert.Equal(File.ReadAllBytes(file), File.ReadAllBytes(file.Replace(temp["one"], temp["two"], StringComparison.Ordinal)));

        // The id is the RFC 9562 version 5 UUID of the page address (checked against Python's uuid.uuid5).
        Assert.True(File.Exists(temp["one/openreferral/services/087e10dc-84d1-57eb-aa77-05c6a22b1c03.json"]));

        var neighbour = temp.CopyOfSample();
        var site = Path.Combine(neighbour, "site.yml");
        File.WriteAllText(site, File.ReadAllText(site).Replace("https://localoffer.example.gov.uk/", "https://localoffer.neighbour.gov.uk/", StringComparison.Ordinal));
        Assert.True(OrukFixtures.Build(neighbour, temp["three"]).Succeeded);
        var ours = Directory.GetFiles(temp["one/openreferral/services"]).Select(Path.GetFileName);
        var theirs = Directory.GetFiles(temp["three/openreferral/services"]).Select(Path.GetFileName);
        Assert.Empty(ours.Intersect(theirs));
    }

    [Fact]
    public void A_service_imported_from_ORUK_keeps_its_id_and_a_shared_id_is_an_error()
    {
        using var temp = new TempFolder();
        var content = temp.CopyOfSample();
        var portage = Path.Combine(content, "services", "portage-home-visiting.yml");
        File.AppendAllText(portage, "oruk_id: \"ac148810-d857-441c-9679-408f346de14b\"\n");
        Assert.True(OrukFixtures.Build(content, temp["out"]).Succeeded);
        var json = OrukFixtures.ReadJson(temp["out/openreferral/services/ac148810-d857-441c-9679-408f346de14b.json"]);
        Assert.Equal("Portage home visiting", (string?)json["name"]);

        var travel = Path.Combine(content, "services", "travel-training.yml");
        File.AppendAllText(travel, "oruk_id: \"ac148810-d857-441c-9679-408f346de14b\"\n");
        var result = OrukFixtures.Build(content, temp["out2"]);
        Assert.False(result.Succeeded);
        var error = Assert.Single(result.Diagnostics, d => d.Code == DiagnosticCodes.DuplicateOrukId);
        var text = error.ToString();
        Assert.Contains("portage-home-visiting.yml", text);
        Assert.Contains("travel-training.yml", text);
    }

    [Fact]
    public void An_oruk_id_that_is_not_a_uuid_is_reported_where_it_is_written()
    {
        using var temp = new TempFolder();
        var content = temp.CopyOfSample();
        File.AppendAllText(Path.Combine(content, "services", "portage-home-visiting.yml"), "oruk_id: 12345\n");
        var result = LocalOfferGen.Loading.ContentLoader.Load(content);
        var error = Assert.Single(result.Diagnostics, d => d.Code == DiagnosticCodes.InvalidValue);
        Assert.EndsWith("portage-home-visiting.yml", error.Path);
        Assert.Contains("'oruk_id'", error.Message);
    }

    [Fact]
    public void More_than_500_services_are_also_written_in_pages_of_500()
    {
        using var temp = new TempFolder();
        var content = temp.CopyOfSample();
        var template = File.ReadAllText(Path.Combine(content, "services", "wheelchair-service.yml"));
        for (var i = 1; i <= 480; i++)
            File.WriteAllText(Path.Combine(content, "services", $"copy-{i:000}.yml"), template.Replace("name: Wheelchair service", $"name: Wheelchair service {i:000}", StringComparison.Ordinal));
        var result = OrukFixtures.Build(content, temp["out"]);
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics.Take(5)));

        var all = OrukFixtures.ReadJson(temp["out/openreferral/services.json"]);
        Assert.Equal(509, (int)all["total_items"]!);
        Assert.Equal(509, all["contents"]!.AsArray().Count);
        var one = OrukFixtures.ReadJson(temp["out/openreferral/services-page-1.json"]);
        var two = OrukFixtures.ReadJson(temp["out/openreferral/services-page-2.json"]);
        Assert.False(File.Exists(temp["out/openreferral/services-page-3.json"]));
        Assert.Equal((509, 2, 1, 500, true, false, 500), ((int)one["total_items"]!, (int)one["total_pages"]!, (int)one["page_number"]!,
            (int)one["size"]!, (bool)one["first_page"]!, (bool)one["last_page"]!, one["contents"]!.AsArray().Count));
        Assert.Equal((2, false, true, 9), ((int)two["page_number"]!, (bool)two["first_page"]!, (bool)two["last_page"]!, two["contents"]!.AsArray().Count));
        Assert.Empty(OrukFixtures.Errors(OrukFixtures.PageSchema(), one));
        Assert.Empty(OrukFixtures.Errors(OrukFixtures.PageSchema(), two));

        // A page of the feed imports on its own.
        var imported = OrukImporter.Import(new OrukImportOptions { Source = temp["out/openreferral/services-page-2.json"], Into = temp["in"] });
        Assert.Equal(9, imported.Files.Count);
    }
}
