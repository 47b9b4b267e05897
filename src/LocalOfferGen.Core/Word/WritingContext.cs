using LocalOfferGen.Model;

namespace LocalOfferGen.Word;

/// <summary>What every document of one build shares.</summary>
/// <param name="PrintAddresses">Print each link's address after its text: the handbook and the page documents are read on paper.</param>
internal sealed record WritingContext(Site Site, PictureCatalog Pictures, bool PrintAddresses)
{
    /// <summary>The metrics of the documents' font, regular and bold, for the contents' page estimate (null: not found).</summary>
    public (LocalOfferGen.Fonts.FontMetrics? Regular, LocalOfferGen.Fonts.FontMetrics? Bold) Metrics { get; init; }

    /// <summary>The absolute address of a site path, or the address itself when it already has a scheme.</summary>
    public string Absolute(string url) => url.StartsWith('/') ? Site.Settings.AbsoluteUrl(url) : url;
}
