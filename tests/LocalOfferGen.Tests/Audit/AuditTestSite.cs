using LocalOfferGen.Audit;
using LocalOfferGen.Diagnostics;
using LocalOfferGen.Loading;

namespace LocalOfferGen.Tests.Audit;

/// <summary>A copy of the sample content in a temporary folder, with planted files, for audit tests.</summary>
public sealed class AuditTestSite : IDisposable
{
    /// <summary>Every format name, as if the whole site were built.</summary>
    public static readonly string[] AllFormats = ["web", "easy-read", "word", "print", "oruk"];
    public static readonly DateOnly Today = new(2026, 11, 27);

    private AuditTestSite(string root) => Root = root;

    public string Root { get; }
    public string Content => Path.Combine(Root, "content");

    /// <summary>Copies the sample and writes each file (content-relative path → text).</summary>
    public static AuditTestSite With(params (string Path, string Text)[] files)
    {
        var site = new AuditTestSite(Path.Combine(Path.GetTempPath(), "lo-audit-" + Guid.NewGuid().ToString("N")));
        Copy(Repository.Content, site.Content);
        foreach (var (path, text) in files)
        {
            var full = Path.Combine(site.Content, path.Replace('/', Path.DirectorySeparatorChar));
            Directory.CreateDirectory(Path.GetDirectoryName(full)!);
            File.WriteAllText(full, text);
        }
        return site;
    }

    public AuditReport Audit(DateOnly? today = null, bool strict = false, IReadOnlyCollection<string>? formats = null,
        IReadOnlySet<string>? built = null, bool checkExternal = false) =>
        Run(Content, today, strict, formats, built, checkExternal);

    /// <summary>Loads a content folder (asserting it has no load errors) and audits it.</summary>
    public static AuditReport Run(string content, DateOnly? today = null, bool strict = false, IReadOnlyCollection<string>? formats = null,
        IReadOnlySet<string>? built = null, bool checkExternal = false)
    {
        var loaded = ContentLoader.Load(content);
        Assert.Empty(loaded.Diagnostics.Where(d => d.Severity == Severity.Error).Select(d => d.ToString()));
        return AuditRunner.Run(new AuditContext
        {
            Site = loaded.Site!,
            Today = today ?? Today,
            ContentPath = "content",
            BuiltFormats = formats ?? AllFormats,
            BuiltFiles = built,
            Strict = strict,
            CheckExternal = checkExternal,
            ExternalTimeout = TimeSpan.FromSeconds(5),
        });
    }

    /// <summary>A page in the sample's "about" section with the given front matter extras and body.</summary>
    public static (string, string) Page(string name, string body, string summary = "A page planted by a test.", string owner = "Local Offer Team",
        string reviewed = "2026-10-01") =>
        ($"pages/about/{name}.md", $"""
            ---
            title: Planted {name}
            summary: {summary}
            reviewed: {reviewed}
            owner: {owner}
            topics: []
            ---

            {body}
            """);

    public void Dispose()
    {
        try { Directory.Delete(Root, recursive: true); } catch (IOException) { }
    }

    private static void Copy(string from, string to)
    {
        foreach (var directory in Directory.EnumerateDirectories(from, "*", SearchOption.AllDirectories))
            Directory.CreateDirectory(Path.Combine(to, Path.GetRelativePath(from, directory)));
        Directory.CreateDirectory(to);
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
            File.Copy(file, Path.Combine(to, Path.GetRelativePath(from, file)));
    }
}

internal static class FindingAssertions
{
    public static IReadOnlyList<AuditFinding> In(this AuditReport report, string fileEnd) =>
        report.Findings.Where(f => f.Path.EndsWith(fileEnd, StringComparison.Ordinal)).ToList();

    public static IReadOnlyList<AuditFinding> Coded(this IEnumerable<AuditFinding> findings, string code) =>
        findings.Where(f => f.Code == code).ToList();
}
