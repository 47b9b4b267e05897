namespace LocalOfferGen.Audit;

/// <summary>One check of the audit. A check reads only the site model (and what the build wrote, from
/// the context) and reports findings; it never changes anything.</summary>
public interface IAuditCheck
{
    /// <summary>A short stable id used in reports and JSON, such as <c>links</c>.</summary>
    string Id { get; }

    /// <summary>The heading readers see, such as "Links".</summary>
    string Title { get; }

    /// <summary>True for a check that needs the files the build wrote (<see cref="AuditContext.BuiltFiles"/>):
    /// in a build it runs after the formats; without built output it is skipped and the report says so.</summary>
    bool NeedsBuiltOutput => false;

    void Run(AuditContext context, AuditFindings findings);
}
