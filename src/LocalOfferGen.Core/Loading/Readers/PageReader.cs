using LocalOfferGen.Diagnostics;
using LocalOfferGen.Model;

namespace LocalOfferGen.Loading;

/// <summary>Reads one information page, pages/**.md. Drafts are read and checked, then left out.</summary>
internal static class PageReader
{
    private static readonly string[] Keys =
        ["title", "summary", "reviewed", "review_by", "owner", "topics", "age_groups", "categories", "weight", "draft", Changes.ChangesReader.Key];

    public static Page? Read(LoadContext context, string file)
    {
        var (keys, parts) = context.ReadMarkdownFile(file);
        if (keys is null || parts is null) return null;
        var url = PageAddress.For(context, file, "pages/");
        var fields = context.Fields(keys, Keys);
        var title = fields.Text("title", required: true);
        var summary = fields.Text("summary", required: true);
        var reviewed = fields.Date("reviewed", required: true);
        var reviewBy = fields.Date("review_by");
        var owner = fields.Text("owner", required: true);
        var topics = IdLists.Topics(context, fields);
        var ageGroups = IdLists.AgeGroups(context, fields);
        var categories = IdLists.Categories(context, fields);
        var weight = fields.Int("weight") ?? 0;
        var draft = fields.Bool("draft") ?? false;
        var changes = Changes.ChangesReader.Read(context, fields);
        var body = context.ParseMarkdown(parts.Body, file, parts.BodyLineOffset, url);
        if (title is null || summary is null || reviewed is null || owner is null || draft) return null;
        return new Page(file, url, title, summary, reviewed.Value,
            reviewBy ?? reviewed.Value.AddMonths(context.Settings.ReviewMonths), owner, topics, ageGroups, categories, weight,
            body, new SourceSpan(context.Display(file), 1, 1))
        {
            History = Changes.ChangeHistory.For(changes, null, reviewed.Value),
            ReviewedAt = fields.SpanOf("reviewed"),
        };
    }
}
