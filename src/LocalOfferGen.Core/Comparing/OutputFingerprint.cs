using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;

namespace LocalOfferGen.Comparing;

/// <summary>A hash of what an item's output files show, leaving out what changes with the rest of the site rather
/// than with the item: a web page's menus, footer and "Information correct at" date (only its title, description and
/// <c>&lt;main&gt;</c> count), and a PDF's metadata dates, which are the site's newest date. So one page edited
/// changes that page's fingerprint only, however its edit moves the site's dates.</summary>
internal static partial class OutputFingerprint
{
    public static string Of(string outputRoot, IReadOnlyList<string> files, DateOnly contentDate)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var file in files)
        {
            hash.AppendData(Encoding.UTF8.GetBytes(file + "\n"));
            var full = Path.Combine(outputRoot, file.Replace('/', Path.DirectorySeparatorChar));
            // A file the build did not write (a leaflet left out) counts as a file of its own kind, not as empty.
            if (!File.Exists(full)) { hash.AppendData("(missing)\n"u8); continue; }
            var bytes = File.ReadAllBytes(full);
            hash.AppendData(file.EndsWith(".pdf", StringComparison.Ordinal) ? Pdf(bytes, contentDate)
                : file.EndsWith(".html", StringComparison.Ordinal) ? Encoding.UTF8.GetBytes(Html(Encoding.UTF8.GetString(bytes)))
                : bytes);
        }
        return Convert.ToHexStringLower(hash.GetHashAndReset());
    }

    /// <summary>The page's title, description and main content; the whole page when a theme has no <c>&lt;main&gt;</c>.</summary>
    internal static string Html(string html)
    {
        var start = html.IndexOf("<main", StringComparison.Ordinal);
        var end = html.LastIndexOf("</main>", StringComparison.Ordinal);
        if (start < 0 || end < start) return html;
        var title = TitleElement().Match(html).Value;
        var description = DescriptionElement().Match(html).Value;
        return $"{title}\n{description}\n{html[start..end]}";
    }

    /// <summary>The PDF with the site's date taken out of its metadata: <c>/CreationDate (D:20261012…)</c> and the XMP
    /// dates. The PDFs are written uncompressed, so these are plain ASCII; a date drawn on a page is glyphs, and stays.</summary>
    internal static byte[] Pdf(byte[] pdf, DateOnly contentDate)
    {
        var text = Encoding.Latin1.GetString(pdf);
        text = text.Replace("D:" + contentDate.ToString("yyyyMMdd", CultureInfo.InvariantCulture), "D:00000000", StringComparison.Ordinal)
            .Replace(contentDate.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) + "T00:00:00Z", "0000-00-00T00:00:00Z", StringComparison.Ordinal);
        return Encoding.Latin1.GetBytes(text);
    }

    [GeneratedRegex("<title>.*?</title>", RegexOptions.Singleline | RegexOptions.CultureInvariant)]
    private static partial Regex TitleElement();

    [GeneratedRegex("<meta name=\"description\"[^>]*>", RegexOptions.CultureInvariant)]
    private static partial Regex DescriptionElement();
}
