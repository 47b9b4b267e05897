using System.Globalization;
using LocalOfferGen.Model;

namespace LocalOfferGen.Word;

/// <summary>Where the Word documents go in the output folder. Public so the website can link each page to
/// its own document and look its size up in <see cref="Output.OutputFolder.Written"/> (the word format is
/// written before the web format).</summary>
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

    /// <summary>A document's size as a link shows it: "24 KB", "1.2 MB" (KB rounded up, never "0 KB").</summary>
    public static string SizeText(long bytes) =>
        bytes < 1024 * 1024
            ? $"{Math.Max(1, (bytes + 1023) / 1024)} KB"
            : string.Create(CultureInfo.InvariantCulture, $"{bytes / (1024.0 * 1024.0):0.0} MB");

    /// <summary>The words of the link from a web page to its document, with the size the build wrote:
    /// "Download this page as a Word document (.docx, 24 KB)".</summary>
    public static string LinkText(long bytes) => $"Download this page as a Word document (.docx, {SizeText(bytes)})";

    private static string ForUrl(string url)
    {
        var trimmed = url.Trim('/');
        if (trimmed.Length == 0) return $"{Folder}/index.docx";
        if (trimmed == "easy-read") return $"{Folder}/easy-read/index.docx";
        return $"{Folder}/{trimmed}.docx";
    }
}
