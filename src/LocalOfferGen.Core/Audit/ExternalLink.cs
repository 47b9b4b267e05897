using LocalOfferGen.Markdown;
using LocalOfferGen.Model;
using Markdig.Syntax.Inlines;
using SourceSpan = LocalOfferGen.Diagnostics.SourceSpan;

namespace LocalOfferGen.Audit;

/// <summary>A link to another website (or an email address or phone number) and where it is written.</summary>
public sealed record ExternalLink(string Url, SourceSpan At)
{
    /// <summary>Every external address of the site: links in Markdown, service websites and the feedback form.</summary>
    public static IReadOnlyList<ExternalLink> All(Site site, string contentPath)
    {
        var links = new List<ExternalLink>();
        foreach (var document in AuditDocument.All(site))
        {
            foreach (var (node, _) in MarkdownWalker.Descendants(document.Text.Document))
            {
                var url = node switch
                {
                    LinkInline { IsImage: false } link => link.Url,
                    AutolinkInline autolink => autolink.IsEmail ? "mailto:" + autolink.Url : autolink.Url,
                    _ => null,
                };
                if (url is not null && HasScheme(url)) links.Add(new ExternalLink(url, document.At(node)));
            }
        }
        foreach (var service in site.Services.Where(s => s.Contact.Website is not null))
            links.Add(new ExternalLink(service.Contact.Website!, service.Source));
        if (site.Settings.Feedback?.Url is { } feedback)
            links.Add(new ExternalLink(feedback, SourceSpan.File($"{contentPath}/site.yml")));
        return links;
    }

    /// <summary>True for an address with a scheme (https:, mailto:, tel:), as opposed to a site path or anchor.</summary>
    public static bool HasScheme(string url)
    {
        var colon = url.IndexOf(':');
        return colon > 1 && url[..colon].All(c => char.IsAsciiLetterOrDigit(c) || c is '+' or '-' or '.');
    }

    public bool IsWeb => Url.StartsWith("http://", StringComparison.OrdinalIgnoreCase) || Url.StartsWith("https://", StringComparison.OrdinalIgnoreCase);
}
