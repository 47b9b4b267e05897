using System.Globalization;

namespace LocalOfferGen.Cli;

internal static class Dates
{
    /// <summary>Parses an optional --today value; null means the real date in the UK (Europe/London), whatever
    /// the machine's own time zone, so a build just after midnight agrees with its readers on which events are past.</summary>
    public static bool TryParse(string? text, out DateOnly date)
    {
        date = LocalOfferGen.Events.LondonTime.Today;
        if (text is null) return true;
        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out date)) return true;
        Console.Error.WriteLine($"error: --today must be a date like 2026-09-14, not \"{text}\"");
        return false;
    }
}
