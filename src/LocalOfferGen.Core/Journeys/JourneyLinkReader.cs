using LocalOfferGen.Diagnostics;
using LocalOfferGen.Loading;
using LocalOfferGen.Loading.Yaml;
using LocalOfferGen.Model;

namespace LocalOfferGen.Journeys;

/// <summary>Reads a step's <c>links:</c>. Each link is a page's address (<c>- /ehc-plans/</c>), a service
/// (<c>- service: exampleshire-sendiass</c>), or another website (<c>- { url: https://..., text: ... }</c>);
/// a page or service link may give its own <c>text</c>. Every page and service must exist: a journey that
/// leads families to a missing page is not published.</summary>
internal static class JourneyLinkReader
{
    private static readonly string[] LinkKeys = ["page", "service", "url", "text"];
    private const string Shape = "a link is a page's address like '- /ehc-plans/', a service like '- service: exampleshire-sendiass', or another website like '- { url: https://www.gov.uk/..., text: What it is }'";

    /// <returns>The links, or null when any of them is wrong (each is reported).</returns>
    public static IReadOnlyList<JourneyLink>? Read(LoadContext context, YamlFields step, JourneyLinkTargets targets)
    {
        if (step.List("links") is not { } list) return step.Has("links") ? null : [];
        var links = new List<JourneyLink>();
        var complete = true;
        foreach (var item in list.Items)
        {
            var link = item switch
            {
                YamlScalar { IsNull: false } scalar => PageLink(context, scalar.Value, scalar.Span, null, targets),
                YamlMapping map => MappedLink(context, context.Fields(map, LinkKeys), targets),
                _ => Invalid(context, item.Span, $"{Shape}, not {item.Kind}"),
            };
            if (link is null) complete = false;
            else links.Add(link);
        }
        return complete ? links : null;
    }

    private static JourneyLink? MappedLink(LoadContext context, YamlFields fields, JourneyLinkTargets targets)
    {
        var kinds = new[] { "page", "service", "url" }.Where(fields.Has).ToList();
        var text = fields.Text("text");
        if (kinds.Count != 1)
            return Invalid(context, fields.Mapping.Span, kinds.Count == 0
                ? $"this link has no 'page', 'service' or 'url': {Shape}"
                : $"this link has {string.Join(" and ", kinds.Select(k => $"'{k}'"))}: give one of them; {Shape}");
        var value = fields.Text(kinds[0]);
        if (value is null) return Invalid(context, fields.SpanOf(kinds[0]), $"'{kinds[0]}' is empty: {Shape}");
        return kinds[0] switch
        {
            "page" => PageLink(context, value, fields.SpanOf("page"), text, targets),
            "service" => ServiceLink(context, value, fields.SpanOf("service"), text, targets),
            _ => ExternalLink(context, value, fields.SpanOf("url"), text, fields.Mapping.Span),
        };
    }

    private static JourneyLink? PageLink(LoadContext context, string written, SourceSpan at, string? text, JourneyLinkTargets targets)
    {
        written = written.Trim();
        if (written.StartsWith("http://", StringComparison.OrdinalIgnoreCase) || written.StartsWith("https://", StringComparison.OrdinalIgnoreCase))
            return Invalid(context, at, $"'{written}' is another website: write it as '- {{ url: {written}, text: what it is }}' so families know where it leads");
        var cut = written.IndexOf('#');
        var path = cut < 0 ? written : written[..cut];
        var fragment = cut < 0 ? "" : written[cut..];
        var url = path.Trim('/').Length == 0 ? "/" : "/" + path.Trim('/') + "/";
        if (targets.PagesByUrl.TryGetValue(url, out var page))
            return new JourneyLink(text ?? page.Title, url + fragment, JourneyLinkKind.Page, page.SourcePath);
        if (url.StartsWith("/services/", StringComparison.Ordinal) && targets.ServicesById.TryGetValue(url["/services/".Length..].TrimEnd('/'), out var service))
            return new JourneyLink(text ?? service.Name, url + fragment, JourneyLinkKind.Service, service.SourcePath);
        var near = NearestPage(url, targets);
        context.Diagnostics.Error(DiagnosticCodes.JourneyUnknownPage, at,
            $"there is no published page at {url}" + (near is null ? "; write the address of one of the site's pages, like /ehc-plans/" : $": did you mean {near}?"));
        return null;
    }

    /// <summary>The page whose address is closest to the one written, or one whose last part is the same (a page moved to another section).</summary>
    private static string? NearestPage(string url, JourneyLinkTargets targets)
    {
        if (YamlFields.Nearest(url, targets.PagesByUrl.Keys) is { } near) return near;
        var last = url.TrimEnd('/');
        last = last[(last.LastIndexOf('/') + 1)..];
        var sameName = targets.PagesByUrl.Keys.Where(u => u.EndsWith("/" + last + "/", StringComparison.Ordinal)).ToList();
        return sameName.Count == 1 ? sameName[0] : null;
    }

    private static JourneyLink? ServiceLink(LoadContext context, string id, SourceSpan at, string? text, JourneyLinkTargets targets)
    {
        id = id.Trim();
        if (targets.ServicesById.TryGetValue(id, out var service))
            return new JourneyLink(text ?? service.Name, SiteUrls.ForService(id), JourneyLinkKind.Service, service.SourcePath);
        var near = YamlFields.Nearest(id, targets.ServicesById.Keys);
        context.Diagnostics.Error(DiagnosticCodes.JourneyUnknownService, at,
            $"there is no service with the id '{id}'" + (near is null ? "; use the id of one of the files in services/ (its file name)" : $": did you mean '{near}'?"));
        return null;
    }

    private static JourneyLink? ExternalLink(LoadContext context, string url, SourceSpan at, string? text, SourceSpan link)
    {
        if (!Uri.TryCreate(url.Trim(), UriKind.Absolute, out var uri) || uri.Scheme is not ("https" or "http"))
            return Invalid(context, at, $"'url' must be a whole web address starting with https://, not \"{url}\"; for a page of this site write '- {url}'");
        if (text is null)
            return Invalid(context, link, $"this link to {url} has no 'text': say what families will find there, like 'text: Children with SEND on GOV.UK'");
        return new JourneyLink(text, uri.AbsoluteUri, JourneyLinkKind.External);
    }

    private static JourneyLink? Invalid(LoadContext context, SourceSpan at, string message)
    {
        context.Diagnostics.Error(DiagnosticCodes.JourneyLinkInvalid, at, message);
        return null;
    }
}
