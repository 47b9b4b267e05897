using LocalOfferGen.Diagnostics;
using LocalOfferGen.Files;

namespace LocalOfferGen.Audit.Accessibility;

/// <summary>The documents of content/files themselves. A linked PDF must be tagged: the Public Sector Bodies
/// (Websites and Mobile Applications) Accessibility Regulations 2018 (PSBAR) say a council's documents must work for
/// disabled people, and an untagged PDF has no headings, reading order or picture descriptions for a screen reader
/// and cannot reflow on a phone. And a file should not be so large that families on pay-as-you-go data or a slow
/// connection cannot download it (site.yml <c>audit: max_file_size</c>).</summary>
public static class DownloadFileRule
{
    public static void Check(AuditContext context, AuditFindings findings)
    {
        var links = context.DownloadLinks;
        foreach (var file in context.Site.Downloads)
        {
            var at = SourceSpan.File($"{context.ContentPath}/{file.SourcePath}");
            if (file.Pdf is { Tagged: false } && links.TryGetValue(file.SitePath, out var linked))
                findings.Warning(DiagnosticCodes.UntaggedPdf, at,
                    $"this PDF is not tagged, and {linked.Where()} links to it: a screen reader cannot find its headings, reading order or " +
                    "picture descriptions, and it cannot reflow on a phone, so it fails the accessibility regulations for council websites (PSBAR 2018). " +
                    "Save it again as a tagged PDF (in Word: Save as, PDF, Options, tick \"Document structure tags for accessibility\"), or put the information on a web page");
            if (file.Bytes > context.Settings.MaxFileBytes)
                findings.Warning(DiagnosticCodes.FileTooLarge, at,
                    $"this file is {file.Size}, more than the {FileSize.Describe(context.Settings.MaxFileBytes)} set in site.yml (audit: max_file_size): " +
                    "families on pay-as-you-go data or a slow connection may not be able to download it; make it smaller (compress its pictures, or split it) or put the information on a web page");
        }
    }
}
