namespace LocalOfferGen.Audit;

/// <summary>Runs the checks over the site model and gathers one report. In a build the audit runs twice
/// over: <see cref="Run"/> straight after loading (so content errors stop the build before any format
/// writes), then <see cref="Complete"/> after the formats, for the checks that need the built files.</summary>
public static class AuditRunner
{
    public static AuditReport Run(AuditContext context, IReadOnlyList<IAuditCheck>? checks = null)
    {
        checks ??= AuditChecks.All;
        var findings = RunAll(checks.Where(c => !c.NeedsBuiltOutput || context.BuiltFiles is not null), context);
        var site = context.Site;
        return new AuditReport
        {
            SiteTitle = site.Settings.Title,
            Authority = site.Settings.Authority,
            BaseUrl = site.Settings.BaseUrl,
            Today = context.Today,
            Strict = context.Strict,
            Checks = checks.Select(c => (c.Id, c.Title)).DistinctBy(c => c.Id).ToList(),
            Findings = AuditReport.Sort(findings),
            Coverage = TopicCoverage.Of(context),
            Review = ReviewItem.Of(context),
            Readability = context.Readability,
            ExternalLinks = ExternalLink.All(site, context.ContentPath).Count,
            ExternalLinksFetched = context.CheckExternal,
            BuiltOutputChecked = context.BuiltFiles is not null,
        };
    }

    /// <summary>Adds the findings of the checks that need the built files, now that <paramref name="context"/> has them.</summary>
    public static AuditReport Complete(AuditReport report, AuditContext context, IReadOnlyList<IAuditCheck>? checks = null)
    {
        checks ??= AuditChecks.All;
        if (context.BuiltFiles is null || report.BuiltOutputChecked) return report;
        var more = RunAll(checks.Where(c => c.NeedsBuiltOutput), context);
        return report with { Findings = AuditReport.Sort(report.Findings.Concat(more)), BuiltOutputChecked = true };
    }

    /// <summary>Checks only read the site, so they run side by side; the findings are sorted afterwards, so the report is the same every time.</summary>
    private static IEnumerable<AuditFinding> RunAll(IEnumerable<IAuditCheck> checks, AuditContext context) =>
        checks.AsParallel().AsOrdered().SelectMany(c => RunOne(c, context)).ToList();

    private static IReadOnlyList<AuditFinding> RunOne(IAuditCheck check, AuditContext context)
    {
        var findings = new AuditFindings(check.Id);
        check.Run(context, findings);
        return findings.ToList();
    }
}
