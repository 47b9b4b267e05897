using LocalOfferGen.Diagnostics;
using LocalOfferGen.Model;
using LocalOfferGen.Fonts;
using LocalOfferGen.Journeys;
using LocalOfferGen.Output;
using LocalOfferGen.Pictures;
using LocalOfferGen.Theming;

namespace LocalOfferGen.Word;

/// <summary>The <c>word</c> format: a Word document for every published page and easy-read page, the
/// directory of services, every step-by-step journey's whole guide, and the whole Local Offer as one handbook; with <c>--large-print</c> (or
/// <c>large_print: true</c> in site.yml) large-print copies too. Documents are written in parallel; each
/// one's bytes depend only on the content.</summary>
public sealed class WordFormat : IOutputFormat
{
    public string Name => "word";

    /// <summary>The built-in family the documents name (docs/word.md), from the theme: for the words of SVG pictures'
    /// PNG copies and the metrics the handbook's contents estimate its pages with.</summary>
    private static FontFamilyFaces? DocumentFamily(Site site, BuildSettings settings) =>
        ThemeFonts.Load(new Theme(settings.ThemesDirectory, site.Settings.Theme), out _, out _)?
            .FirstOrDefault(f => f.Family == ThemeFonts.BuiltInFamilies[0]);

    public void Write(Site site, OutputFolder output, BuildSettings settings, DiagnosticBag diagnostics)
    {
        var family = DocumentFamily(site, settings);
        var pictures = new PictureCatalog(site.Pictures, family is null ? SvgFonts.None : SvgFonts.FromData(family.Files().Select(f => f.Data)));
        var screen = new WritingContext(site, pictures, PrintAddresses: false)
        {
            Metrics = (family is null ? null : FontMetrics.Read(family.Regular.Data), family?.Bold is { } bold ? FontMetrics.Read(bold.Data) : null),
        };
        var paper = screen with { PrintAddresses = true };
        var largePrint = settings.LargePrint || site.Settings.LargePrint;

        // The handbook, the longest to write, goes first so the other documents fill the remaining threads.
        var documents = new List<PlannedDocument>();
        Plan(WordDocuments.HandbookPath, null, type => HandbookDocument.Write(paper, type));
        Plan(WordDocuments.ServicesPath, null, type => ServicesDocument.Write(screen, type));
        foreach (var page in site.Pages)
            Plan(WordDocuments.PathFor(page), page.Source, type => PageDocument.Write(page, paper, type));
        foreach (var journey in site.Journeys)
            Plan(JourneyUrls.ForWord(journey.Slug).TrimStart('/'), journey.Source, type => JourneyDocument.Write(journey, paper, type));
        foreach (var page in site.EasyReadPages)
            documents.Add(new(WordDocuments.PathFor(page), page.Source, () => EasyReadDocument.Write(page, screen)));

        var unique = WithoutClashes(documents, diagnostics);
        Parallel.ForEach(unique, document => output.WriteBytes(document.Path, document.Write()));

        // Easy-read documents are already in large print (16 pt), so they have no second copy.
        void Plan(string path, SourceSpan? source, Func<Typography, ArraySegment<byte>> write)
        {
            documents.Add(new(path, source, () => write(Typography.Standard)));
            if (largePrint) documents.Add(new(WordDocuments.LargePrintPathFor(path), source, () => write(Typography.LargePrint)));
        }
    }

    /// <summary>Two documents with one file name (say a page at /local-offer/ and the handbook) would overwrite
    /// each other; the first keeps the name and the other is reported, case-insensitively as Windows sees files.</summary>
    private static List<PlannedDocument> WithoutClashes(List<PlannedDocument> documents, DiagnosticBag diagnostics)
    {
        var taken = new Dictionary<string, PlannedDocument>(StringComparer.OrdinalIgnoreCase);
        var kept = new List<PlannedDocument>();
        foreach (var document in documents.OrderBy(d => d.Source is null ? 0 : 1))
        {
            if (taken.TryGetValue(document.Path, out var first))
            {
                diagnostics.Error(DiagnosticCodes.WordDocumentNameClash, document.Source!.Value,
                    $"this page's Word document would be {document.Path}, which is already the name of {Describe(first)}; move or rename the page");
                continue;
            }
            taken[document.Path] = document;
            kept.Add(document);
        }
        return kept;
    }

    private static string Describe(PlannedDocument document) =>
        document.Source is { } source ? $"the document of {source.Path}" : "a document the generator writes";

    /// <param name="Source">The page the document is made from; null for the directory and the handbook.</param>
    private sealed record PlannedDocument(string Path, SourceSpan? Source, Func<ArraySegment<byte>> Write);
}
