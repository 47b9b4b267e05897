using LocalOfferGen.Diagnostics;
using LocalOfferGen.Markdown;
using Markdig.Syntax;

namespace LocalOfferGen.Audit.Accessibility;

/// <summary>Headings are how many readers move around a page, so their levels must not skip (h2 then h4),
/// and there is one main heading (h1): the page title, which the generator writes. Body headings start at ##.</summary>
public static class HeadingRule
{
    public static void Check(AuditDocument document, AuditFindings findings)
    {
        var previous = 1; // the page title
        foreach (var heading in MarkdownWalker.All<HeadingBlock>(document.Text.Document))
        {
            var text = MarkdownWalker.PlainText(heading);
            if (heading.Level == 1)
                findings.Warning(DiagnosticCodes.SecondMainHeading, document.At(heading),
                    $"\"{text}\" is a main heading (#), but the page title is already the main heading: start headings in the text at ## ");
            else if (document.IsWholePage && heading.Level > previous + 1)
                findings.Warning(DiagnosticCodes.HeadingSkipsLevel, document.At(heading),
                    $"the heading \"{text}\" jumps from level {previous} to level {heading.Level}: use {new string('#', previous + 1)} so no level is skipped");
            previous = heading.Level;
        }
    }
}
