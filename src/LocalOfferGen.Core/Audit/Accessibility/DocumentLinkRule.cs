using LocalOfferGen.Diagnostics;
using LocalOfferGen.Markdown;
using LocalOfferGen.Model;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace LocalOfferGen.Audit.Accessibility;

/// <summary>Information only in a PDF or Word file shuts out people who cannot open or read it (many
/// PDFs do not work with screen readers or on phones). A link to such a file is flagged unless the same
/// paragraph also links to a web page with the information. The generator's own Word documents and
/// leaflets (/documents/, /print/) are copies of pages that exist on the web, so they are fine.</summary>
public static class DocumentLinkRule
{
    private static readonly string[] Extensions = [".pdf", ".doc", ".docx", ".odt", ".rtf", ".xls", ".xlsx", ".ods", ".ppt", ".pptx"];

    public static void Check(AuditDocument document, AuditFindings findings)
    {
        foreach (var block in MarkdownWalker.All<LeafBlock>(document.Text.Document))
        {
            var links = MarkdownWalker.All<LinkInline>(block).Where(l => !l.IsImage && !string.IsNullOrEmpty(l.Url)).ToList();
            var files = links.Where(l => IsDocument(l.Url!)).ToList();
            if (files.Count == 0 || links.Count > files.Count) continue;
            foreach (var link in files)
            {
                var kind = Path.GetExtension(PathOf(link.Url!)).TrimStart('.').ToUpperInvariant() is "PDF" ? "PDF" : "Word or Office file";
                // The site itself shows the type and size of a document of content/files beside its link.
                var sizeAdvice = link.Url!.StartsWith("/files/", StringComparison.Ordinal) ? "" : ", and say the file type and size in the link, like \"(PDF, 200KB)\"";
                findings.Warning(DiagnosticCodes.DocumentOnlyLink, document.At(link),
                    $"\"{MarkdownWalker.PlainText(link)}\" links only to a {kind} ({link.Url}): put the key information on the page as well{sizeAdvice}");
            }
        }
    }

    public static bool IsDocument(string url)
    {
        if (SiteUrls.GeneratedFolders.Any(f => url.StartsWith(f, StringComparison.Ordinal))) return false;
        return Extensions.Contains(Path.GetExtension(PathOf(url)).ToLowerInvariant());
    }

    private static string PathOf(string url)
    {
        var cut = url.IndexOfAny(['?', '#']);
        return cut < 0 ? url : url[..cut];
    }
}
