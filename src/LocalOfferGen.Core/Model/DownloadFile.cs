using LocalOfferGen.Files;

namespace LocalOfferGen.Model;

/// <summary>A document in content/files/ that pages may link to, published at the same path on the site.</summary>
/// <param name="SitePath">Its address on the site: <c>/files/short-breaks-policy.pdf</c>.</param>
/// <param name="SourcePath">Its path in the content folder: <c>files/short-breaks-policy.pdf</c>.</param>
/// <param name="Bytes">Its size.</param>
/// <param name="Pdf">For a PDF, its page count and whether it is tagged; null for every other type.</param>
public sealed record DownloadFile(string SitePath, string SourcePath, FileType Type, long Bytes, PdfFacts? Pdf)
{
    /// <summary>The size as families read it: "245 KB".</summary>
    public string Size => FileSize.Describe(Bytes);

    /// <summary>"12 pages", "1 page", or null when the file is not a PDF.</summary>
    public string? PageCount => Pdf is { Pages: var pages } ? (pages == 1 ? "1 page" : $"{pages} pages") : null;

    /// <summary>What a link to the file says after its words, as GOV.UK shows attachments: "PDF, 245 KB, 12 pages".</summary>
    public string Details => PageCount is { } pages ? $"{Type.Name}, {Size}, {pages}" : $"{Type.Name}, {Size}";
}
