namespace LocalOfferGen.Audit;

/// <summary>The ids of the built-in checks, as used in reports and the JSON schema.</summary>
public static class AuditCheckIds
{
    public const string Coverage = "coverage";
    public const string UpToDate = "up-to-date";
    public const string Links = "links";
    public const string Accessibility = "accessibility";
    public const string PlainEnglish = "plain-english";
    public const string Transparency = "transparency";
    public const string EasyRead = "easy-read";
}
