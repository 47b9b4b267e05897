namespace LocalOfferGen.Diagnostics;

/// <summary>One problem found in the content, pointing at a file, line and column (1-based).</summary>
public sealed record Diagnostic(Severity Severity, string Code, string Path, int Line, int Column, string Message)
{
    /// <summary>The MSBuild form that editors, IDEs and CI annotators all understand:
    /// <c>content/pages/x.md(12,5): error LO0102: message</c>.</summary>
    public override string ToString()
    {
        var where = Line > 0 ? $"{Path}({Line},{Math.Max(Column, 1)})" : Path;
        var severity = Severity == Severity.Error ? "error" : "warning";
        return $"{where}: {severity} {Code}: {Message}";
    }
}
