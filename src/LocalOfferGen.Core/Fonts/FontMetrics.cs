using System.Buffers.Binary;

namespace LocalOfferGen.Fonts;

/// <summary>How wide a font sets text and how tall its lines are, read from the font file itself ('head', 'hhea',
/// 'hmtx', 'OS/2' and the Unicode 'cmap' subtable of format 4), for estimating where a word processor breaks lines
/// and pages without a layout program. Characters the font lacks take the width of its .notdef glyph.</summary>
public sealed class FontMetrics
{
    private readonly ushort[] _advances;
    private readonly Dictionary<int, int> _glyphs;
    private readonly int _unitsPerEm;

    private FontMetrics(ushort[] advances, Dictionary<int, int> glyphs, int unitsPerEm, double singleLine)
    {
        _advances = advances;
        _glyphs = glyphs;
        _unitsPerEm = unitsPerEm;
        SingleLine = singleLine / unitsPerEm;
    }

    /// <summary>A single-spaced line, in ems: the OS/2 typographic ascender, descender and line gap when the font asks
    /// for them to be used (USE_TYPO_METRICS, as Atkinson Hyperlegible Next does), otherwise winAscent plus winDescent.</summary>
    public double SingleLine { get; }

    public double Width(string text, double size)
    {
        double units = 0;
        foreach (var rune in text.EnumerateRunes())
        {
            var glyph = _glyphs.GetValueOrDefault(rune.Value == '\u00A0' ? ' ' : rune.Value);
            units += _advances[Math.Min(glyph, _advances.Length - 1)];
        }
        return units * size / _unitsPerEm;
    }

    /// <summary>Null when the font lacks a table this reader needs.</summary>
    public static FontMetrics? Read(ReadOnlySpan<byte> font)
    {
        int head = FontCmap.TableOffset(font, "head"), hhea = FontCmap.TableOffset(font, "hhea"), hmtx = FontCmap.TableOffset(font, "hmtx");
        int maxp = FontCmap.TableOffset(font, "maxp"), os2 = FontCmap.TableOffset(font, "OS/2"), cmap = FontCmap.TableOffset(font, "cmap");
        if (head < 0 || hhea < 0 || hmtx < 0 || maxp < 0 || os2 < 0 || cmap < 0) return null;
        var unitsPerEm = BinaryPrimitives.ReadUInt16BigEndian(font[(head + 18)..]);
        var metrics = BinaryPrimitives.ReadUInt16BigEndian(font[(hhea + 34)..]);
        var glyphCount = BinaryPrimitives.ReadUInt16BigEndian(font[(maxp + 4)..]);
        var advances = new ushort[Math.Max(glyphCount, metrics)];
        for (var g = 0; g < advances.Length; g++)
            advances[g] = g < metrics ? BinaryPrimitives.ReadUInt16BigEndian(font[(hmtx + g * 4)..]) : advances[metrics - 1];
        var useTypo = (BinaryPrimitives.ReadUInt16BigEndian(font[(os2 + 62)..]) & 0x80) != 0;
        double singleLine = useTypo
            ? BinaryPrimitives.ReadInt16BigEndian(font[(os2 + 68)..]) - BinaryPrimitives.ReadInt16BigEndian(font[(os2 + 70)..]) + BinaryPrimitives.ReadInt16BigEndian(font[(os2 + 72)..])
            : BinaryPrimitives.ReadUInt16BigEndian(font[(os2 + 74)..]) + BinaryPrimitives.ReadUInt16BigEndian(font[(os2 + 76)..]);
        var glyphs = Format4Glyphs(font[cmap..]);
        return glyphs is null ? null : new FontMetrics(advances, glyphs, unitsPerEm, singleLine);
    }

    /// <summary>Character to glyph for the Basic Multilingual Plane, from the Unicode subtable of format 4.</summary>
    private static Dictionary<int, int>? Format4Glyphs(ReadOnlySpan<byte> table)
    {
        var offset = FontCmap.UnicodeSubtable(table, 4);
        if (offset < 0) return null;
        var glyphs = new Dictionary<int, int>();
        FontCmap.ForEachFormat4Glyph(table[offset..], (c, glyph) => glyphs[c] = glyph);
        return glyphs;
    }
}
