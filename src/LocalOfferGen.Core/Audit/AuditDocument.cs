using LocalOfferGen.Model;
using Markdig.Syntax;
using SourceSpan = LocalOfferGen.Diagnostics.SourceSpan;

namespace LocalOfferGen.Audit;

/// <summary>One piece of Markdown of the site, with where it came from and the page it appears on.</summary>
/// <param name="Kind">page, easy-read, service, news, feedback or leaflet.</param>
/// <param name="IsWholePage">True when the Markdown is the whole body of its page, so the page's anchors are its headings.</param>
public sealed record AuditDocument(string Kind, string Title, string Url, string Path, MarkdownText Text, bool IsWholePage)
{
    /// <summary>Where a node of the Markdown is in its file.</summary>
    public SourceSpan At(MarkdownObject node) => new(Path, node.Line + 1 + Text.LineOffset, node.Column + 1);

    /// <summary>Every Markdown text of the site, in a stable order.</summary>
    public static IReadOnlyList<AuditDocument> All(Site site)
    {
        var documents = new List<AuditDocument>();
        foreach (var page in site.Pages)
            documents.Add(new("page", page.Title, page.Url, page.Source.Path, page.Body, true));
        foreach (var page in site.EasyReadPages)
            documents.Add(new("easy-read", page.Title, page.Url, page.Source.Path, page.Body, true));
        foreach (var service in site.Services)
        {
            documents.Add(new("service", service.Name, service.Url, service.Source.Path, service.Description, false));
            documents.Add(new("service", service.Name, service.Url, service.Source.Path, service.Eligibility, false));
            documents.Add(new("service", service.Name, service.Url, service.Source.Path, service.HowToAccess, false));
        }
        foreach (var post in site.News)
            documents.Add(new("news", post.Title, post.Url, post.Source.Path, post.Body, true));
        foreach (var year in site.Feedback.Where(f => f.HowWeAsked is not null))
            documents.Add(new("feedback", $"You said, we did {year.Period}", SiteUrls.YouSaidWeDid, year.Source.Path, year.HowWeAsked!, false));
        foreach (var leaflet in site.Leaflets)
            foreach (var section in leaflet.Sections.Where(s => s.Text is not null))
                documents.Add(new("leaflet", leaflet.Title, "/print/", leaflet.Source.Path, section.Text!, false));
        return documents;
    }
}
