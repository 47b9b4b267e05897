using LocalOfferGen.Model;

namespace LocalOfferGen.Theming;

/// <summary>What every template sees as <c>site</c>: the council, its contact details and the main menu.</summary>
public sealed record SiteView(
    string Title,
    string Authority,
    string Language,
    ContactDetails Contact,
    string? PhoneLink,
    string? FeedbackUrl,
    string LastUpdated,
    IReadOnlyList<NavItem> Nav)
{
    /// <summary>The site's address (ends with a slash), for link previews.</summary>
    public string BaseUrl { get; init; } = "";

    /// <summary>The absolute address of the link-preview picture, or null when there is none.</summary>
    public string? ShareImage { get; init; }

    /// <summary>The theme's web font is published and linked (site.yml <c>web_font: true</c>).</summary>
    public bool WebFont { get; init; }

    /// <summary>Open Graph's form of the language: en_GB.</summary>
    public string OgLocale => Language.Replace('-', '_');

    public static SiteView From(Site site)
    {
        var settings = site.Settings;
        var nav = site.ChildrenOf(site.Home).Where(p => p.IsSectionIndex).Select(p => new NavItem(NavTitle(p), p.Url))
            .Append(new NavItem("Services", SiteUrls.Services))
            .Concat(site.Events.Count > 0 ? [new NavItem("What's on", LocalOfferGen.Events.EventUrls.WhatsOn)] : Array.Empty<NavItem>())
            .Append(new NavItem("Search", SiteUrls.Search))
            .ToList();
        var feedback = settings.Feedback?.Url ?? (settings.Feedback?.Email is { } email ? $"mailto:{email}" : null);
        return new SiteView(settings.Title, settings.Authority, settings.Language, settings.Contact,
            TelLink(settings.Contact.Phone), feedback, Dates.Long(site.ContentDate), nav)
        {
            BaseUrl = settings.BaseUrl,
            ShareImage = settings.AbsoluteUrl(settings.ShareImage ?? DefaultShareImage),
            WebFont = settings.WebFont,
        };
    }

    /// <summary>The theme's plain 1200 by 630 preview picture, used when site.yml names no share_image.</summary>
    public const string DefaultShareImage = "/assets/share.png";

    /// <summary>A tel: address: digits and a leading plus only.</summary>
    public static string? TelLink(string? phone) =>
        phone is null ? null : new string(phone.Where((c, i) => char.IsAsciiDigit(c) || (c == '+' && i == 0)).ToArray());

    /// <summary>Menu words are short: "Education, health and care plans" stays, "Things to do: leisure" becomes "Things to do".</summary>
    private static string NavTitle(Page page)
    {
        var colon = page.Title.IndexOf(':');
        return colon > 0 ? page.Title[..colon] : page.Title;
    }
}

public sealed record NavItem(string Title, string Url);
