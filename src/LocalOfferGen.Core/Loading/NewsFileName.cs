using System.Globalization;
using System.Text.RegularExpressions;

namespace LocalOfferGen.Loading;

/// <summary>News files are named YYYY-MM-DD-slug.md.</summary>
internal static partial class NewsFileName
{
    public static bool TryParse(string fileName, out DateOnly date, out string slug)
    {
        date = default;
        slug = "";
        var match = Pattern().Match(fileName);
        if (!match.Success || !DateOnly.TryParseExact(match.Groups[1].Value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out date))
            return false;
        slug = match.Groups[2].Value;
        return true;
    }

    [GeneratedRegex(@"^(\d{4}-\d{2}-\d{2})-([a-z0-9][a-z0-9-]*)\.md$")]
    private static partial Regex Pattern();
}
