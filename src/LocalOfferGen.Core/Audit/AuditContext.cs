using LocalOfferGen.Model;

namespace LocalOfferGen.Audit;

/// <summary>What a run of the audit knows besides the site: the date it treats as today, which formats
/// were built, which files the build wrote, and the options chosen.</summary>
public sealed record AuditContext
{
    public required Site Site { get; init; }

    /// <summary>The date the audit treats as today (--today), so reports are reproducible.</summary>
    public required DateOnly Today { get; init; }

    /// <summary>The content folder as the user named it (e.g. <c>content</c>), for findings about the whole site.</summary>
    public string ContentPath { get; init; } = "content";

    /// <summary>Names of the output formats this build writes (web, easy-read, word, print, oruk).</summary>
    public IReadOnlyCollection<string> BuiltFormats { get; init; } = [];

    /// <summary>Site paths the build wrote (<c>documents/x.docx</c>), or null when unknown (links into
    /// generated folders are then not checked).</summary>
    public IReadOnlySet<string>? BuiltFiles { get; init; }

    /// <summary>With --strict a "must" topic that nothing covers is an error, and every finding fails the audit.</summary>
    public bool Strict { get; init; }

    /// <summary>Also fetch external links (--check-external).</summary>
    public bool CheckExternal { get; init; }

    /// <summary>How many external links are fetched at once, and how long each may take.</summary>
    public int ExternalConcurrency { get; init; } = 8;
    public TimeSpan ExternalTimeout { get; init; } = TimeSpan.FromSeconds(10);

    public AuditSettings Settings => Site.Settings.Audit;

    /// <summary>Every information page's reading scores, worked out once: the plain-English check and the report both use them.</summary>
    public IReadOnlyList<PageReadability> Readability => LazyInitializer.EnsureInitialized(ref _readability, () => PageReadability.Of(this));
    private IReadOnlyList<PageReadability>? _readability;

    /// <summary>Where the site links to each document of content/files, worked out once for the checks that need it.</summary>
    public IReadOnlyDictionary<string, DownloadLinks> DownloadLinks => LazyInitializer.EnsureInitialized(ref _downloadLinks, () => Audit.DownloadLinks.Of(Site));
    private IReadOnlyDictionary<string, DownloadLinks>? _downloadLinks;

    public bool Built(string format) => BuiltFormats.Contains(format, StringComparer.Ordinal);
}
