using LocalOfferGen.Audit;
using LocalOfferGen.Diagnostics;
using LocalOfferGen.Loading;
using LocalOfferGen.Model;

namespace LocalOfferGen.Building;

public sealed record BuildResult(
    Site? Site,
    IReadOnlyList<Diagnostic> Diagnostics,
    IReadOnlyDictionary<string, long> FilesWritten,
    TimeSpan Elapsed,
    bool Succeeded)
{
    public int Errors => Diagnostics.Count(d => d.Severity == Severity.Error);
    public int Warnings => Diagnostics.Count(d => d.Severity == Severity.Warning);

    /// <summary>The audit of this build (also written to audit/index.html), or null when loading failed.</summary>
    public AuditReport? Audit { get; init; }

    /// <summary>The load this build began with; serve keeps it to read only changed files next time.</summary>
    public LoadResult? Load { get; init; }

    /// <summary>True when the build refused its <c>--output</c> (see <c>Output/OutputGuard</c>): a mistake on the
    /// command line rather than in the content, and nothing was touched.</summary>
    public bool OutputRefused { get; init; }
}
