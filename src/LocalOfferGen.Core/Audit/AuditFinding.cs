using LocalOfferGen.Diagnostics;

namespace LocalOfferGen.Audit;

/// <summary>One thing the audit found, pointing at a file, line and column (1-based; 0 when it is about a whole file).</summary>
/// <param name="Check">The id of the check that found it, such as <c>links</c>.</param>
/// <remarks>Path and message are escaped as they are made, like a <see cref="Diagnostic"/>'s (<see cref="LogText"/>).</remarks>
public sealed record AuditFinding(string Check, AuditSeverity Severity, string Code, string Path, int Line, int Column, string Message)
{
    public string Path { get; init; } = LogText.Escape(Path);
    public string Message { get; init; } = LogText.Escape(Message);

    public static AuditFinding From(string check, Diagnostic diagnostic) => new(check,
        diagnostic.Severity == Diagnostics.Severity.Error ? AuditSeverity.Error : AuditSeverity.Warning,
        diagnostic.Code, diagnostic.Path, diagnostic.Line, diagnostic.Column, diagnostic.Message);

    /// <summary>The word for the severity used in every report: error, warning or notice.</summary>
    public string SeverityName => Severity switch
    {
        AuditSeverity.Error => "error",
        AuditSeverity.Warning => "warning",
        _ => "notice",
    };

    /// <summary>The MSBuild form: <c>content/pages/x.md(12,5): warning LO3403: message</c>.</summary>
    public override string ToString()
    {
        var where = Line > 0 ? $"{Path}({Line},{Math.Max(Column, 1)})" : Path;
        return $"{where}: {SeverityName} {Code}: {Message}";
    }
}
