using System.Globalization;
using System.Text.RegularExpressions;

namespace LocalOfferGen.Files;

/// <summary>File sizes in the words GOV.UK uses beside attachments ("245 KB", "1.18 MB": kilobytes of 1,024
/// bytes, three significant figures), and sizes as a council writes them in site.yml ("20 MB").</summary>
public static partial class FileSize
{
    private const long Kilobyte = 1024;
    private static readonly string[] Units = ["KB", "MB", "GB", "TB"];

    public static string Describe(long bytes)
    {
        if (bytes < Kilobyte) return bytes == 1 ? "1 Byte" : $"{bytes} Bytes";
        var value = (double)bytes;
        var unit = -1;
        while (value >= Kilobyte && unit < Units.Length - 1)
        {
            value /= Kilobyte;
            unit++;
        }
        // Three significant figures, trailing zeros dropped: 245 KB, 24.5 KB, 2.45 KB, 2 MB.
        var decimals = value >= 100 ? 0 : value >= 10 ? 1 : 2;
        var rounded = Math.Round(value, decimals, MidpointRounding.AwayFromZero);
        return $"{rounded.ToString("0.##", CultureInfo.InvariantCulture)} {Units[unit]}";
    }

    /// <summary>Reads "20 MB", "500 KB", "1.5 GB" (any letter case, space optional) as bytes; null for anything
    /// else, zero and negative sizes included.</summary>
    public static long? Parse(string text)
    {
        var match = SizePattern().Match(text.Trim());
        if (!match.Success) return null;
        if (!double.TryParse(match.Groups[1].Value, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var number)) return null;
        var power = match.Groups[2].Value.ToUpperInvariant() switch { "KB" => 1, "MB" => 2, _ => 3 };
        var bytes = number * Math.Pow(Kilobyte, power);
        return bytes >= 1 && bytes < long.MaxValue ? (long)bytes : null;
    }

    [GeneratedRegex(@"^([0-9]+(?:\.[0-9]+)?)\s*(KB|MB|GB)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex SizePattern();
}
