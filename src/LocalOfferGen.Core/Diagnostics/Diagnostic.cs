namespace LocalOfferGen.Diagnostics;

/// <summary>One problem found in the content, pointing at a file, line and column (1-based). Its path and
/// message are escaped as they are made (<see cref="LogText"/>), so wherever one is printed (the build's output,
/// the audit's GitHub workflow commands, a report) it is one line that content cannot break out of.</summary>
public sealed record Diagnostic(Severity Severity, string Code, string Path, int Line, int Column, string Message)
{
    public string Path { get; init; } = LogText.Escape(Path);
    public string Message { get; init; } = LogText.Escape(Message);

    /// <summary>The MSBuild form that editors, IDEs and CI annotators all understand:
    /// <c>content/pages/x.md(12,5): error LO0102: message</c>.</summary>
    public override string ToString()
    {
        var where = Line > 0 ? $"{Path}({Line},{Math.Max(Column, 1)})" : Path;
        var severity = Severity == Severity.Error ? "error" : "warning";
        return $"{where}: {severity} {Code}: {Message}";
    }
}
