namespace LocalOfferGen.Model;

/// <summary>The addresses of the content contract, and the pages the generator builds by itself.
/// Pages may link to any of them.</summary>
public static class SiteUrls
{
    public const string Services = "/services/";
    public const string Search = "/search/";
    public const string AToZ = "/a-z/";
    public const string Glossary = "/glossary/";
    public const string News = "/news/";
    public const string YouSaidWeDid = "/you-said-we-did/";
    public const string Accessibility = "/accessibility/";
    public const string EasyRead = "/easy-read/";
    public const string Feed = "/feed.xml";
    public const string Sitemap = "/sitemap.xml";
    public const string MyList = "/my-list/";
    /// <summary>The newest changes of every page and service, and their Atom feed.</summary>
    public const string RecentChanges = "/recent-changes/";
    public const string RecentChangesFeed = "/recent-changes.xml";

    /// <summary>The audit report, written by every build.</summary>
    public const string Audit = "/audit/";

    public static readonly IReadOnlyList<string> Generated =
        [Services, Search, AToZ, Glossary, News, YouSaidWeDid, Accessibility, EasyRead, Feed, Sitemap, MyList, Audit, RecentChanges, RecentChangesFeed];

    /// <summary>Folders of files that other formats write (Word documents, leaflets, open data);
    /// links into them are checked against the built output by the audit, not at load time.</summary>
    public static readonly IReadOnlyList<string> GeneratedFolders = ["/documents/", "/print/", "/openreferral/"];

    /// <summary><c>pages/a/b.md</c> → <c>/a/b/</c>; <c>pages/a/index.md</c> → <c>/a/</c>. Every folder and file
    /// name is slugged, so <c>Short Breaks/Café &amp; Play.md</c> → <c>/short-breaks/cafe-play/</c>: an address
    /// never holds spaces, capitals or characters a URL cannot carry.</summary>
    public static string ForPage(string pathInsideFolder)
    {
        var withoutExtension = pathInsideFolder[..^".md".Length];
        var segments = withoutExtension.Split('/').ToList();
        if (segments[^1] == "index") segments.RemoveAt(segments.Count - 1);
        return segments.Count == 0 ? "/" : "/" + string.Join('/', segments.Select(Loading.Slug.From)) + "/";
    }

    /// <summary>The Word document of a page, shared by the word format (which writes it) and the website
    /// (which links to it): <c>/education/post-16/</c> → <c>documents/education/post-16.docx</c>; the home
    /// page → <c>documents/index.docx</c>.</summary>
    public static string ForWordDocument(string pageUrl)
    {
        var trimmed = pageUrl.Trim('/');
        if (trimmed.Length == 0) return "documents/index.docx";
        if (trimmed == "easy-read") return "documents/easy-read/index.docx";
        return $"documents/{trimmed}.docx";
    }

    public static string ForEasyRead(string standardUrl) => "/easy-read" + standardUrl;
    public static string ForService(string id) => $"/services/{id}/";
    public static string ForNews(string slug) => $"/news/{slug}/";
    public static string ForAgeFilter(string id) => $"/services/age/{id}/";
    public static string ForNeedFilter(string id) => $"/services/need/{id}/";
    public static string ForCategoryFilter(string id) => $"/services/category/{id}/";
}
