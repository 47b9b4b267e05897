using System.Text.Json.Nodes;
using LocalOfferGen.Diagnostics;
using LocalOfferGen.Model;
using LocalOfferGen.Output;

namespace LocalOfferGen.OpenReferral;

/// <summary>Writes the directory as static files that a plain web server can serve as the read-only
/// Open Referral UK API (UK profile of HSDS 3.0) under <c>/openreferral/</c>.</summary>
public sealed class OrukFormat : IOutputFormat
{
    public const string Folder = "openreferral";
    public const string ProfileUri = "https://github.com/OpenReferralUK/uk-profile";

    public string Name => "oruk";

    public void Write(Site site, OutputFolder output, BuildSettings settings, DiagnosticBag diagnostics)
    {
        var taxonomy = new OrukTaxonomy(site.Settings);
        var mapper = new OrukServiceJson(site.Settings, taxonomy);
        if (!IdsAreUnique(site, mapper, diagnostics)) return;

        var services = site.Services.Select(s => (Service: s, Json: mapper.Build(s))).ToList();
        foreach (var (service, json) in services)
            output.WriteText($"{Folder}/services/{OrukIds.Text(mapper.IdOf(service))}.json", OrukJson.Write(json));

        var contents = services.Select(s => (JsonNode)s.Json).ToList();
        output.WriteText($"{Folder}/services.json", OrukJson.Write(OrukPage.All(contents)));
        if (contents.Count > OrukPage.Size)
        {
            for (var page = 1; page * OrukPage.Size - OrukPage.Size < contents.Count; page++)
            {
                var slice = contents.Skip((page - 1) * OrukPage.Size).Take(OrukPage.Size).ToList();
                output.WriteText($"{Folder}/services-page-{page}.json", OrukJson.Write(OrukPage.Build(slice, contents.Count, page, OrukPage.Size)));
            }
        }

        var taxonomies = taxonomy.Taxonomies.Select(t => (JsonNode)OrukTaxonomy.ToJson(t)).ToList();
        output.WriteText($"{Folder}/taxonomies.json", OrukJson.Write(OrukPage.All(taxonomies)));
        var terms = taxonomy.Terms.Select(t => (JsonNode)OrukTaxonomy.ToJson(t)).ToList();
        output.WriteText($"{Folder}/taxonomy_terms.json", OrukJson.Write(OrukPage.All(terms)));
        output.WriteText($"{Folder}/index.json", OrukJson.Write(Root(site)));
    }

    private static JsonObject Root(Site site) => new()
    {
        ["version"] = "3.0",
        ["profile"] = ProfileUri,
        ["publisher"] = site.Settings.Authority,
        ["services_url"] = site.Settings.AbsoluteUrl($"/{Folder}/services.json"),
        ["taxonomies_url"] = site.Settings.AbsoluteUrl($"/{Folder}/taxonomies.json"),
        ["taxonomy_terms_url"] = site.Settings.AbsoluteUrl($"/{Folder}/taxonomy_terms.json"),
    };

    /// <summary>Two services with one ORUK id (an ORUK file imported twice under different names) would
    /// overwrite each other's file and confuse every reader of the feed.</summary>
    private static bool IdsAreUnique(Site site, OrukServiceJson mapper, DiagnosticBag diagnostics)
    {
        var unique = true;
        foreach (var group in site.Services.GroupBy(mapper.IdOf).Where(g => g.Count() > 1))
        {
            var first = group.First();
            foreach (var other in group.Skip(1))
            {
                diagnostics.Error(DiagnosticCodes.DuplicateOrukId, other.Source,
                    $"'oruk_id' {OrukIds.Text(group.Key)} is also the id of the service in {first.Source.Path}; each service needs its own id, so remove or change one");
                unique = false;
            }
        }
        return unique;
    }
}
