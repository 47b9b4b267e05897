using System.Text.RegularExpressions;

namespace LocalOfferGen.Markdown;

/// <summary>A video on a host the site can embed privately: YouTube through youtube-nocookie.com, Vimeo with
/// "do not track". Nothing is fetched from the host until the viewer presses play.</summary>
public sealed partial record VideoLink(string Url, string Host, string Id)
{
    public const string YouTube = "YouTube";
    public const string Vimeo = "Vimeo";

    /// <summary>The origin the embedded player loads from, for the page's Content-Security-Policy frame-src.</summary>
    public string EmbedOrigin => Host == YouTube ? "https://www.youtube-nocookie.com" : "https://player.vimeo.com";

    /// <summary>The privacy-enhanced player, set to start at once (the viewer has just pressed play).</summary>
    public string EmbedUrl(bool captions) => Host == YouTube
        ? $"{EmbedOrigin}/embed/{Id}?autoplay=1&rel=0{(captions ? "&cc_load_policy=1" : "")}"
        : $"{EmbedOrigin}/video/{Id}?autoplay=1&dnt=1{(captions ? "&texttrack=en" : "")}";

    /// <summary>Reads a YouTube or Vimeo address; null for any other.</summary>
    public static VideoLink? Parse(string url)
    {
        if (!Uri.TryCreate(url.Trim(), UriKind.Absolute, out var uri) || uri.Scheme != "https") return null;
        var host = uri.Host.ToLowerInvariant();
        var path = uri.AbsolutePath;
        string? id = host switch
        {
            "youtu.be" => path.Trim('/'),
            "www.youtube.com" or "youtube.com" or "m.youtube.com" or "www.youtube-nocookie.com" =>
                path == "/watch" ? QueryValue(uri.Query, "v")
                : YouTubePath().Match(path) is { Success: true } m ? m.Groups[1].Value : null,
            "vimeo.com" or "www.vimeo.com" or "player.vimeo.com" => VimeoPath().Match(path) is { Success: true } v ? v.Groups[1].Value : null,
            _ => null,
        };
        if (id is null) return null;
        var isVimeo = host.Contains("vimeo", StringComparison.Ordinal);
        if (!(isVimeo ? VimeoId() : YouTubeId()).IsMatch(id)) return null;
        return new VideoLink(url.Trim(), isVimeo ? Vimeo : YouTube, id);
    }

    private static string? QueryValue(string query, string name) =>
        query.TrimStart('?').Split('&').Select(p => p.Split('=', 2)).FirstOrDefault(p => p[0] == name && p.Length == 2)?[1];

    [GeneratedRegex(@"^/(?:embed|shorts|live)/([^/]+)/?$")] private static partial Regex YouTubePath();
    [GeneratedRegex(@"^/(?:video/)?(\d+)/?$")] private static partial Regex VimeoPath();
    [GeneratedRegex(@"^[A-Za-z0-9_-]{6,20}$")] private static partial Regex YouTubeId();
    [GeneratedRegex(@"^\d{1,12}$")] private static partial Regex VimeoId();
}
