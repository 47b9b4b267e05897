using System.Buffers.Binary;

namespace LocalOfferGen.ColourManagement;

/// <summary>A CMYK output ICC profile (device class 'prtr', colour space 'CMYK', PCS CIELAB, version 2 lut16 tables,
/// as ArgyllCMS writes) and the one colour-management step the print format needs: sRGB to the profile's CMYK,
/// through CIELAB (D50) and the profile's B2A table for the given rendering intent. Thread-safe once made.</summary>
public sealed class CmykOutputProfile
{
    private readonly IccLut16 _toCmyk;

    private CmykOutputProfile(byte[] bytes, IccLut16 toCmyk)
    {
        Bytes = bytes;
        _toCmyk = toCmyk;
    }

    /// <summary>The profile file as read, to embed as a PDF's output intent.</summary>
    public byte[] Bytes { get; }

    /// <summary>Reads the profile; throws <see cref="InvalidDataException"/> for anything but a CMYK output profile with a Lab PCS and lut16 B2A tables.</summary>
    public static CmykOutputProfile Read(byte[] icc, RenderingIntent intent = RenderingIntent.Perceptual)
    {
        var span = icc.AsSpan();
        if (span.Length < 132 || !span[36..40].SequenceEqual("acsp"u8)) throw new InvalidDataException("not an ICC profile");
        if (!span[12..16].SequenceEqual("prtr"u8) || !span[16..20].SequenceEqual("CMYK"u8) || !span[20..24].SequenceEqual("Lab "u8))
            throw new InvalidDataException("not a CMYK output profile with a CIELAB connection space");
        var wanted = intent == RenderingIntent.Perceptual ? "B2A0"u8 : "B2A1"u8;
        var count = BinaryPrimitives.ReadUInt32BigEndian(span[128..]);
        for (var i = 0; i < count; i++)
        {
            var entry = span.Slice(132 + 12 * i, 12);
            if (!entry[..4].SequenceEqual(wanted)) continue;
            var offset = (int)BinaryPrimitives.ReadUInt32BigEndian(entry[4..]);
            var size = (int)BinaryPrimitives.ReadUInt32BigEndian(entry[8..]);
            if (offset < 0 || size < 0 || offset + size > span.Length) throw new InvalidDataException("an ICC tag lies outside the file");
            var lut = IccLut16.Read(span.Slice(offset, size));
            if (lut.Inputs != 3 || lut.Outputs != 4) throw new InvalidDataException("the B2A table does not map Lab to CMYK");
            return new CmykOutputProfile(icc, lut);
        }
        throw new InvalidDataException("the profile has no lut16 B2A table for the rendering intent");
    }

    /// <summary>sRGB (each 0 to 1) as CMYK (each 0 to 1).</summary>
    public (double C, double M, double Y, double K) FromSrgb(double r, double g, double b)
    {
        var (l, a, bb) = SrgbToLab(r, g, b);
        // Version 2 16-bit Lab encoding: L 0..100 as 0..0xFF00, a and b -128..127.996 as 0..0xFFFF.
        Span<double> lab = [l * 652.80 / 65535, (a + 128) * 256 / 65535, (bb + 128) * 256 / 65535];
        Span<double> cmyk = stackalloc double[4];
        _toCmyk.Evaluate(lab, cmyk);
        return (cmyk[0], cmyk[1], cmyk[2], cmyk[3]);
    }

    /// <summary>sRGB to CIELAB relative to the ICC connection space's D50 white (the sRGB matrix adapted to D50 by Bradford).</summary>
    public static (double L, double A, double B) SrgbToLab(double r, double g, double b)
    {
        static double Linear(double c) => c <= 0.04045 ? c / 12.92 : Math.Pow((c + 0.055) / 1.055, 2.4);
        var (lr, lg, lb) = (Linear(Math.Clamp(r, 0, 1)), Linear(Math.Clamp(g, 0, 1)), Linear(Math.Clamp(b, 0, 1)));
        var x = 0.4360747 * lr + 0.3850649 * lg + 0.1430804 * lb;
        var y = 0.2225045 * lr + 0.7168786 * lg + 0.0606169 * lb;
        var z = 0.0139322 * lr + 0.0971045 * lg + 0.7141733 * lb;
        static double F(double t) => t > 216.0 / 24389 ? Math.Cbrt(t) : (24389.0 / 27 * t + 16) / 116;
        var (fx, fy, fz) = (F(x / 0.9642), F(y), F(z / 0.8249));
        return (116 * fy - 16, 500 * (fx - fy), 200 * (fy - fz));
    }
}

public enum RenderingIntent { Perceptual, RelativeColorimetric }
