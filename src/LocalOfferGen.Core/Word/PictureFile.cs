using System.Buffers.Binary;

namespace LocalOfferGen.Word;

/// <summary>A picture Word can embed: its bytes, its type and its size in pixels.</summary>
internal sealed record PictureFile(string SitePath, byte[] Bytes, PictureKind Kind, int Width, int Height)
{
    /// <summary>Reads the pixel size from the file's header; null when the file is not a PNG, JPEG or GIF
    /// Word can show.</summary>
    public static PictureFile? Read(string sitePath, byte[] bytes)
    {
        if (Png(bytes) is { } png) return new(sitePath, bytes, PictureKind.Png, png.Width, png.Height);
        if (Gif(bytes) is { } gif) return new(sitePath, bytes, PictureKind.Gif, gif.Width, gif.Height);
        if (Jpeg(bytes) is { } jpeg) return new(sitePath, bytes, PictureKind.Jpeg, jpeg.Width, jpeg.Height);
        return null;
    }

    private static (int Width, int Height)? Png(ReadOnlySpan<byte> b)
    {
        ReadOnlySpan<byte> signature = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];
        if (b.Length < 24 || !b[..8].SequenceEqual(signature)) return null;
        return Positive(BinaryPrimitives.ReadInt32BigEndian(b[16..]), BinaryPrimitives.ReadInt32BigEndian(b[20..]));
    }

    private static (int Width, int Height)? Gif(ReadOnlySpan<byte> b)
    {
        if (b.Length < 10 || b[0] != 'G' || b[1] != 'I' || b[2] != 'F') return null;
        return Positive(BinaryPrimitives.ReadUInt16LittleEndian(b[6..]), BinaryPrimitives.ReadUInt16LittleEndian(b[8..]));
    }

    /// <summary>Walks the JPEG markers to the first start-of-frame, which holds the size.</summary>
    private static (int Width, int Height)? Jpeg(ReadOnlySpan<byte> b)
    {
        if (b.Length < 4 || b[0] != 0xFF || b[1] != 0xD8) return null;
        var at = 2;
        while (at + 9 < b.Length)
        {
            if (b[at] != 0xFF) return null;
            var marker = b[at + 1];
            if (marker == 0xFF) { at++; continue; }
            var length = BinaryPrimitives.ReadUInt16BigEndian(b[(at + 2)..]);
            var isFrame = marker is >= 0xC0 and <= 0xCF and not 0xC4 and not 0xC8 and not 0xCC;
            if (isFrame)
                return Positive(BinaryPrimitives.ReadUInt16BigEndian(b[(at + 7)..]), BinaryPrimitives.ReadUInt16BigEndian(b[(at + 5)..]));
            at += 2 + length;
        }
        return null;
    }

    private static (int, int)? Positive(int width, int height) => width > 0 && height > 0 ? (width, height) : null;
}

internal enum PictureKind
{
    Png,
    Jpeg,
    Gif,
}
