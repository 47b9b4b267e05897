using LocalOfferGen.Diagnostics;
using LocalOfferGen.Loading.Yaml;
using LocalOfferGen.Model;

namespace LocalOfferGen.Loading;

/// <summary>Reads one "You said, we did" file, feedback/*.yml.</summary>
internal static class FeedbackReader
{
    private static readonly string[] Keys = ["period", "published", "how_we_asked", "items"];
    private static readonly string[] ItemKeys = ["you_said", "we_did", "status"];

    public static FeedbackYear? Read(LoadContext context, string file)
    {
        if (context.ReadYamlFile(file) is not YamlMapping mapping) return null;
        var fields = context.Fields(mapping, Keys);
        var period = fields.Text("period", required: true);
        var published = fields.Date("published", required: true);
        var howWeAsked = context.ParseMarkdownField(fields, "how_we_asked", file, SiteUrls.YouSaidWeDid, required: false);
        var items = new List<FeedbackItem>();
        foreach (var item in context.EachMapping(fields.List("items"), ItemKeys, "each item must have you_said, we_did and status"))
        {
            var youSaid = item.Text("you_said", required: true);
            var weDid = item.Text("we_did", required: true);
            var status = ReadStatus(context, item);
            if (youSaid is not null && weDid is not null && status is not null) items.Add(new FeedbackItem(youSaid, weDid, status.Value));
        }
        if (period is null || published is null) return null;
        return new FeedbackYear(file, period, published.Value, howWeAsked, items, new SourceSpan(context.Display(file), 1, 1));
    }

    private static FeedbackStatus? ReadStatus(LoadContext context, YamlFields item)
    {
        var text = item.Text("status", required: true);
        switch (text)
        {
            case null: return null;
            case "done": return FeedbackStatus.Done;
            case "in-progress": return FeedbackStatus.InProgress;
            case "planned": return FeedbackStatus.Planned;
            default:
                context.Diagnostics.Error(DiagnosticCodes.InvalidValue, item.SpanOf("status"),
                    $"'status' must be done, in-progress or planned, not \"{text}\"");
                return null;
        }
    }
}
