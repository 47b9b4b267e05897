using System.Text.Encodings.Web;
using System.Text.Json;

namespace LocalOfferGen.Comparing.Reports;

/// <summary>The comparison as JSON, schema <c>localoffer-diff/1</c> (docs/pull-requests.md). Keys are only ever
/// added within a version, never renamed or removed.</summary>
public static class JsonDiffReport
{
    public const string Schema = "localoffer-diff/1";

    private static readonly JsonSerializerOptions Options = new()
    {
        WriteIndented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
    };

    public static string Write(SiteDiff diff, string? previewUrl)
    {
        var document = new
        {
            Schema,
            Base = new { Name = diff.BaseName, Commit = diff.BaseCommit },
            Head = new { Name = diff.HeadName, Commit = diff.HeadCommit },
            PreviewUrl = previewUrl is { Length: > 0 } ? previewUrl : null,
            Summary = new
            {
                Changed = diff.Of(DiffChange.Changed).Count(),
                Added = diff.Of(DiffChange.Added).Count(),
                Removed = diff.Of(DiffChange.Removed).Count(),
            },
            Items = diff.Items.Select(i => new
            {
                Change = DiffLinks.ChangeKey(i.Change),
                Kind = DiffLinks.KindKey(i.Kind),
                i.Id,
                i.Title,
                i.Path,
                Url = DiffLinks.PreviewOf(i, previewUrl),
            }),
        };
        return JsonSerializer.Serialize(document, Options) + "\n";
    }
}
