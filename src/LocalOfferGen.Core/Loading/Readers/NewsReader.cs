using LocalOfferGen.Diagnostics;
using LocalOfferGen.Loading.Yaml;
using LocalOfferGen.Model;

namespace LocalOfferGen.Loading;

/// <summary>Reads one news post, news/YYYY-MM-DD-slug.md.</summary>
internal static class NewsReader
{
    private static readonly string[] Keys = ["title", "summary", "date"];

    public static NewsPost? Read(LoadContext context, string file)
    {
        var name = Path.GetFileName(file);
        if (!NewsFileName.TryParse(name, out var fileDate, out var slug))
        {
            context.Diagnostics.Error(DiagnosticCodes.BadFileName, SourceSpan.File(context.Display(file)),
                $"news files are named YYYY-MM-DD-slug.md in lower case, like 2026-09-01-new-autism-hub.md, not '{name}'");
            return null;
        }
        var (keys, parts) = context.ReadMarkdownFile(file);
        if (keys is null || parts is null) return null;
        var url = SiteUrls.ForNews(slug);
        var fields = context.Fields(keys, Keys);
        var title = fields.Text("title", required: true);
        var summary = fields.Text("summary", required: true);
        var written = fields.DateAndTime("date");
        var date = written?.Date ?? fileDate;
        var body = context.ParseMarkdown(parts.Body, file, parts.BodyLineOffset, url);
        if (title is null || summary is null) return null;
        return new NewsPost(file, slug, url, date, title, summary, body, new SourceSpan(context.Display(file), 1, 1)) { Time = written?.Moment };
    }
}
