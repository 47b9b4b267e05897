using LocalOfferGen.Diagnostics;

namespace LocalOfferGen.Audit;

/// <summary>Collects what one check finds, labelled with the check's id. Thread-safe.</summary>
public sealed class AuditFindings(string check)
{
    private readonly List<AuditFinding> _items = [];
    private readonly Lock _gate = new();

    public string Check { get; } = check;

    public void Add(AuditSeverity severity, string code, SourceSpan at, string message)
    {
        lock (_gate) _items.Add(new AuditFinding(Check, severity, code, at.Path, at.Line, at.Column, message));
    }

    public void Error(string code, SourceSpan at, string message) => Add(AuditSeverity.Error, code, at, message);
    public void Warning(string code, SourceSpan at, string message) => Add(AuditSeverity.Warning, code, at, message);
    public void Notice(string code, SourceSpan at, string message) => Add(AuditSeverity.Notice, code, at, message);

    /// <summary>Takes in what another checker reported as diagnostics (the easy-read linter, for one).</summary>
    public void AddRange(IEnumerable<Diagnostic> diagnostics)
    {
        lock (_gate) _items.AddRange(diagnostics.Select(d => AuditFinding.From(Check, d)));
    }

    public IReadOnlyList<AuditFinding> ToList()
    {
        lock (_gate) return _items.ToList();
    }
}
