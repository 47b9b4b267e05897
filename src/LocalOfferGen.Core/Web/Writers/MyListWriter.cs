using LocalOfferGen.Model;
using LocalOfferGen.Theming;

namespace LocalOfferGen.Web.Writers;

/// <summary>Writes /my-list/: the services and pages a family saved, kept only in their browser (mylist.js
/// fills the page). Without JavaScript the page says so and offers printing and the Word document instead.</summary>
internal static class MyListWriter
{
    /// <summary>The whole Local Offer as one Word document, written by the word format.</summary>
    public const string WordDocument = "/documents/local-offer.docx";

    public static void Write(WebContext web)
    {
        var info = new PageInfo("My list", $"The services and pages of the {web.Site.Settings.Title} you saved on this device, to print, copy or email.",
            SiteUrls.MyList, "my-list", [new Crumb("Home", "/")], null, web.Canonical(SiteUrls.MyList), Noindex: true);
        web.WritePage("my-list", info, new
        {
            WordUrl = web.Builds("word") ? WordDocument : null,
            ServicesUrl = SiteUrls.Services,
        });
    }
}
