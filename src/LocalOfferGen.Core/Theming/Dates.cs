using System.Globalization;

namespace LocalOfferGen.Theming;

/// <summary>Dates as families read them ("14 September 2026"), the same whatever the machine's culture.</summary>
public static class Dates
{
    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en-GB");

    public static string Long(DateOnly date) => date.ToString("d MMMM yyyy", English);
    public static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>A moment in RFC 3339 form, with the offset it was written with: <c>2026-09-08T10:30:00+01:00</c>.</summary>
    public static string Iso(DateTimeOffset moment) => moment.ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture);

    /// <summary>A time of day as GOV.UK writes it: "10:30am", "9am", "midday", "midnight".</summary>
    public static string Clock(TimeOnly time)
    {
        if (time.Hour == 12 && time.Minute == 0) return "midday";
        if (time.Hour == 0 && time.Minute == 0) return "midnight";
        var hour = time.Hour % 12 == 0 ? 12 : time.Hour % 12;
        var minutes = time.Minute == 0 ? "" : ":" + time.Minute.ToString("00", CultureInfo.InvariantCulture);
        return $"{hour.ToString(CultureInfo.InvariantCulture)}{minutes}{(time.Hour < 12 ? "am" : "pm")}";
    }
}
