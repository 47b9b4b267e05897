using System.Globalization;

namespace LocalOfferGen.Wording;

/// <summary>A number with its noun, singular for exactly one ("1 service", "0 services", "12 services"), for every
/// count that people read: web pages, reports, the console. One place, so no message says "1 services".</summary>
public static class Counts
{
    /// <summary>"1 page", "2 pages"; <paramref name="many"/> for a plural that is not the noun plus "s".</summary>
    public static string Of(int count, string one, string? many = null) =>
        count == 1 ? $"1 {one}" : $"{count.ToString(CultureInfo.InvariantCulture)} {many ?? one + "s"}";
}
