using System.Buffers.Binary;

namespace LocalOfferGen.Fonts;

/// <summary>The characters a font has glyphs for, read from its 'cmap' table (a Unicode subtable of format 4
/// for the Basic Multilingual Plane or format 12 for all planes), so a character it lacks can go to the next face.</summary>
public sealed class FontCmap
{
    private readonly (int First, int Last)[] _ranges;

    private FontCmap((int First, int Last)[] ranges) => _ranges = ranges;

    public bool Has(int codePoint)
    {
        int lo = 0, hi = _ranges.Length - 1;
        while (lo <= hi)
        {
            var mid = (lo + hi) / 2;
            if (codePoint < _ranges[mid].First) hi = mid - 1;
            else if (codePoint > _ranges[mid].Last) lo = mid + 1;
            else return true;
        }
        return false;
    }

    /// <summary>Null when the font has no Unicode cmap subtable this reader knows.</summary>
    public static FontCmap? Read(ReadOnlySpan<byte> font)
    {
        var cmap = TableOffset(font, "cmap");
        if (cmap < 0) return null;
        var table = font[cmap..];
        var ranges = new List<(int First, int Last)>();
        if (UnicodeSubtable(table, 12) is var format12 and >= 0) ReadFormat12(table[format12..], ranges);
        else if (UnicodeSubtable(table, 4) is var format4 and >= 0) ReadFormat4(table[format4..], ranges);
        else return null;
        ranges.Sort();
        return new FontCmap(Merge(ranges));
    }

    /// <summary>Where in the 'cmap' table the Unicode subtable of a format starts, or -1 when there is none.</summary>
    internal static int UnicodeSubtable(ReadOnlySpan<byte> table, int format)
    {
        var count = BinaryPrimitives.ReadUInt16BigEndian(table[2..]);
        for (var i = 0; i < count; i++)
        {
            var record = table.Slice(4 + i * 8, 8);
            var platform = BinaryPrimitives.ReadUInt16BigEndian(record);
            var encoding = BinaryPrimitives.ReadUInt16BigEndian(record[2..]);
            var offset = (int)BinaryPrimitives.ReadUInt32BigEndian(record[4..]);
            var unicode = platform == 0 || (platform == 3 && (encoding == 1 || encoding == 10));
            if (unicode && BinaryPrimitives.ReadUInt16BigEndian(table[offset..]) == format) return offset;
        }
        return -1;
    }

    internal static int TableOffset(ReadOnlySpan<byte> font, string tag)
    {
        var tables = BinaryPrimitives.ReadUInt16BigEndian(font[4..]);
        for (var i = 0; i < tables; i++)
        {
            var record = font.Slice(12 + i * 16, 16);
            if (record[0] == tag[0] && record[1] == tag[1] && record[2] == tag[2] && record[3] == tag[3])
                return (int)BinaryPrimitives.ReadUInt32BigEndian(record[8..]);
        }
        return -1;
    }

    private static void ReadFormat12(ReadOnlySpan<byte> sub, List<(int, int)> ranges)
    {
        var groups = (int)BinaryPrimitives.ReadUInt32BigEndian(sub[12..]);
        for (var i = 0; i < groups; i++)
        {
            var group = sub.Slice(16 + i * 12, 12);
            var first = (int)BinaryPrimitives.ReadUInt32BigEndian(group);
            var last = (int)BinaryPrimitives.ReadUInt32BigEndian(group[4..]);
            if (BinaryPrimitives.ReadUInt32BigEndian(group[8..]) == 0) first++; // a group starting at glyph 0 maps its first character to .notdef
            if (first <= last) ranges.Add((first, last));
        }
    }

    /// <summary>Format 4 as ranges of the characters it maps.</summary>
    private static void ReadFormat4(ReadOnlySpan<byte> sub, List<(int, int)> ranges)
    {
        int first = -1, last = -2;
        ForEachFormat4Glyph(sub, (c, _) =>
        {
            if (c == last + 1) { last = c; return; }
            if (first >= 0) ranges.Add((first, last));
            first = last = c;
        });
        if (first >= 0) ranges.Add((first, last));
    }

    /// <summary>Each character a format 4 subtable maps, with its glyph, in order; a character whose computed glyph
    /// is 0 (.notdef) is not in the font and is left out.</summary>
    internal static void ForEachFormat4Glyph(ReadOnlySpan<byte> sub, Action<int, int> visit)
    {
        var segments = BinaryPrimitives.ReadUInt16BigEndian(sub[6..]) / 2;
        var ends = 14;
        var starts = ends + segments * 2 + 2;
        var deltas = starts + segments * 2;
        var rangeOffsets = deltas + segments * 2;
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
                if (glyph != 0) visit(c, glyph);
            }
        }
    }

    private static (int, int)[] Merge(List<(int First, int Last)> sorted)
    {
        var merged = new List<(int First, int Last)>();
        foreach (var range in sorted)
        {
            if (merged.Count > 0 && range.First <= merged[^1].Last + 1)
                merged[^1] = (merged[^1].First, Math.Max(merged[^1].Last, range.Last));
            else merged.Add(range);
        }
        return merged.ToArray();
    }
}
