using PdfSharp.Pdf;
using PdfSharp.Pdf.Advanced;
using PdfSharp.Pdf.IO;

namespace LocalOfferGen.Files;

/// <summary>What families and the audit need to know of a PDF, read with PDFsharp's parser (never by searching the
/// bytes, which finds words inside compressed streams and misses them inside object streams).</summary>
/// <param name="Pages">How many pages it has.</param>
/// <param name="Tagged">Whether it is a tagged PDF: its catalog has <c>/MarkInfo &lt;&lt; /Marked true &gt;&gt;</c>
/// and a <c>/StructTreeRoot</c>, the structure (headings, paragraphs, reading order) that screen readers,
/// reflow on phones and text-to-speech depend on.</param>
public sealed record PdfFacts(int Pages, bool Tagged)
{
    /// <summary>Reads the PDF at <paramref name="path"/>, or says in plain words why it cannot be read.</summary>
    /// <summary>How long PDFsharp may take over one file. Its parser loops for ever on some damaged files (a
    /// cross-reference table with a run of '&lt;' in it, found by AFL++), and it cannot be cancelled, so it runs on a
    /// thread of its own; past the limit the file is reported as unreadable and the thread is left to end with the
    /// process (a build is a short process).</summary>
    public static readonly TimeSpan TimeLimit = TimeSpan.FromSeconds(10);

    public static (PdfFacts? Facts, string? Problem) Read(string path)
    {
        (PdfFacts?, string?) answer = (null, null);
        var reader = new Thread(() => answer = ReadNow(path)) { IsBackground = true, Name = "PdfFacts " + Path.GetFileName(path) };
        reader.Start();
        return reader.Join(TimeLimit)
            ? answer
            : (null, $"it could not be read within {TimeLimit.TotalSeconds:0} seconds: its structure is damaged (save or export it again)");
    }

    private static (PdfFacts? Facts, string? Problem) ReadNow(string path)
    {
        try
        {
            using var document = PdfReader.Open(path, PdfDocumentOpenMode.Import);
            return (new PdfFacts(document.PageCount, IsTagged(document.Internals.Catalog)), null);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // PDFsharp reports a damaged, truncated or password-protected file through many exception types (its
            // own, and whatever its parser meets in bad bytes); for the editor all of them mean the same thing:
            // families may not be able to open it either.
            return (null, e.Message.Trim().TrimEnd('.'));
        }
    }

    private static bool IsTagged(PdfDictionary catalog) =>
        Resolve(catalog.Elements["/MarkInfo"]) is PdfDictionary markInfo
        && Resolve(markInfo.Elements["/Marked"]) is PdfBoolean { Value: true }
        && Resolve(catalog.Elements["/StructTreeRoot"]) is PdfDictionary;

    private static PdfItem? Resolve(PdfItem? item) => item is PdfReference reference ? reference.Value : item;
}
