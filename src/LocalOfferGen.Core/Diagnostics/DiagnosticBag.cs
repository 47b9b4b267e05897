namespace LocalOfferGen.Diagnostics;

/// <summary>Collects every problem of a run so that one build reports them all. Thread-safe,
/// because formats render pages in parallel.</summary>
public sealed class DiagnosticBag
{
    private readonly List<Diagnostic> _items = [];
    private readonly Lock _gate = new();

    public void Add(Diagnostic diagnostic)
    {
        lock (_gate) _items.Add(diagnostic);
    }

    public void Error(string code, SourceSpan at, string message) =>
        Add(new Diagnostic(Severity.Error, code, at.Path, at.Line, at.Column, message));

    public void Warning(string code, SourceSpan at, string message) =>
        Add(new Diagnostic(Severity.Warning, code, at.Path, at.Line, at.Column, message));

    public void AddRange(IEnumerable<Diagnostic> diagnostics)
    {
        lock (_gate) _items.AddRange(diagnostics);
    }

    public bool HasErrors
    {
        get { lock (_gate) return _items.Exists(d => d.Severity == Severity.Error); }
    }

    /// <summary>All diagnostics in a stable order (file, line, column, code), whatever order threads added them.</summary>
    public IReadOnlyList<Diagnostic> ToSortedList()
    {
        lock (_gate)
        {
            return _items
                .Distinct()
                .OrderBy(d => d.Path, StringComparer.Ordinal)
                .ThenBy(d => d.Line).ThenBy(d => d.Column)
                .ThenBy(d => d.Code, StringComparer.Ordinal)
                .ThenBy(d => d.Message, StringComparer.Ordinal)
                .ToList();
        }
    }
}
