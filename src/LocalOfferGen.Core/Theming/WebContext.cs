using LocalOfferGen.Diagnostics;
using LocalOfferGen.Model;
using LocalOfferGen.Output;
using Scriban.Runtime;

namespace LocalOfferGen.Theming;

/// <summary>Everything the HTML formats (web, easy read) share for one build, and the one way they render a page:
/// the page's own layout inside <c>layouts/base.html</c>.</summary>
public sealed class WebContext
{
    public WebContext(Site site, OutputFolder output, BuildSettings settings, DiagnosticBag diagnostics)
    {
        Site = site;
        Output = output;
        Settings = settings;
        Diagnostics = diagnostics;
        Templates = settings.Templates ?? new TemplateEngine(new Theme(settings.ThemesDirectory, site.Settings.Theme));
        diagnostics.AddRange(Templates.Theme.Problems);
        Pictures = new WebPictures(site.Pictures);
        SiteView = SiteView.From(site);
        // Link previews show the published copy of share_image (a PNG or JPEG, never the SVG beside it), whose
        // name may have changed with its format.
        if (site.Settings.ShareImage is { } share && Pictures.Published(share) is { } published)
            SiteView = SiteView with { ShareImage = site.Settings.AbsoluteUrl(published.Main.Path) };
        _basePath = new Uri(site.Settings.BaseUrl).AbsolutePath.TrimEnd('/');
    }

    /// <summary>The path of the site's address (<c>/local-offer</c>), for the 404 page's links.</summary>
    private readonly string _basePath;

    public Site Site { get; }
    public OutputFolder Output { get; }
    public BuildSettings Settings { get; }
    public DiagnosticBag Diagnostics { get; }
    public TemplateEngine Templates { get; }
    public SiteView SiteView { get; }
    /// <summary>What the site publishes for each picture, and the img elements that show them.</summary>
    public WebPictures Pictures { get; }

    public bool Builds(string format) => Settings.Formats.Count == 0 || Settings.Formats.Contains(format);

    /// <summary>Renders a page and writes it to its pretty URL (<c>/a/b/</c> → <c>a/b/index.html</c>).</summary>
    public void WritePage(string layout, PageInfo page, object? model = null)
    {
        if (!Renders(page.Url)) return;
        using var html = Render(layout, page, model);
        Output.WriteText(FileFor(page.Url), html.Text);
    }

    public string RenderPage(string layout, PageInfo page, object? model)
    {
        using var html = Render(layout, page, model);
        return html.Text.ToString();
    }

    /// <summary>The page's own layout, then <c>layouts/base.html</c> around it, each into a pooled buffer:
    /// a page never becomes a string on its way to the file.</summary>
    private PooledTextOutput Render(string layout, PageInfo page, object? model)
    {
        var globals = Globals(page);
        if (model is not null) TemplateModel.Import(globals, model);
        using var main = new PooledTextOutput();
        Templates.RenderTo(layout, globals, main);
        var shell = Globals(page);
        shell["main"] = new RenderedHtml(main);
        shell["frame_src"] = FrameSources(main.Text);
        var html = new PooledTextOutput();
        Templates.RenderTo("base", shell, html);
        return html;
    }

    /// <summary>The video players a page may frame: only those its own videos use (see VideoHtmlRenderer), so
    /// every other page keeps <c>default-src 'self'</c> for frames too. Null when the page has no video.</summary>
    private static string? FrameSources(ReadOnlySpan<char> html)
    {
        if (!html.Contains("data-embed-origin=", StringComparison.Ordinal)) return null;
        var used = new List<string>();
        foreach (var origin in VideoHtmlRenderer.EmbedOrigins)
            if (html.Contains($"data-embed-origin=\"{origin}\"", StringComparison.Ordinal)) used.Add(origin);
        return used.Count == 0 ? null : string.Join(' ', used);
    }

    /// <summary>False when a serve rebuild renders only some pages (<see cref="BuildSettings.OnlyPages"/>) and not this one,
    /// so a writer can skip the work of preparing it.</summary>
    public bool Renders(string url) => Settings.OnlyPages is not { } only || only.Contains(url);

    /// <summary>False in a serve rebuild of a few pages, whose theme assets and images have not changed.</summary>
    public bool CopiesFiles => Settings.OnlyPages is null;

    public static string FileFor(string url) => url.EndsWith('/') ? url.TrimStart('/') + "index.html" : url.TrimStart('/');

    /// <summary>The breadcrumbs of a site path: home and every section page above it.</summary>
    public IReadOnlyList<Crumb> CrumbsFor(string url) =>
        url == "/" ? [] : Site.AncestorsOf(url).Select(p => new Crumb(p.IsHome ? "Home" : p.Title, p.Url)).ToList();

    /// <summary>The top-level section a page belongs to, for the menu.</summary>
    public static string? SectionOf(string url)
    {
        if (url == "/") return null;
        var second = url.IndexOf('/', 1);
        return second < 0 ? url : url[..(second + 1)];
    }

    public string Canonical(string url) => Site.Settings.AbsoluteUrl(url);

    /// <summary>A page's Word document and its size, when this build wrote one (the word format runs first).</summary>
    public (string? Url, string? Size) WordDocumentFor(string pageUrl)
    {
        var path = SiteUrls.ForWordDocument(pageUrl);
        return Output.Written.TryGetValue(path, out var bytes) ? ("/" + path, FileSizes.Text(bytes)) : (null, null);
    }

    private ScriptObject Globals(PageInfo page)
    {
        var globals = new ScriptObject { ["site"] = SiteView, ["page"] = page };
        // The 404 page is served at any address, so its links start from the site's root instead.
        var basePath = _basePath;
        Func<string, string> url = page.Url == "/404.html"
            ? target => target.StartsWith('/') ? basePath + target : target
            : target => RelativeUrls.From(page.Url, target);
        globals.Import("url", url);
        return globals;
    }
}
