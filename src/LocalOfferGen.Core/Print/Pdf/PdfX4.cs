using System.IO.Compression;
using PdfSharp.Pdf;

namespace LocalOfferGen.Print.Pdf;

/// <summary>What makes a PDF a PDF/X-4 file (ISO 15930-7) besides its CMYK content: the output intent for the
/// FOGRA39 printing condition with the CMYK profile embedded, and the identification in the document information
/// (<c>/GTS_PDFXVersion</c>, <c>/Trapped</c>) and a TrimBox on every page; the XMP identification is written with the rest of the XMP
/// (<see cref="TaggedPdf"/>).</summary>
internal static class PdfX4
{
    public const string Version = "PDF/X-4";
    public const string OutputConditionIdentifier = "FOGRA39";
    public const string OutputCondition = "Offset printing, according to ISO 12647-2:2004/Amd 1, OFCOM, paper type 1 or 2 = coated art, 115 g/m2, tone value increase curves A (CMYK)";

    public static void Apply(PdfDocument document, byte[] profile)
    {
        var stream = new PdfDictionary(document);
        stream.Elements.SetInteger("/N", 4);
        stream.Elements.SetName("/Filter", "/FlateDecode");
        stream.CreateStream(Deflate(profile));
        document.Internals.AddObject(stream);

        var intent = new PdfDictionary(document);
        intent.Elements.SetName("/Type", "/OutputIntent");
        intent.Elements.SetName("/S", "/GTS_PDFX");
        intent.Elements.SetString("/OutputConditionIdentifier", OutputConditionIdentifier);
        intent.Elements.SetString("/OutputCondition", OutputCondition);
        intent.Elements.SetString("/RegistryName", "http://www.color.org");
        intent.Elements.SetString("/Info", "FOGRA39 (ISO Coated v2 condition); profile FOGRA39L-argyll.icc made with ArgyllCMS from FOGRA39L data");
        intent.Elements.SetReference("/DestOutputProfile", stream);
        var intents = new PdfArray(document);
        intents.Elements.Add(intent);
        document.Internals.Catalog.Elements["/OutputIntents"] = intents;

        // PDF/X wants every page to say its finished size: an A4 page for office printing is trimmed at its edges.
        foreach (var page in document.Pages)
            if (!page.Elements.ContainsKey("/TrimBox")) page.TrimBox = page.MediaBox;

        document.Info.Elements.SetString("/GTS_PDFXVersion", Version);
        document.Info.Elements.SetName("/Trapped", "/False");
    }

    /// <summary>zlib (FlateDecode) at a fixed level: the same profile gives the same bytes every build.</summary>
    private static byte[] Deflate(byte[] data)
    {
        using var buffer = new MemoryStream();
        using (var zlib = new ZLibStream(buffer, CompressionLevel.SmallestSize, leaveOpen: true)) zlib.Write(data);
        return buffer.ToArray();
    }
}
