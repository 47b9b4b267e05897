using LocalOfferGen.Model;
using LocalOfferGen.Theming;

namespace LocalOfferGen.Web.Writers;

/// <summary>Writes /my-list/: the services and pages a family saved, kept only in their browser (mylist.js
/// fills the page). Without JavaScript the page says so and offers printing, the printable leaflets and the
/// Word document instead, when those formats are built.</summary>
internal static class MyListWriter
{
    /// <summary>The whole Local Offer as one Word document, written by the word format.</summary>
    public const string WordDocument = "/documents/local-offer.docx";

    public static void Write(WebContext web)
    {
        if (!web.Renders(SiteUrls.MyList)) return;
        var info = new PageInfo("My list", $"The services and pages of the {web.Site.Settings.Title} you saved on this device, to print, copy or email.",
            SiteUrls.MyList, "my-list", [new Crumb("Home", "/")], null, web.Canonical(SiteUrls.MyList), Noindex: true);
        web.WritePage("my-list", info, new
        {
            WordUrl = web.Builds("word") ? WordDocument : null,
            // The print format writes each leaflet to /print/<id>.pdf.
            Leaflets = web.Builds("print") ? web.Site.Leaflets.Select(l => new { l.Title, Url = $"/print/{l.Id}.pdf" }).ToList() : [],
            ServicesUrl = SiteUrls.Services,
        });
    }
}
