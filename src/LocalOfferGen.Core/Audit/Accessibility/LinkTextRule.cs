using System.Text.RegularExpressions;
using LocalOfferGen.Diagnostics;
using LocalOfferGen.Markdown;
using Markdig.Syntax.Inlines;

namespace LocalOfferGen.Audit.Accessibility;

/// <summary>Link words must make sense on their own, because screen reader users often hear a list of a
/// page's links: no "click here", "read more" or a bare web address.</summary>
public static partial class LinkTextRule
{
    private static readonly HashSet<string> Vague = new(StringComparer.OrdinalIgnoreCase)
    {
        "click here", "click", "here", "read more", "more", "more info", "more information", "this link", "link", "this",
        "this page", "learn more", "find out more", "see here", "details", "go", "click this link", "follow this link",
    };

    public static void Check(AuditDocument document, AuditFindings findings)
    {
        foreach (var (node, _) in MarkdownWalker.Descendants(document.Text.Document))
        {
            switch (node)
            {
                case LinkInline { IsImage: false } link:
                    var text = MarkdownWalker.PlainText(link).Trim();
                    if (Vague.Contains(text.TrimEnd('.', '!', ':', ' ')))
                        findings.Warning(DiagnosticCodes.VagueLinkText, document.At(link),
                            $"the link text \"{text}\" does not say where it goes: use words that describe the page, like \"apply for a school place\"");
                    else if (LooksLikeAddress(text) && !link.Url!.StartsWith("mailto:", StringComparison.OrdinalIgnoreCase))
                        findings.Warning(DiagnosticCodes.BareUrl, document.At(link),
                            $"the link text is a web address ({text}): screen readers spell it out; use words that say where it goes");
                    break;
                case AutolinkInline { IsEmail: false } autolink:
                    findings.Warning(DiagnosticCodes.BareUrl, document.At(autolink),
                        $"the web address {autolink.Url} is written out as the link: use words that say where it goes, [like this]({autolink.Url})");
                    break;
                case LiteralInline literal when literal.Parent is not LinkInline && Address().Match(literal.Content.ToString()) is { Success: true } match:
                    findings.Warning(DiagnosticCodes.BareUrl, document.At(literal),
                        $"the web address {match.Value} is written out in the text: make it a link with words that say where it goes");
                    break;
            }
        }
    }

    private static bool LooksLikeAddress(string text) =>
        text.StartsWith("http://", StringComparison.OrdinalIgnoreCase) || text.StartsWith("https://", StringComparison.OrdinalIgnoreCase)
        || text.StartsWith("www.", StringComparison.OrdinalIgnoreCase);

    [GeneratedRegex(@"\b(https?://|www\.)[^\s)]+", RegexOptions.IgnoreCase)]
    private static partial Regex Address();
}
