using LocalOfferGen.ColourManagement;
using PdfSharp.Pdf;
using PdfSharp.Pdf.IO;

namespace LocalOfferGen.Print.Colour;

/// <summary>Turns the one-page PDF an SVG is drawn into (by Skia, in sRGB) into the same drawing in the output
/// profile's CMYK, before it is placed in a leaflet: every colour of its content converted through the profile,
/// its transparency group made CMYK. A drawing with anything whose colour cannot be converted this way (an embedded
/// image, a gradient, a soft mask) gives null, and the picture is printed from pixels instead, which are converted too.</summary>
internal static class SvgFormColours
{
    public static byte[]? ToCmyk(byte[] pdf, CmykOutputProfile profile)
    {
        using var document = PdfReader.Open(new MemoryStream(pdf, writable: false), PdfDocumentOpenMode.Modify);
        if (document.PageCount != 1) return null;
        var page = document.Pages[0];
        var resources = page.Elements.GetDictionary("/Resources");
        if (resources is null) return null;
        foreach (var key in resources.Elements.Keys)
            if (key is not ("/ExtGState" or "/ProcSet" or "/Font")) return null;
        if (resources.Elements.GetDictionary("/ExtGState") is { } states)
            foreach (var key in states.Elements.Keys)
                if (states.Elements.GetDictionary(key) is not { } state || state.Elements.ContainsKey("/SMask") && state.Elements.GetName("/SMask") != "/None")
                    return null;
        foreach (var item in page.Contents)
        {
            if (item.Stream is not { } stream) return null;
            if (ContentColours.ToCmyk(stream.UnfilteredValue, profile) is not { } cmyk) return null;
            item.Elements.Remove("/Filter");
            item.Elements.Remove("/DecodeParms");
            stream.Value = cmyk;
        }
        if (page.Elements.GetDictionary("/Group") is { } group) group.Elements.SetName("/CS", "/DeviceCMYK");
        using var output = new MemoryStream();
        document.Save(output, closeStream: false);
        return output.ToArray();
    }
}
