namespace LocalOfferGen.Diagnostics;

public enum Severity
{
    Warning,
    Error,
}
