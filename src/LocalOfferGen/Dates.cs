using System.Globalization;

namespace LocalOfferGen.Cli;

internal static class Dates
{
    /// <summary>Parses an optional --today value; null means the real date.</summary>
    public static bool TryParse(string? text, out DateOnly date)
    {
        date = DateOnly.FromDateTime(DateTime.Now);
        if (text is null) return true;
        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out date)) return true;
        Console.Error.WriteLine($"error: --today must be a date like 2026-09-14, not \"{text}\"");
        return false;
    }
}
