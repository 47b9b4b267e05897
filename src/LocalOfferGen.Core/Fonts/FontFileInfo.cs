using System.Buffers.Binary;
using System.Text;

namespace LocalOfferGen.Fonts;

/// <summary>One font file of a theme: its family name and style (from the 'name' and 'head' tables), the
/// characters it has glyphs for, and its bytes, which PDFsharp embeds.</summary>
public sealed record FontFileInfo(string File, string Family, bool Bold, bool Italic, FontCmap Cmap, byte[] Data)
{
    /// <summary>Names the face by its bytes, for PDFsharp's cache.</summary>
    public string Id { get; } = Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(Data), 0, 8);

    /// <summary>Null when the bytes are not a single TrueType/OpenType font (collections are skipped) or cannot be read.</summary>
    public static FontFileInfo? Parse(string file, byte[] data)
    {
        try
        {
            if (data.Length < 12) return null;
            var version = BinaryPrimitives.ReadUInt32BigEndian(data);
            if (version != 0x00010000 && version != 0x4F54544F /* OTTO */ && version != 0x74727565 /* true */) return null;
            var name = FontCmap.TableOffset(data, "name");
            var head = FontCmap.TableOffset(data, "head");
            if (name < 0 || head < 0) return null;
            var family = FamilyName(data.AsSpan(name));
            var cmap = FontCmap.Read(data);
            if (family is null || cmap is null) return null;
            var macStyle = BinaryPrimitives.ReadUInt16BigEndian(data.AsSpan(head + 44));
            return new FontFileInfo(file, family, (macStyle & 1) != 0, (macStyle & 2) != 0, cmap, data);
        }
        catch (Exception e) when (e is ArgumentOutOfRangeException or IndexOutOfRangeException)
        {
            return null;
        }
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
