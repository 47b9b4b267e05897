namespace LocalOfferGen.Diagnostics;

/// <summary>Collects every problem of a run so that one build reports them all. Thread-safe,
/// because formats render pages in parallel.</summary>
public sealed class DiagnosticBag
{
    private readonly List<Diagnostic> _items = [];
    private readonly Lock _gate = new();
    private readonly DiagnosticBag? _alsoTo;

    public DiagnosticBag() { }

    /// <summary>A bag that keeps its own diagnostics and also adds each to <paramref name="alsoTo"/>: one file's
    /// diagnostics within a whole load.</summary>
    public DiagnosticBag(DiagnosticBag alsoTo) => _alsoTo = alsoTo;

    public void Add(Diagnostic diagnostic)
    {
        lock (_gate) _items.Add(diagnostic);
        _alsoTo?.Add(diagnostic);
    }

    public void Error(string code, SourceSpan at, string message) =>
        Add(new Diagnostic(Severity.Error, code, at.Path, at.Line, at.Column, message));

    public void Warning(string code, SourceSpan at, string message) =>
        Add(new Diagnostic(Severity.Warning, code, at.Path, at.Line, at.Column, message));

    public void AddRange(IEnumerable<Diagnostic> diagnostics)
    {
        var list = diagnostics.ToList();
        lock (_gate) _items.AddRange(list);
        _alsoTo?.AddRange(list);
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
