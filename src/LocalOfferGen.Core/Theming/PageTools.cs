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
    string? WordSize);

/// <summary>Plain share links: no third-party script runs until the reader chooses to follow one.</summary>
public sealed record ShareLinks(string Subject, string Body, string Url)
{
    public static ShareLinks For(string title, string absoluteUrl) => new(
        Uri.EscapeDataString(title), Uri.EscapeDataString($"{title}: {absoluteUrl}"), Uri.EscapeDataString(absoluteUrl));
}
