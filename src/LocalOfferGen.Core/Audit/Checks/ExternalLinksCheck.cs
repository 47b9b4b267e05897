using System.Net;
using System.Text.RegularExpressions;
using LocalOfferGen.Diagnostics;

namespace LocalOfferGen.Audit.Checks;

/// <summary>External links: every address to another website, email address or phone number must be
/// well formed (an error if not). With --check-external each web address is also fetched, a few at a
/// time and each with a time limit: a page that is gone (404, 410) is a warning; any other answer or a
/// network failure is a notice, because a website that is down for a moment says nothing about the content.</summary>
public sealed partial class ExternalLinksCheck : IAuditCheck
{
    public string Id => AuditCheckIds.Links;
    public string Title => "Links";

    public void Run(AuditContext context, AuditFindings findings)
    {
        var links = ExternalLink.All(context.Site, context.ContentPath);
        var wellFormed = new List<ExternalLink>();
        foreach (var link in links)
        {
            if (FormProblem(link.Url) is { } problem)
                findings.Error(DiagnosticCodes.MalformedExternalLink, link.At, problem);
            else if (link.IsWeb)
                wellFormed.Add(link);
        }
        if (!context.CheckExternal || wellFormed.Count == 0) return;

        var statuses = ExternalLinkFetcher.Fetch(wellFormed.Select(l => l.Url).Distinct(StringComparer.Ordinal),
            context.ExternalConcurrency, context.ExternalTimeout);
        foreach (var link in wellFormed)
        {
            var status = statuses[link.Url];
            if (status.Code is HttpStatusCode.NotFound or HttpStatusCode.Gone)
                findings.Warning(DiagnosticCodes.ExternalLinkBroken, link.At,
                    $"{link.Url} answered {(int)status.Code!} {status.Code}: the page has gone; find its new address or remove the link");
            else if (!status.IsSuccess)
                findings.Notice(DiagnosticCodes.ExternalLinkUnreachable, link.At, $"{link.Url} could not be checked: {status.Describe()}");
        }
    }

    /// <summary>Why an address is not well formed, or null when it is.</summary>
    public static string? FormProblem(string url)
    {
        var scheme = url[..url.IndexOf(':')].ToLowerInvariant();
        switch (scheme)
        {
            case "http" or "https":
                if (url.Any(char.IsWhiteSpace))
                    return $"the web address '{url}' contains a space; remove it or write it as %20";
                if (!Uri.TryCreate(url, UriKind.Absolute, out var uri) || uri.Host.Length == 0)
                    return $"'{url}' is not a valid web address";
                if (!uri.Host.Contains('.') && uri.Host != "localhost")
                    return $"the web address '{url}' has no proper site name (like www.example.gov.uk)";
                return null;
            case "mailto":
                return MailTo().IsMatch(url) ? null : $"'{url}' is not a valid email link: write mailto:name@example.gov.uk";
            case "tel":
                return Tel().IsMatch(url) ? null : $"'{url}' is not a valid phone link: write tel: followed by the number, like tel:01234567890";
            default:
                return $"the address '{url}' uses '{scheme}:', which families' browsers may not open; link to a web page (https://) instead";
        }
    }

    [GeneratedRegex(@"^mailto:[^@\s/]+@[^@\s.]+(\.[^@\s.?]+)+(\?\S*)?$", RegexOptions.IgnoreCase)]
    private static partial Regex MailTo();

    [GeneratedRegex(@"^tel:\+?[0-9][0-9 ()\-.]{4,}$", RegexOptions.IgnoreCase)]
    private static partial Regex Tel();
}
