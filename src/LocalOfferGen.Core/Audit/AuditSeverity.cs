namespace LocalOfferGen.Audit;

/// <summary>How much a finding matters. Errors fail the audit; warnings fail it only with --strict;
/// notices (something due soon, a folder that was not built) are for information and never fail it.</summary>
public enum AuditSeverity
{
    Notice,
    Warning,
    Error,
}
