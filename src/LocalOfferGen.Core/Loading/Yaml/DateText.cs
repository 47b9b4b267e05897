using System.Globalization;
using System.Text.RegularExpressions;

namespace LocalOfferGen.Loading.Yaml;

/// <summary>A date as editors and tools write it: <c>2026-09-08</c>, or a date and time as <c>hugo new</c> and YAML
/// timestamps write them (<c>2026-09-08T10:30:00</c>, <c>2026-09-08T10:30:00+01:00</c>, <c>2026-09-08 10:30Z</c>).
/// The date is the date as written (the day the editor meant, whatever the offset); <see cref="Moment"/> is the exact
/// time when one was given. A time without an offset is read as UTC, as Hugo reads it by default.</summary>
public readonly partial record struct DateText(DateOnly Date, DateTimeOffset? Moment)
{
    public static bool TryParse(string text, out DateText value)
    {
        value = default;
        var match = Pattern().Match(text.Trim());
        if (!match.Success || !DateOnly.TryParseExact(match.Groups["date"].Value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
            return false;
        if (!match.Groups["hour"].Success)
        {
            value = new DateText(date, null);
            return true;
        }
        var hour = Number(match, "hour");
        var minute = Number(match, "minute");
        var second = match.Groups["second"].Success ? Number(match, "second") : 0;
        if (hour > 23 || minute > 59 || second > 59) return false;
        var fraction = match.Groups["fraction"].Success ? double.Parse("0." + match.Groups["fraction"].Value, CultureInfo.InvariantCulture) : 0;
        if (!TryOffset(match.Groups["offset"].Value, out var offset)) return false;
        var clock = new DateTime(date, new TimeOnly(hour, minute, second)).AddTicks((long)Math.Round(fraction * TimeSpan.TicksPerSecond));
        value = new DateText(date, new DateTimeOffset(clock, offset));
        return true;
    }

    private static int Number(Match match, string group) => int.Parse(match.Groups[group].Value, CultureInfo.InvariantCulture);

    /// <summary><c>Z</c>, <c>+01:00</c>, <c>+0100</c>, <c>-5</c> (as YAML allows), or nothing (UTC).</summary>
    private static bool TryOffset(string text, out TimeSpan offset)
    {
        offset = TimeSpan.Zero;
        if (text.Length == 0 || text is "Z" or "z") return true;
        var sign = text[0] == '-' ? -1 : 1;
        var digits = text[1..].Replace(":", "");
        var hours = int.Parse(digits.Length <= 2 ? digits : digits[..^2], CultureInfo.InvariantCulture);
        var minutes = digits.Length <= 2 ? 0 : int.Parse(digits[^2..], CultureInfo.InvariantCulture);
        if (hours > 14 || minutes > 59 || (hours == 14 && minutes > 0)) return false; // DateTimeOffset allows ±14:00 at most
        offset = sign * new TimeSpan(hours, minutes, 0);
        return true;
    }

    [GeneratedRegex(@"^(?<date>\d{4}-\d{2}-\d{2})(?:[Tt ]+(?<hour>\d{1,2}):(?<minute>\d{2})(?::(?<second>\d{2})(?:\.(?<fraction>\d{1,7})\d*)?)?\s*(?<offset>[Zz]|[+-]\d{1,2}(?::?\d{2})?)?)?$")]
    private static partial Regex Pattern();
}
