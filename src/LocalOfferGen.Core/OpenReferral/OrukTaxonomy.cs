using System.Text.Json.Nodes;
using LocalOfferGen.Model;

namespace LocalOfferGen.OpenReferral;

/// <summary>This site's categories, needs and age groups as three ORUK taxonomies. A service's attributes
/// point at these terms. The export and the import share the taxonomy names, so an import recognises
/// a LocalOfferGen feed's terms exactly.</summary>
internal sealed class OrukTaxonomy
{
    public const string Categories = "LocalOfferGen categories";
    public const string Needs = "LocalOfferGen needs";
    public const string AgeGroups = "LocalOfferGen age groups";

    private readonly List<Term> _terms = [];

    public OrukTaxonomy(SiteSettings settings)
    {
        Taxonomies =
        [
            Taxonomy(settings, "categories", Categories, "The kinds of help in the directory: education, health, social care and more."),
            Taxonomy(settings, "needs", Needs, "The types of special educational need or disability a service supports."),
            Taxonomy(settings, "age-groups", AgeGroups, "The age groups a service is for, by the ages it covers."),
        ];
        foreach (var category in Category.All)
            Add(settings, Taxonomies[0], category.Id, category.Label, SiteUrls.ForCategoryFilter(category.Id));
        foreach (var need in settings.Needs)
            Add(settings, Taxonomies[1], need.Id, need.Label, SiteUrls.ForNeedFilter(need.Id));
        foreach (var group in settings.AgeGroups)
            Add(settings, Taxonomies[2], group.Id, group.Label, SiteUrls.ForAgeFilter(group.Id));
    }

    public IReadOnlyList<TaxonomyInfo> Taxonomies { get; }

    /// <summary>Every term, taxonomy by taxonomy, in the order site.yml and the contract list them.</summary>
    public IReadOnlyList<Term> Terms => _terms;

    public Term? Find(string taxonomy, string code) => _terms.Find(t => t.Taxonomy.Name == taxonomy && t.Code == code);

    public static JsonObject ToJson(TaxonomyInfo taxonomy) => new()
    {
        ["id"] = OrukIds.Text(taxonomy.Id),
        ["name"] = taxonomy.Name,
        ["description"] = taxonomy.Description,
        ["uri"] = taxonomy.Uri,
        ["version"] = "1",
    };

    public static JsonObject ToJson(Term term) => new()
    {
        ["id"] = OrukIds.Text(term.Id),
        ["code"] = term.Code,
        ["name"] = term.Label,
        ["description"] = term.Label,
        ["taxonomy"] = term.Taxonomy.Name,
        ["taxonomy_id"] = OrukIds.Text(term.Taxonomy.Id),
        ["term_uri"] = term.Uri,
        ["term"] = term.Code,
    };

    private static TaxonomyInfo Taxonomy(SiteSettings settings, string key, string name, string description)
    {
        var uri = settings.AbsoluteUrl($"/openreferral/taxonomies.json#{key}");
        return new TaxonomyInfo(OrukIds.FromName(uri), name, description, uri);
    }

    private void Add(SiteSettings settings, TaxonomyInfo taxonomy, string code, string label, string sitePath)
    {
        var uri = settings.AbsoluteUrl(sitePath);
        _terms.Add(new Term(OrukIds.FromName(uri), code, label, taxonomy, uri));
    }

    public sealed record TaxonomyInfo(Guid Id, string Name, string Description, string Uri);

    public sealed record Term(Guid Id, string Code, string Label, TaxonomyInfo Taxonomy, string Uri);
}
