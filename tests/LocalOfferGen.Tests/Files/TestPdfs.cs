using PdfSharp.Pdf;
using PdfSharp.UniversalAccessibility;

namespace LocalOfferGen.Tests.Files;

/// <summary>Small PDFs made with PDFsharp in the test, so no binary needs committing: blank pages, tagged (through
/// PDFsharp's UAManager, as a real tagged PDF is made) or not, or claiming tags it does not have.</summary>
public static class TestPdfs
{
    public static byte[] Untagged(int pages) => Make(pages, _ => { });

    public static byte[] Tagged(int pages) => Make(pages, document =>
    {
        var ua = UAManager.ForDocument(document);
        ua.SetDocumentLanguage("en-GB");
    });

    /// <summary>A catalog saying <c>/MarkInfo &lt;&lt; /Marked true &gt;&gt;</c> with no structure tree: not tagged.</summary>
    public static byte[] MarkedWithoutStructure(int pages) => Make(pages, document =>
    {
        var markInfo = new PdfDictionary(document);
        markInfo.Elements["/Marked"] = new PdfBoolean(true);
        document.Internals.Catalog.Elements["/MarkInfo"] = markInfo;
    });

    private static byte[] Make(int pages, Action<PdfDocument> prepare)
    {
        using var document = new PdfDocument();
        prepare(document);
        for (var i = 0; i < pages; i++) document.AddPage();
        using var stream = new MemoryStream();
        document.Save(stream, closeStream: false);
        return stream.ToArray();
    }
}
