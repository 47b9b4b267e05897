using System.Text.RegularExpressions;
using LocalOfferGen.Diagnostics;
using LocalOfferGen.Markdown;
using Markdig.Syntax;

namespace LocalOfferGen.Audit.Accessibility;

/// <summary>Words in capitals are harder to read (their shapes are lost) and some screen readers spell
/// them out. Three or more capitalised words in a row are flagged; single abbreviations like SEND are fine.</summary>
public static partial class CapitalsRule
{
    public static void Check(AuditDocument document, AuditFindings findings)
    {
        foreach (var block in MarkdownWalker.All<LeafBlock>(document.Text.Document).Where(b => b is ParagraphBlock or HeadingBlock))
        {
            foreach (Match run in CapitalRun().Matches(MarkdownWalker.PlainText(block)))
            {
                if (run.Value.Count(char.IsLetter) < 10) continue;
                findings.Warning(DiagnosticCodes.AllCapitals, document.At(block),
                    $"\"{run.Value}\" is written in capitals, which is harder to read: use normal sentence case, and bold (**like this**) for emphasis");
            }
        }
    }

    /// <summary>Three or more words of two or more capital letters in a row.</summary>
    [GeneratedRegex(@"\b[A-Z][A-Z'’]+(?:[ ,!-]+[A-Z][A-Z'’]+\b){2,}")]
    private static partial Regex CapitalRun();
}
