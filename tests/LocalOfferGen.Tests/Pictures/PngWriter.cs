using System.Buffers.Binary;
using System.IO.Compression;
using System.Text;

namespace LocalOfferGen.Tests.Pictures;

/// <summary>Writes PNG files of any colour type and bit depth, interlaced (Adam7) or not, by hand: SkiaSharp writes
/// only the few variants it decodes into, and the picture corpus needs the ones editors' tools write (48-bit RGB,
/// 16-bit greyscale, 1-bit, 2-bit palette, interlaced).</summary>
internal static class PngWriter
{
    public const int Grey = 0, Rgb = 2, Palette = 3, GreyAlpha = 4, Rgba = 6;

    /// <param name="sample">The samples of the pixel at (x, y): one per channel of the colour type (a palette
    /// index for <see cref="Palette"/>), each in 0 .. 2^bitDepth - 1.</param>
    public static byte[] Write(int width, int height, int colourType, int bitDepth, Func<int, int, int[]> sample,
        byte[]? palette = null, bool interlaced = false)
    {
        using var file = new MemoryStream();
        file.Write([0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A]);
        var header = new byte[13];
        BinaryPrimitives.WriteInt32BigEndian(header, width);
        BinaryPrimitives.WriteInt32BigEndian(header.AsSpan(4), height);
        header[8] = (byte)bitDepth;
        header[9] = (byte)colourType;
        header[12] = (byte)(interlaced ? 1 : 0);
        Chunk(file, "IHDR", header);
        if (palette is not null) Chunk(file, "PLTE", palette);
        Chunk(file, "IDAT", Compress(RawData(width, height, colourType, bitDepth, sample, interlaced)));
        Chunk(file, "IEND", []);
        return file.ToArray();
    }

    private static byte[] RawData(int width, int height, int colourType, int bitDepth, Func<int, int, int[]> sample, bool interlaced)
    {
        using var raw = new MemoryStream();
        // Adam7: seven passes over sub-grids (start x, start y, step x, step y); without interlacing, one pass.
        (int X, int Y, int Dx, int Dy)[] passes = interlaced
            ? [(0, 0, 8, 8), (4, 0, 8, 8), (0, 4, 4, 8), (2, 0, 4, 4), (0, 2, 2, 4), (1, 0, 2, 2), (0, 1, 1, 2)]
            : [(0, 0, 1, 1)];
        foreach (var (px, py, dx, dy) in passes)
        {
            for (var y = py; y < height; y += dy)
            {
                var bits = new List<int>();
                for (var x = px; x < width; x += dx) bits.AddRange(sample(x, y));
                if (bits.Count == 0) continue;
                raw.WriteByte(0); // filter: none
                raw.Write(Pack(bits, bitDepth));
            }
        }
        return raw.ToArray();
    }

    private static byte[] Pack(List<int> samples, int bitDepth)
    {
        if (bitDepth == 16) return samples.SelectMany(s => new[] { (byte)(s >> 8), (byte)s }).ToArray();
        if (bitDepth == 8) return samples.Select(s => (byte)s).ToArray();
        var bytes = new byte[(samples.Count * bitDepth + 7) / 8];
        for (var i = 0; i < samples.Count; i++)
        {
            var bit = i * bitDepth;
            bytes[bit / 8] |= (byte)(samples[i] << (8 - bitDepth - bit % 8));
        }
        return bytes;
    }

    private static byte[] Compress(byte[] data)
    {
        using var output = new MemoryStream();
        using (var zlib = new ZLibStream(output, CompressionLevel.Optimal, leaveOpen: true)) zlib.Write(data);
        return output.ToArray();
    }

    private static uint Crc32(byte[] data)
    {
        var crc = 0xFFFFFFFFu;
        foreach (var b in data)
        {
            crc ^= b;
            for (var k = 0; k < 8; k++) crc = (crc & 1) != 0 ? 0xEDB88320u ^ (crc >> 1) : crc >> 1;
        }
        return ~crc;
    }

    private static void Chunk(Stream file, string type, byte[] data)
    {
        Span<byte> length = stackalloc byte[4];
        BinaryPrimitives.WriteInt32BigEndian(length, data.Length);
        file.Write(length);
        var typeAndData = Encoding.ASCII.GetBytes(type).Concat(data).ToArray();
        file.Write(typeAndData);
        Span<byte> crc = stackalloc byte[4];
        BinaryPrimitives.WriteUInt32BigEndian(crc, Crc32(typeAndData));
        file.Write(crc);
    }
}
