using System.IO.Compression;
using LocalOfferGen.ColourManagement;
using PdfSharp.Pdf;
using PdfSharp.Pdf.Advanced;
using SkiaSharp;

namespace LocalOfferGen.Print.Colour;

/// <summary>Converts every sRGB raster image of a finished document to the output profile's CMYK, just before it is
/// saved: PDFsharp can only embed RGB (a JPEG as DCTDecode, anything else as Flate-compressed samples, a palette
/// picture as an Indexed colour space), so each image's samples are converted through the profile and stored
/// Flate-compressed as DeviceCMYK. A soft mask (transparency) stays as it is, in gray. Pixels with the same colour
/// are converted once.</summary>
internal static class ImageColours
{
    public static void ToCmyk(PdfDocument document, CmykOutputProfile profile)
    {
        foreach (var item in document.Internals.GetAllObjects())
        {
            if (item is not PdfDictionary { Stream: not null } image || image.Elements.GetName("/Subtype") != "/Image") continue;
            var space = image.Elements["/ColorSpace"];
            if (space is PdfReference reference) space = reference.Value;
            if (space is PdfName { Value: "/DeviceRGB" }) Samples(image, profile);
            else if (space is PdfArray { Elements.Count: 4 } indexed && indexed.Elements.GetName(0) == "/Indexed" && indexed.Elements.GetName(1) == "/DeviceRGB")
                Palette(document, image, indexed, profile);
            else if (space is not PdfName { Value: "/DeviceGray" or "/DeviceCMYK" })
                throw new InvalidOperationException($"an image in the colour space {space} cannot be converted to CMYK");
        }
    }

    private static void Samples(PdfDictionary image, CmykOutputProfile profile)
    {
        var width = image.Elements.GetInteger("/Width");
        var height = image.Elements.GetInteger("/Height");
        if (image.Elements.GetInteger("/BitsPerComponent") != 8) throw new InvalidOperationException("an RGB image without 8 bits per component");
        var filter = image.Elements.GetName("/Filter");
        byte[] rgb;
        if (filter == "/DCTDecode")
        {
            using var bitmap = SKBitmap.Decode(image.Stream!.Value) ?? throw new InvalidOperationException("a JPEG in the PDF cannot be decoded");
            using var rgba = bitmap.Copy(SKColorType.Rgba8888) ?? throw new InvalidOperationException("a JPEG cannot be read as RGB");
            var pixels = rgba.GetPixelSpan();
            rgb = new byte[width * height * 3];
            for (int i = 0, j = 0; j < rgb.Length; i += 4, j += 3) (rgb[j], rgb[j + 1], rgb[j + 2]) = (pixels[i], pixels[i + 1], pixels[i + 2]);
        }
        else if (filter is "/FlateDecode" or "" && !image.Elements.ContainsKey("/DecodeParms"))
            rgb = image.Stream!.UnfilteredValue;
        else throw new InvalidOperationException($"an RGB image with the filter {filter} cannot be converted to CMYK");
        if (rgb.Length < width * height * 3) throw new InvalidOperationException("an RGB image is shorter than its size");
        var cmyk = Convert(rgb, width * height, profile);
        image.Elements.SetName("/ColorSpace", "/DeviceCMYK");
        image.Elements.SetName("/Filter", "/FlateDecode");
        image.Elements.Remove("/DecodeParms");
        image.Elements.Remove("/Decode");
        image.Stream!.Value = Deflate(cmyk);
    }

    private static void Palette(PdfDocument document, PdfDictionary image, PdfArray indexed, CmykOutputProfile profile)
    {
        var high = indexed.Elements.GetInteger(2);
        var lookup = indexed.Elements[3] switch
        {
            PdfString text => PdfSharp.Pdf.Internal.PdfEncoders.RawEncoding.GetBytes(text.Value),
            PdfReference { Value: PdfDictionary { Stream: not null } stream } => stream.Stream!.UnfilteredValue,
            _ => throw new InvalidOperationException("an indexed image's palette cannot be read"),
        };
        var table = new PdfDictionary(document);
        table.CreateStream(Convert(lookup, high + 1, profile));
        document.Internals.AddObject(table);
        var cmykSpace = new PdfArray(document, new PdfName("/Indexed"), new PdfName("/DeviceCMYK"), new PdfInteger(high), table.Reference!);
        image.Elements["/ColorSpace"] = cmykSpace;
    }

    /// <summary><paramref name="count"/> RGB triplets as CMYK quadruplets (0 to 255).</summary>
    private static byte[] Convert(byte[] rgb, int count, CmykOutputProfile profile)
    {
        var cmyk = new byte[count * 4];
        var seen = new Dictionary<int, int>();
        for (var i = 0; i < count; i++)
        {
            var key = rgb[3 * i] << 16 | rgb[3 * i + 1] << 8 | rgb[3 * i + 2];
            if (!seen.TryGetValue(key, out var packed))
            {
                var (c, m, y, k) = profile.FromSrgb(rgb[3 * i] / 255.0, rgb[3 * i + 1] / 255.0, rgb[3 * i + 2] / 255.0);
                packed = Byte(c) << 24 | Byte(m) << 16 | Byte(y) << 8 | Byte(k);
                seen[key] = packed;
            }
            (cmyk[4 * i], cmyk[4 * i + 1], cmyk[4 * i + 2], cmyk[4 * i + 3]) = ((byte)(packed >> 24), (byte)(packed >> 16), (byte)(packed >> 8), (byte)packed);
        }
        return cmyk;
    }

    private static int Byte(double v) => (int)Math.Round(Math.Clamp(v, 0, 1) * 255);

    private static byte[] Deflate(byte[] data)
    {
        using var buffer = new MemoryStream();
        using (var zlib = new ZLibStream(buffer, CompressionLevel.SmallestSize, leaveOpen: true)) zlib.Write(data);
        return buffer.ToArray();
    }
}
