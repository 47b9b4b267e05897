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

    /// <summary>Character to glyph for the Basic Multilingual Plane, from the Windows Unicode subtable of format 4.</summary>
    private static Dictionary<int, int>? Format4Glyphs(ReadOnlySpan<byte> table)
    {
        var count = BinaryPrimitives.ReadUInt16BigEndian(table[2..]);
        for (var i = 0; i < count; i++)
        {
            var record = table.Slice(4 + i * 8, 8);
            var platform = BinaryPrimitives.ReadUInt16BigEndian(record);
            var encoding = BinaryPrimitives.ReadUInt16BigEndian(record[2..]);
            var offset = (int)BinaryPrimitives.ReadUInt32BigEndian(record[4..]);
            if (!(platform == 0 || (platform == 3 && encoding == 1)) || BinaryPrimitives.ReadUInt16BigEndian(table[offset..]) != 4) continue;
            var sub = table[offset..];
            var segments = BinaryPrimitives.ReadUInt16BigEndian(sub[6..]) / 2;
            int ends = 14, starts = ends + segments * 2 + 2, deltas = starts + segments * 2, rangeOffsets = deltas + segments * 2;
            var glyphs = new Dictionary<int, int>();
            for (var s = 0; s < segments; s++)
            {
                var end = BinaryPrimitives.ReadUInt16BigEndian(sub[(ends + s * 2)..]);
                var start = BinaryPrimitives.ReadUInt16BigEndian(sub[(starts + s * 2)..]);
                var delta = BinaryPrimitives.ReadInt16BigEndian(sub[(deltas + s * 2)..]);
                var rangeOffset = BinaryPrimitives.ReadUInt16BigEndian(sub[(rangeOffsets + s * 2)..]);
                if (start == 0xFFFF) continue;
                for (var c = start; c <= end; c++)
                {
                    int glyph;
                    if (rangeOffset == 0) glyph = (c + delta) & 0xFFFF;
                    else
                    {
                        var at = rangeOffsets + s * 2 + rangeOffset + (c - start) * 2;
                        glyph = at + 2 <= sub.Length ? BinaryPrimitives.ReadUInt16BigEndian(sub[at..]) : 0;
                        if (glyph != 0) glyph = (glyph + delta) & 0xFFFF;
                    }
                    if (glyph != 0) glyphs[c] = glyph;
                }
            }
            return glyphs;
        }
        return null;
    }
}
