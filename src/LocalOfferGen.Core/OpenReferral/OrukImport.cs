using LocalOfferGen.Diagnostics;

namespace LocalOfferGen.OpenReferral;

/// <summary>What <c>localoffer import oruk</c> was asked to do.</summary>
public sealed record OrukImportOptions
{
    /// <summary>An ORUK services list, one service, or a folder of .json files.</summary>
    public required string Source { get; init; }

    /// <summary>The folder the services/*.yml files go into.</summary>
    public string Into { get; init; } = Path.Combine("content", "services");

    /// <summary>Report what would be written, and write nothing.</summary>
    public bool DryRun { get; init; }

    /// <summary>Replace existing files that differ (never done otherwise).</summary>
    public bool Overwrite { get; init; }

    /// <summary>The date used as <c>reviewed</c> when the ORUK data has none.</summary>
    public DateOnly Today { get; init; } = DateOnly.FromDateTime(DateTime.Now);
}

public enum ImportOutcome
{
    /// <summary>A new file, or a changed one with --overwrite.</summary>
    Written,
    /// <summary>The file already holds exactly this.</summary>
    Unchanged,
    /// <summary>A dry run: this file would be written.</summary>
    WouldWrite,
    /// <summary>A different file of this name exists and --overwrite was not given.</summary>
    Conflict,
    /// <summary>The file could not be written (reported as an error).</summary>
    Failed,
}

public sealed record ImportedFile(string Path, ImportedService Service, ImportOutcome Outcome);

public sealed record OrukImportResult(IReadOnlyList<ImportedFile> Files, IReadOnlyList<Diagnostic> Diagnostics)
{
    public bool Succeeded => !Diagnostics.Any(d => d.Severity == Severity.Error);
}
