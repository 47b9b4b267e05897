namespace LocalOfferGen.Files;

/// <summary>The closed list of document types content/files/ may publish, by file extension. Anything else in the
/// folder is reported and never published: a list of what is allowed, not of what is refused, so that a new kind
/// of file (a script, a web page, an archive) is kept out until someone decides it is safe and useful to families.
/// The names are the ones GOV.UK shows beside its attachments.</summary>
public static class FileTypes
{
    private static readonly FileType Pdf = new("PDF", "Portable Document Format", "application/pdf");
    private static readonly FileType Word = new("MS Word Document", null, "application/vnd.openxmlformats-officedocument.wordprocessingml.document");
    private static readonly FileType Excel = new("MS Excel Spreadsheet", null, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private static readonly Dictionary<string, FileType> ByExtension = new(StringComparer.OrdinalIgnoreCase)
    {
        [".pdf"] = Pdf,
        [".docx"] = Word,
        [".doc"] = Word with { MediaType = "application/msword" },
        [".xlsx"] = Excel,
        [".xls"] = Excel with { MediaType = "application/vnd.ms-excel" },
        [".odt"] = new("OpenDocument Text", null, "application/vnd.oasis.opendocument.text"),
        [".ods"] = new("OpenDocument Spreadsheet", null, "application/vnd.oasis.opendocument.spreadsheet"),
        [".odp"] = new("OpenDocument Presentation", null, "application/vnd.oasis.opendocument.presentation"),
        [".pptx"] = new("MS PowerPoint Presentation", null, "application/vnd.openxmlformats-officedocument.presentationml.presentation"),
        [".csv"] = new("CSV", "Comma-separated values", "text/csv"),
        [".txt"] = new("Plain text", null, "text/plain"),
        [".rtf"] = new("RTF", "Rich Text Format", "application/rtf"),
    };

    /// <summary>The extensions allowed, in the order docs list them.</summary>
    public static IReadOnlyList<string> Extensions { get; } = [.. ByExtension.Keys];

    /// <summary>The type of a file name such as <c>policy.PDF</c>, or null when it is not on the list.</summary>
    public static FileType? For(string fileName) => ByExtension.GetValueOrDefault(Path.GetExtension(fileName));
}
