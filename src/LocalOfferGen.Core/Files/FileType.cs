namespace LocalOfferGen.Files;

/// <summary>A kind of document that content/files/ may hold, as families are told about it.</summary>
/// <param name="Name">What the link says the file is, as GOV.UK says it: "PDF", "MS Word Document", "CSV".</param>
/// <param name="Expansion">When <paramref name="Name"/> is an abbreviation, what it stands for
/// ("Portable Document Format"); the web shows it as the abbreviation's title.</param>
/// <param name="MediaType">The media type a web server sends the file with.</param>
public sealed record FileType(string Name, string? Expansion, string MediaType)
{
    public bool IsPdf => MediaType == "application/pdf";
}
