namespace LocalOfferGen.Tests.Pictures;

/// <summary>Writes an animated GIF by hand (SkiaSharp decodes GIF but cannot write one). The LZW stream sends a clear
/// code before the code table would grow, so every code stays 9 bits: large, but valid and simple.</summary>
internal static class GifWriter
{
    /// <param name="palette">Up to 256 RGB colours.</param>
    /// <param name="frames">Each frame's palette indexes, row by row.</param>
    public static byte[] Write(int width, int height, (byte R, byte G, byte B)[] palette, params byte[][] frames)
    {
        using var file = new MemoryStream();
        var writer = new BinaryWriter(file);
        writer.Write("GIF89a"u8);
        writer.Write((ushort)width);
        writer.Write((ushort)height);
        writer.Write((byte)0xF7); // global colour table of 256 entries
        writer.Write((byte)0);
        writer.Write((byte)0);
        for (var i = 0; i < 256; i++)
        {
            var (r, g, b) = i < palette.Length ? palette[i] : ((byte)0, (byte)0, (byte)0);
            writer.Write(r); writer.Write(g); writer.Write(b);
        }
        // Netscape loop extension: an animation, of which only the first frame is a picture for print and Word.
        writer.Write([0x21, 0xFF, 0x0B]); writer.Write("NETSCAPE2.0"u8); writer.Write([0x03, 0x01, 0x00, 0x00, 0x00]);
        foreach (var frame in frames)
        {
            writer.Write([0x21, 0xF9, 0x04, 0x00, 0x32, 0x00, 0x00, 0x00]); // half a second a frame
            writer.Write((byte)0x2C);
            writer.Write((ushort)0); writer.Write((ushort)0);
            writer.Write((ushort)width); writer.Write((ushort)height);
            writer.Write((byte)0);
            writer.Write((byte)8); // minimum code size
            var data = Lzw(frame);
            for (var at = 0; at < data.Length; at += 255)
            {
                var length = Math.Min(255, data.Length - at);
                writer.Write((byte)length);
                writer.Write(data, at, length);
            }
            writer.Write((byte)0);
        }
        writer.Write((byte)0x3B);
        writer.Flush();
        return file.ToArray();
    }

    private static byte[] Lzw(byte[] indexes)
    {
        const int clear = 256, end = 257;
        var output = new List<byte>();
        int buffer = 0, bits = 0;
        void Emit(int code)
        {
            buffer |= code << bits;
            bits += 9;
            while (bits >= 8) { output.Add((byte)buffer); buffer >>= 8; bits -= 8; }
        }
        for (var i = 0; i < indexes.Length; i++)
        {
            // Each literal code would add a table entry; clearing every 254 codes keeps the table below 512.
            if (i % 254 == 0) Emit(clear);
            Emit(indexes[i]);
        }
        Emit(end);
        if (bits > 0) output.Add((byte)buffer);
        return output.ToArray();
    }
}
