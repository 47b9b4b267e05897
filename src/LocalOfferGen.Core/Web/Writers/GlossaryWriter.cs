using LocalOfferGen.Model;

using LocalOfferGen.Theming;

namespace LocalOfferGen.Web.Writers;

internal static class GlossaryWriter
{
    public static void Write(WebContext web)
    {
        var info = new PageInfo("Glossary", "What the words and abbreviations used in special educational needs and disabilities mean, in plain English.",
            SiteUrls.Glossary, "glossary", [new Crumb("Home", "/")], null, web.Canonical(SiteUrls.Glossary));
        web.WritePage("glossary", info, new
        {
            Entries = web.Site.Glossary.Select(g => new { g.Id, g.Term, Aliases = string.Join(", ", g.Aliases), g.Meaning }).ToList(),
        });
    }
}
