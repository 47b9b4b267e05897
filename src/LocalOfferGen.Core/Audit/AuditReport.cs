using LocalOfferGen.Model;
using LocalOfferGen.Wording;

namespace LocalOfferGen.Audit;

/// <summary>Everything one run of the audit found, ready for any report writer: the findings in a stable
/// order, the coverage table, review dates and reading scores.</summary>
public sealed record AuditReport
{
    public required string SiteTitle { get; init; }
    public required string Authority { get; init; }
    public required string BaseUrl { get; init; }
    public required DateOnly Today { get; init; }
    public required bool Strict { get; init; }

    /// <summary>The checks that ran, by id and title, in report order.</summary>
    public required IReadOnlyList<(string Id, string Title)> Checks { get; init; }

    /// <summary>Sorted by file, line, column, code and message.</summary>
    public required IReadOnlyList<AuditFinding> Findings { get; init; }

    public required IReadOnlyList<TopicCoverage> Coverage { get; init; }
    public required IReadOnlyList<ReviewItem> Review { get; init; }
    public required IReadOnlyList<PageReadability> Readability { get; init; }

    /// <summary>How many external addresses the site has, and whether they were fetched (--check-external).</summary>
    public required int ExternalLinks { get; init; }
    public required bool ExternalLinksFetched { get; init; }

    /// <summary>Whether links into generated folders were checked against built output.</summary>
    public required bool BuiltOutputChecked { get; init; }

    public AuditSummary Summary => AuditSummary.Of(this);

    /// <summary>Errors fail the audit; with --strict so do warnings. Notices never do.</summary>
    public bool Failed => Findings.Any(f => f.Severity == AuditSeverity.Error)
        || (Strict && Findings.Any(f => f.Severity == AuditSeverity.Warning));

    /// <summary>One check's findings, errors first and notices last, each group in file order.</summary>
    /// <summary>The result in words: "Failed", "Passed, with warnings to act on" or "Passed".</summary>
    public string Result => Failed ? "Failed"
        : Findings.Any(f => f.Severity == AuditSeverity.Warning) ? "Passed, with warnings to act on"
        : "Passed";

    public IEnumerable<AuditFinding> FindingsOf(string check) =>
        Findings.Where(f => f.Check == check).OrderByDescending(f => f.Severity);

    internal static IReadOnlyList<AuditFinding> Sort(IEnumerable<AuditFinding> findings) =>
        findings.Distinct()
            .OrderBy(f => f.Path, StringComparer.Ordinal)
            .ThenBy(f => f.Line).ThenBy(f => f.Column)
            .ThenBy(f => f.Code, StringComparer.Ordinal)
            .ThenBy(f => f.Message, StringComparer.Ordinal)
            .ToList();
}

/// <summary>The numbers an inspector looks at first.</summary>
public sealed record AuditSummary(
    int MustTopics, int MustTopicsCovered, int ShouldTopics, int ShouldTopicsCovered,
    int Overdue, int DueSoon, int BrokenLinks, int Accessibility, int PlainEnglish, int Transparency, int EasyRead,
    int Errors, int Warnings, int Notices)
{
    public static AuditSummary Of(AuditReport report)
    {
        var must = report.Coverage.Where(c => c.Topic.Level == TopicLevel.Must).ToList();
        var should = report.Coverage.Where(c => c.Topic.Level == TopicLevel.Should).ToList();
        int Count(string check) => report.FindingsOf(check).Count(f => f.Severity != AuditSeverity.Notice);
        return new AuditSummary(
            must.Count, must.Count(c => c.IsCovered), should.Count, should.Count(c => c.IsCovered),
            report.Review.Count(r => r.State == ReviewState.Overdue), report.Review.Count(r => r.State == ReviewState.DueSoon),
            Count(AuditCheckIds.Links), Count(AuditCheckIds.Accessibility), Count(AuditCheckIds.PlainEnglish),
            Count(AuditCheckIds.Transparency), Count(AuditCheckIds.EasyRead),
            report.Findings.Count(f => f.Severity == AuditSeverity.Error),
            report.Findings.Count(f => f.Severity == AuditSeverity.Warning),
            report.Findings.Count(f => f.Severity == AuditSeverity.Notice));
    }

    /// <summary>One line: "coverage 38 of 38 must-topics, 2 overdue, 0 broken links, 3 accessibility, 12 plain-English".</summary>
    public override string ToString() =>
        $"coverage {MustTopicsCovered} of {MustTopics} must-topics, {Overdue} overdue ({DueSoon} due soon), {Counts.Of(BrokenLinks, "broken link")}, " +
        $"{Accessibility} accessibility, {PlainEnglish} plain-English, {Transparency} transparency" +
        (EasyRead > 0 ? $", {EasyRead} easy-read" : "") +
        $": {Plural(Errors, "error")}, {Plural(Warnings, "warning")}, {Plural(Notices, "notice")}";

    private static string Plural(int n, string word) => Counts.Of(n, word);
}
