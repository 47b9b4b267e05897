using System.Buffers.Binary;
using System.Text;

namespace LocalOfferGen.Print.Fonts;

/// <summary>The family name and style of a TrueType or OpenType font file, read from its 'name' and 'head' tables.</summary>
public sealed record FontFileInfo(string Path, string Family, bool Bold, bool Italic)
{
    /// <summary>Null when the file is not a single TrueType/OpenType font (collections are skipped) or cannot be read.</summary>
    public static FontFileInfo? Read(string path)
    {
        try
        {
            var data = File.ReadAllBytes(path);
            return Parse(path, data);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentOutOfRangeException or IndexOutOfRangeException)
        {
            return null;
        }
    }

    internal static FontFileInfo? Parse(string path, ReadOnlySpan<byte> data)
    {
        if (data.Length < 12) return null;
        var version = BinaryPrimitives.ReadUInt32BigEndian(data);
        if (version != 0x00010000 && version != 0x4F54544F /* OTTO */ && version != 0x74727565 /* true */) return null;
        var tables = BinaryPrimitives.ReadUInt16BigEndian(data[4..]);
        int name = -1, head = -1;
        for (var i = 0; i < tables; i++)
        {
            var record = data.Slice(12 + i * 16, 16);
            var tag = Encoding.ASCII.GetString(record[..4]);
            var offset = (int)BinaryPrimitives.ReadUInt32BigEndian(record[8..]);
            if (tag == "name") name = offset;
            else if (tag == "head") head = offset;
        }
        if (name < 0 || head < 0) return null;
        var family = FamilyName(data[name..]);
        if (family is null) return null;
        var macStyle = BinaryPrimitives.ReadUInt16BigEndian(data[(head + 44)..]);
        return new FontFileInfo(path, family, (macStyle & 1) != 0, (macStyle & 2) != 0);
    }

    /// <summary>Name ID 1, the family name that style-linked faces share, preferring the Windows English record.</summary>
    private static string? FamilyName(ReadOnlySpan<byte> table)
    {
        var count = BinaryPrimitives.ReadUInt16BigEndian(table[2..]);
        var strings = BinaryPrimitives.ReadUInt16BigEndian(table[4..]);
        string? mac = null;
        for (var i = 0; i < count; i++)
        {
            var record = table.Slice(6 + i * 12, 12);
            var platform = BinaryPrimitives.ReadUInt16BigEndian(record);
            var language = BinaryPrimitives.ReadUInt16BigEndian(record[4..]);
            var nameId = BinaryPrimitives.ReadUInt16BigEndian(record[6..]);
            var length = BinaryPrimitives.ReadUInt16BigEndian(record[8..]);
            var offset = BinaryPrimitives.ReadUInt16BigEndian(record[10..]);
            if (nameId != 1) continue;
            var bytes = table.Slice(strings + offset, length);
            if (platform == 3 && language == 0x409) return Encoding.BigEndianUnicode.GetString(bytes);
            if (platform == 1 && mac is null) mac = Encoding.Latin1.GetString(bytes);
        }
        return mac;
    }
}
