using LocalOfferGen.Diagnostics;

namespace LocalOfferGen.Model;

/// <summary>A print leaflet definition from leaflets/*.yml.</summary>
public sealed record Leaflet(
    string Id,
    string SourcePath,
    string Title,
    LeafletSize Size,
    double BleedMm,
    bool CropMarks,
    string QrPath,
    IReadOnlyList<LeafletSection> Sections,
    SourceSpan Source);

public enum LeafletSize
{
    A5,
    DL,
}

/// <summary>A section is either a heading with Markdown text, or a page shown by its title, summary and address.</summary>
public sealed record LeafletSection(string? Heading, MarkdownText? Text, Page? Page, SourceSpan Source);
