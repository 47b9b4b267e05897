using LocalOfferGen.Model;

namespace LocalOfferGen.Word;

/// <summary>Where the Word documents go in the output folder. A page's own document follows
/// <see cref="SiteUrls.ForWordDocument"/>, which the website also uses to link to it.</summary>
public static class WordDocuments
{
    public const string Folder = "documents";

    /// <summary>The whole directory of services.</summary>
    public const string ServicesPath = "documents/services.docx";

    /// <summary>The whole Local Offer as one handbook.</summary>
    public const string HandbookPath = "documents/local-offer.docx";

    /// <summary>Large-print copies mirror the other documents inside this folder.</summary>
    public const string LargePrintFolder = "documents/large-print";

    /// <summary><c>/education/post-16/</c> → <c>documents/education/post-16.docx</c>; the home page → <c>documents/index.docx</c>.</summary>
    public static string PathFor(Page page) => ForUrl(page.Url);

    /// <summary><c>/easy-read/education/post-16/</c> → <c>documents/easy-read/education/post-16.docx</c>;
    /// the easy-read home page → <c>documents/easy-read/index.docx</c>.</summary>
    public static string PathFor(EasyReadPage page) => ForUrl(page.Url);

    /// <summary>The large-print copy of a document: <c>documents/x.docx</c> → <c>documents/large-print/x.docx</c>.</summary>
    public static string LargePrintPathFor(string documentPath) =>
        documentPath.StartsWith(Folder + "/", StringComparison.Ordinal)
            ? LargePrintFolder + documentPath[Folder.Length..]
            : throw new ArgumentException($"'{documentPath}' is not a path under {Folder}/", nameof(documentPath));

    private static string ForUrl(string url) => SiteUrls.ForWordDocument(url);
}
