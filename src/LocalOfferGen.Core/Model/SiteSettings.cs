namespace LocalOfferGen.Model;

/// <summary>site.yml: the council, its contact details and the lists pages and services choose from.
/// <see cref="LargePrint"/> (<c>large_print: true</c>) always writes large-print Word documents.
/// <c>ShareImage</c> is the picture link previews show (Open Graph, Twitter cards), a site path such as
/// <c>/images/share.png</c> from <c>share_image</c>, or null for the theme's plain default.</summary>
public sealed record SiteSettings(
    string Title,
    string Authority,
    string BaseUrl,
    string Language,
    int ReviewMonths,
    ContactDetails Contact,
    FeedbackSettings? Feedback,
    IReadOnlyList<AgeGroup> AgeGroups,
    IReadOnlyList<Need> Needs,
    string? Theme,
    bool LargePrint = false,
    string? ShareImage = null)
{
    /// <summary>An absolute address on the site, for QR codes, the sitemap, the feed and printed text.</summary>
    public string AbsoluteUrl(string sitePath) => BaseUrl.TrimEnd('/') + sitePath;

    /// <summary>site.yml <c>web_font: true</c>: the website is set in Atkinson Hyperlegible Next, the PDFs' family,
    /// published with the site, instead of the visitor's system fonts (docs/content.md gives the page-weight cost).</summary>
    public bool WebFont { get; init; }

    /// <summary>The audit's thresholds (site.yml <c>audit:</c>), or the defaults.</summary>
    public AuditSettings Audit { get; init; } = AuditSettings.Default;

    /// <summary>How long past events keep their pages (site.yml <c>events:</c>), or the defaults.</summary>
    public LocalOfferGen.Events.EventSettings Events { get; init; } = LocalOfferGen.Events.EventSettings.Default;
    /// <summary>site.yml <c>term_dates</c>: the school terms, in order, for events that repeat in term time only.
    /// Null when site.yml has none.</summary>
    public IReadOnlyList<LocalOfferGen.Events.SchoolTerm>? TermDates { get; init; }
    /// <summary>site.yml <c>owners:</c>: each owner named by pages (<c>owner</c>) and services (<c>organisation</c>) →
    /// the GitHub user or team (<c>@jsmith</c>, <c>@exampleshire/portage</c>) reminded of its reviews (see Reminders/).</summary>
    public IReadOnlyList<OwnerHandle> Owners { get; init; } = [];

    /// <summary>site.yml <c>logo</c>: the council's logo, a site path such as <c>/images/logo.svg</c> (an SVG or PNG under
    /// content/images), drawn on the leaflets' fronts, the easy-read PDFs and the Word covers; null for none.</summary>
    public string? Logo { get; init; }

    /// <summary>Where <c>logo</c> stands in site.yml, for errors about the picture it names.</summary>
    public Diagnostics.SourceSpan? LogoAt { get; init; }
}

/// <summary>One entry of site.yml <c>owners:</c>; <see cref="At"/> is where the owner's name stands.</summary>
public sealed record OwnerHandle(string Owner, string Handle, Diagnostics.SourceSpan At);

public sealed record ContactDetails(string? Phone, string? Email, string? Address, string? OpeningHours);

public sealed record FeedbackSettings(string? Url, string? Email);

public sealed record AgeGroup(string Id, string Label, int Min, int Max)
{
    public bool Overlaps(AgeRange range) => range.Min <= Max && range.Max >= Min;
}

public sealed record Need(string Id, string Label);

public sealed record AgeRange(int Min, int Max)
{
    public override string ToString() => $"{Min} to {Max}";
}
