using System.Buffers.Binary;

namespace LocalOfferGen.Tests.Print;

/// <summary>One page rendered by Ghostscript's tiffsep device into its printing plates, as a print shop's RIP would:
/// one 8-bit uncompressed TIFF per colorant, 255 where the plate has no ink and 0 where it has full ink.</summary>
internal sealed class Separations
{
    private readonly Dictionary<string, (int Width, int Height, byte[] Pixels)> _plates = [];

    public int Dpi { get; }
    public double PageHeight { get; }

    private Separations(int dpi, double pageHeight) => (Dpi, PageHeight) = (dpi, pageHeight);

    /// <summary>Renders page <paramref name="page"/> (1-based) of a PDF whose MediaBox is <paramref name="pageHeight"/> points tall.</summary>
    public static Separations Render(string pdf, int page, double pageHeight, int dpi = 150)
    {
        var folder = Directory.CreateTempSubdirectory("lo-sep-").FullName;
        try
        {
            var output = Path.Combine(folder, "page.tif");
            var run = PdfReading.Require(PdfReading.Run("gs", "-q", "-dNOPAUSE", "-dBATCH", "-dSAFER", "-sDEVICE=tiffsep", "-sCompression=none",
                $"-r{dpi}", $"-dFirstPage={page}", $"-dLastPage={page}", $"-sOutputFile={output}", pdf), "gs (Ghostscript)");
            Assert.True(run.Code == 0, run.Output);
            var separations = new Separations(dpi, pageHeight);
            foreach (var plate in (string[])["Cyan", "Magenta", "Yellow", "Black"])
                separations._plates[plate] = ReadTiff(File.ReadAllBytes(Path.Combine(folder, $"page({plate}).tif")));
            return separations;
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    /// <summary>The most ink (0 to 255) a plate has anywhere in a rectangle given in PDF points (origin bottom left).</summary>
    public int MostInk(string plate, double left, double bottom, double right, double top)
    {
        var (width, height, pixels) = _plates[plate];
        var scale = Dpi / 72.0;
        var (x0, x1) = ((int)Math.Floor(left * scale), (int)Math.Ceiling(right * scale));
        var (y0, y1) = ((int)Math.Floor((PageHeight - top) * scale), (int)Math.Ceiling((PageHeight - bottom) * scale));
        var most = 0;
        for (var y = Math.Max(0, y0); y < Math.Min(height, y1); y++)
            for (var x = Math.Max(0, x0); x < Math.Min(width, x1); x++)
                most = Math.Max(most, 255 - pixels[y * width + x]);
        return most;
    }

    /// <summary>A baseline little-endian TIFF of one 8-bit channel, uncompressed, in strips.</summary>
    private static (int, int, byte[]) ReadTiff(byte[] tiff)
    {
        Assert.True(tiff[0] == 'I' && tiff[1] == 'I', "tiffsep writes little-endian TIFF");
        var ifd = (int)BinaryPrimitives.ReadUInt32LittleEndian(tiff.AsSpan(4));
        var count = BinaryPrimitives.ReadUInt16LittleEndian(tiff.AsSpan(ifd));
        var tags = new Dictionary<int, int[]>();
        for (var i = 0; i < count; i++)
        {
            var entry = tiff.AsSpan(ifd + 2 + 12 * i, 12);
            var (tag, type, n) = (BinaryPrimitives.ReadUInt16LittleEndian(entry), BinaryPrimitives.ReadUInt16LittleEndian(entry[2..]), (int)BinaryPrimitives.ReadUInt32LittleEndian(entry[4..]));
            var size = type == 3 ? 2 : 4;
            var data = n * size <= 4 ? entry[8..] : tiff.AsSpan((int)BinaryPrimitives.ReadUInt32LittleEndian(entry[8..]));
            var values = new int[n];
            for (var j = 0; j < n; j++)
                values[j] = size == 2 ? BinaryPrimitives.ReadUInt16LittleEndian(data[(2 * j)..]) : (int)BinaryPrimitives.ReadUInt32LittleEndian(data[(4 * j)..]);
            tags[tag] = values;
        }
        Assert.Equal(1, tags[259][0]); // no compression
        Assert.Equal(8, tags[258][0]);
        var (width, height) = (tags[256][0], tags[257][0]);
        var pixels = new byte[width * height];
        var at = 0;
        foreach (var (offset, length) in tags[273].Zip(tags[279]))
        {
            var take = Math.Min(length, pixels.Length - at);
            tiff.AsSpan(offset, take).CopyTo(pixels.AsSpan(at));
            at += take;
        }
        Assert.Equal(pixels.Length, at);
        return (width, height, pixels);
    }
}
