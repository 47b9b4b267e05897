using LocalOfferGen.Model;

namespace LocalOfferGen.Word;

/// <summary>What every document of one build shares.</summary>
/// <param name="PrintAddresses">Print each link's address after its text: the handbook is read on paper.</param>
internal sealed record WritingContext(Site Site, PictureCatalog Pictures, bool PrintAddresses)
{
    /// <summary>The absolute address of a site path, or the address itself when it already has a scheme.</summary>
    public string Absolute(string url) => url.StartsWith('/') ? Site.Settings.AbsoluteUrl(url) : url;
}
