namespace LocalOfferGen.Comparing.Reports;

/// <summary>Names and addresses shared by the reports.</summary>
internal static class DiffLinks
{
    /// <summary>The address of an item on the preview (<c>--preview-url</c> + its path); null without a preview or
    /// for an item removed, which the preview no longer has.</summary>
    public static string? PreviewOf(DiffItem item, string? previewUrl) =>
        previewUrl is not { Length: > 0 } || item.Change == DiffChange.Removed ? null : previewUrl.TrimEnd('/') + item.Path;

    public static string KindName(DiffItemKind kind) => kind switch
    {
        DiffItemKind.Page => "Page",
        DiffItemKind.EasyReadPage => "Easy-read page",
        DiffItemKind.Service => "Service",
        _ => "Leaflet",
    };

    /// <summary>The JSON form: page, easy-read, service, leaflet.</summary>
    public static string KindKey(DiffItemKind kind) => kind switch
    {
        DiffItemKind.Page => "page",
        DiffItemKind.EasyReadPage => "easy-read",
        DiffItemKind.Service => "service",
        _ => "leaflet",
    };

    public static string ChangeKey(DiffChange change) => change.ToString().ToLowerInvariant();
}
