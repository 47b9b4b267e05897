using System.Globalization;

namespace LocalOfferGen.Theming;

/// <summary>Dates as families read them ("14 September 2026"), the same whatever the machine's culture.</summary>
public static class Dates
{
    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en-GB");

    public static string Long(DateOnly date) => date.ToString("d MMMM yyyy", English);
    public static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
