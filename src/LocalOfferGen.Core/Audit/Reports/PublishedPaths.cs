namespace LocalOfferGen.Audit.Reports;

/// <summary>The report published with the site (output/audit/) names files from the content folder
/// (<c>pages/education/index.md</c>), never as the content folder was typed on the command line: an absolute
/// path would tell every reader of the site where and by whom it was built, and the published bytes would
/// change with the folder the build ran in.</summary>
public static class PublishedPaths
{
    public const string ContentFolder = "(the content folder)";

    /// <param name="contentPath">The content folder as diagnostics show it (<see cref="AuditContext.ContentPath"/>).</param>
    public static AuditReport For(AuditReport report, string contentPath) => report with
    {
        Findings = AuditReport.Sort(report.Findings.Select(f => f with { Path = Relative(f.Path, contentPath) })),
        Review = report.Review.Select(r => r with { Path = Relative(r.Path, contentPath) }).ToList(),
        Readability = report.Readability.Select(r => r with { Path = Relative(r.Path, contentPath) }).ToList(),
    };

    public static string Relative(string path, string contentPath)
    {
        var root = contentPath.Replace('\\', '/').TrimEnd('/');
        if (path == root) return ContentFolder;
        if (root.Length > 0 && path.StartsWith(root + "/", StringComparison.Ordinal)) return path[(root.Length + 1)..];
        if (root.Length == 0 && !Path.IsPathRooted(path)) return path;
        // Anything else that names a place on the build machine keeps only its file name.
        return Path.IsPathRooted(path) || path.StartsWith("..", StringComparison.Ordinal) ? Path.GetFileName(path) : path;
    }
}
