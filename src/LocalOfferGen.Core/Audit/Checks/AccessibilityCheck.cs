using LocalOfferGen.Audit.Accessibility;

namespace LocalOfferGen.Audit.Checks;

/// <summary>Accessibility of content: what an editor writes that shuts some readers out. Pictures without
/// useful alt text, links whose words say nothing out of context, headings that skip a level, tables
/// without a header row, passages in capitals, information only in a PDF or Word file, and documents to download
/// that are untagged PDFs or too large to download on a phone.</summary>
public sealed class AccessibilityCheck : IAuditCheck
{
    public string Id => AuditCheckIds.Accessibility;
    public string Title => "Accessibility of content";

    public void Run(AuditContext context, AuditFindings findings)
    {
        // Document by document in parallel; findings are sorted later.
        Parallel.ForEach(AuditDocument.All(context.Site), document =>
        {
            ImageAltRule.Check(document, findings);
            LinkTextRule.Check(document, findings);
            HeadingRule.Check(document, findings);
            TableRule.Check(document, findings);
            CapitalsRule.Check(document, findings);
            DocumentLinkRule.Check(document, findings);
        });
        DownloadFileRule.Check(context, findings);
    }
}
