using System.IO.Compression;

namespace LocalOfferGen.Word;

/// <summary>Makes a saved .docx byte-identical for identical content. The packaging library stamps every
/// zip entry with the time of writing; this rewrites the zip with one fixed time (the content date) and
/// the entries in a fixed order, so a rebuild of unchanged content changes no bytes.</summary>
internal static class StablePackage
{
    public static byte[] Rewrite(byte[] package, DateOnly contentDate)
    {
        var stamp = new DateTimeOffset(contentDate.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
        using var input = new ZipArchive(new MemoryStream(package), ZipArchiveMode.Read);
        using var result = new MemoryStream();
        using (var output = new ZipArchive(result, ZipArchiveMode.Create, leaveOpen: true))
        {
            // [Content_Types].xml first, as Word itself writes it; then every part by name.
            var entries = input.Entries
                .OrderBy(e => e.FullName == "[Content_Types].xml" ? 0 : 1)
                .ThenBy(e => e.FullName, StringComparer.Ordinal);
            foreach (var entry in entries)
            {
                var copy = output.CreateEntry(entry.FullName, CompressionLevel.Optimal);
                copy.LastWriteTime = stamp;
                using var from = entry.Open();
                using var to = copy.Open();
                from.CopyTo(to);
            }
        }
        return result.ToArray();
    }
}
