using System.Globalization;

namespace LocalOfferGen.Output;

public static class FileSizes
{
    /// <summary>A file's size as a download link shows it: "24 KB", "1.2 MB" (KB rounded up, never "0 KB").</summary>
    public static string Text(long bytes) =>
        bytes < 1024 * 1024
            ? $"{Math.Max(1, (bytes + 1023) / 1024)} KB"
            : string.Create(CultureInfo.InvariantCulture, $"{bytes / (1024.0 * 1024.0):0.0} MB");
}
