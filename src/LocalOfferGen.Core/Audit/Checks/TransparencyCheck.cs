using LocalOfferGen.Diagnostics;
using LocalOfferGen.Markdown;
using LocalOfferGen.Model;

namespace LocalOfferGen.Audit.Checks;

/// <summary>Transparency (SEND Code of Practice 4.7 and 4.30): every page names the team accountable for
/// it, and every service says who can use it, how to get it and how to get in touch. Loading already
/// requires these keys, so this check looks for the stand-in words ("TBC", "unknown") people write when they do not know yet.</summary>
public sealed class TransparencyCheck : IAuditCheck
{
    private static readonly HashSet<string> Placeholders = new(StringComparer.OrdinalIgnoreCase)
    {
        "tbc", "tbd", "tba", "todo", "to do", "unknown", "n/a", "na", "none", "-", "?", "xxx", "owner", "team", "to be confirmed", "to follow",
    };

    public string Id => AuditCheckIds.Transparency;
    public string Title => "Transparency";

    public void Run(AuditContext context, AuditFindings findings)
    {
        foreach (var page in context.Site.Pages.Where(p => IsPlaceholder(p.Owner)))
            findings.Warning(DiagnosticCodes.NoOwner, page.Source,
                $"this page has no real owner (\"{page.Owner}\"): name the team accountable for it, so families know who keeps it right");
        foreach (var service in context.Site.Services)
        {
            if (IsPlaceholder(MarkdownWalker.PlainText(service.Eligibility.Document)))
                findings.Warning(DiagnosticCodes.NoEligibility, service.Source,
                    "this service does not say who can use it: write its eligibility in 'eligibility' (CoP 4.30), or \"Anyone can use this service.\"");
            if (IsPlaceholder(MarkdownWalker.PlainText(service.HowToAccess.Document)))
                findings.Warning(DiagnosticCodes.NoHowToAccess, service.Source,
                    "this service does not say how to get it: write the referral route or how to ask in 'how_to_access'");
            if (IsPlaceholder(service.Contact.Phone) && IsPlaceholder(service.Contact.Email) && IsPlaceholder(service.Contact.Website))
                findings.Warning(DiagnosticCodes.NoContact, service.Source,
                    "this service has no contact: add a phone number, email address or website under 'contact'");
        }
    }

    public static bool IsPlaceholder(string? text) =>
        string.IsNullOrWhiteSpace(text) || Placeholders.Contains(text.Trim().TrimEnd('.'));
}
