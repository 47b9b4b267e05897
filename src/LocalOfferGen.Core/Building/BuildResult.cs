using LocalOfferGen.Audit;
using LocalOfferGen.Diagnostics;
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
}
