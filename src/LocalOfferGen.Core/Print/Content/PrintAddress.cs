using LocalOfferGen.Model;

namespace LocalOfferGen.Print.Content;

/// <summary>Addresses as a printed leaflet shows them: a site path becomes the full address a phone can open,
/// and the printed words drop the "https://" and "mailto:" a reader would not type.</summary>
public static class PrintAddress
{
    /// <summary>The address a link annotation opens, or null for links with nowhere to go on paper (such as "#top").</summary>
    public static string? Absolute(string url, SiteSettings settings)
    {
        if (url.Length == 0 || url.StartsWith('#')) return null;
        if (url.StartsWith('/')) return settings.AbsoluteUrl(url);
        return url;
    }

    public static string Display(string absolute)
    {
        foreach (var scheme in (string[])["https://", "http://", "mailto:", "tel:"])
            if (absolute.StartsWith(scheme, StringComparison.OrdinalIgnoreCase)) return absolute[scheme.Length..];
        return absolute;
    }
}
