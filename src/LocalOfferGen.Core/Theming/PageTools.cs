namespace LocalOfferGen.Theming;

/// <summary>The strip under a page's title: when it was reviewed and by whom, its other version, its Word
/// document, printing and feedback.</summary>
public sealed record PageTools(
    string ReviewedIso,
    string Reviewed,
    string? Owner,
    string? AlternateUrl,
    string? AlternateLabel,
    string? WordUrl,
    string? WordSize,
    string? LastUpdatedIso = null,
    string? LastUpdated = null,
    IReadOnlyList<ChangeLine>? Changes = null)
{
    /// <summary>The tools of a page or service with its "Last updated" date and, when its editor wrote them, the
    /// changes shown under "See all updates".</summary>
    public static PageTools WithHistory(PageTools tools, LocalOfferGen.Changes.ChangeHistory history) => tools with
    {
        LastUpdatedIso = Dates.Iso(history.LastUpdated),
        LastUpdated = Dates.Long(history.LastUpdated),
        Changes = history.HasNotes ? history.Changes.Select(c => new ChangeLine(Dates.Iso(c.Date), Dates.Long(c.Date), c.Note!)).ToList() : null,
    };
}

/// <summary>One change under "See all updates".</summary>
public sealed record ChangeLine(string DateIso, string Date, string Note);

/// <summary>Plain share links: no third-party script runs until the reader chooses to follow one.</summary>
public sealed record ShareLinks(string Subject, string Body, string Url)
{
    public static ShareLinks For(string title, string absoluteUrl) => new(
        Uri.EscapeDataString(title), Uri.EscapeDataString($"{title}: {absoluteUrl}"), Uri.EscapeDataString(absoluteUrl));
}
