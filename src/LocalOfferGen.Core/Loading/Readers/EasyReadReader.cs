using LocalOfferGen.Diagnostics;
using LocalOfferGen.Model;

namespace LocalOfferGen.Loading;

/// <summary>Reads one easy-read page, easy-read/**.md, whose standard page has the same path under pages/.</summary>
internal static class EasyReadReader
{
    private static readonly string[] Keys = ["title", "reviewed", "summary", "review_by", Changes.ChangesReader.Key];

    public static EasyReadPage? Read(LoadContext context, string file)
    {
        var (keys, parts) = context.ReadMarkdownFile(file);
        if (keys is null || parts is null) return null;
        var standardUrl = PageAddress.For(context, file, "easy-read/");
        var url = SiteUrls.ForEasyRead(standardUrl);
        var fields = context.Fields(keys, Keys);
        var title = fields.Text("title", required: true);
        var reviewed = fields.Date("reviewed", required: true);
        var reviewBy = fields.Date("review_by");
        var summary = fields.Text("summary");
        var changes = Changes.ChangesReader.Read(context, fields);
        var body = context.ParseMarkdown(parts.Body, file, parts.BodyLineOffset, url);
        if (title is null || reviewed is null) return null;
        return new EasyReadPage(file, url, standardUrl, title, summary, reviewed.Value,
            reviewBy ?? reviewed.Value.AddMonths(context.Settings.ReviewMonths), body, new SourceSpan(context.Display(file), 1, 1))
        {
            History = Changes.ChangeHistory.For(changes, null, reviewed.Value),
            ReviewedAt = fields.SpanOf("reviewed"),
        };
    }
}
