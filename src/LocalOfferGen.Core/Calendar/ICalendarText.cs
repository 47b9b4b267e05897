using System.Globalization;
using System.Text;

namespace LocalOfferGen.Calendar;

/// <summary>Writes iCalendar content lines (RFC 5545 section 3.1): each ends in CRLF, and a line longer than
/// 75 octets is folded onto lines that start with a space, never inside a UTF-8 character.</summary>
internal sealed class ICalendarText
{
    private const int MaxOctets = 75;
    private readonly StringBuilder _text = new();

    /// <summary>A property whose value is written as it is (a date, a rule, an address).</summary>
    public void Raw(string name, string value) => Line($"{name}:{value}");

    /// <summary>A TEXT property: backslash, semicolon, comma and line breaks are escaped (section 3.3.11).</summary>
    public void Text(string name, string value) => Line($"{name}:{Escape(value)}");

    public void Begin(string component) => Line("BEGIN:" + component);

    public void End(string component) => Line("END:" + component);

    public byte[] ToBytes() => new UTF8Encoding(false).GetBytes(_text.ToString());

    public override string ToString() => _text.ToString();

    public static string Escape(string value)
    {
        var escaped = new StringBuilder(value.Length + 8);
        foreach (var c in value.ReplaceLineEndings("\n"))
        {
            switch (c)
            {
                case '\\': escaped.Append(@"\\"); break;
                case ';': escaped.Append(@"\;"); break;
                case ',': escaped.Append(@"\,"); break;
                case '\n': escaped.Append(@"\n"); break;
                default:
                    // Other control characters are not allowed in a TEXT value (section 3.3.11); a tab becomes a space.
                    if (!char.IsControl(c)) escaped.Append(c);
                    else if (c == '\t') escaped.Append(' ');
                    break;
            }
        }
        return escaped.ToString();
    }

    /// <summary>UTC as iCalendar writes it: 20261024T090000Z.</summary>
    public static string Utc(DateTimeOffset moment) => moment.UtcDateTime.ToString("yyyyMMdd'T'HHmmss'Z'", CultureInfo.InvariantCulture);

    /// <summary>A wall-clock time, for a property with TZID: 20261024T100000.</summary>
    public static string Local(DateTime local) => local.ToString("yyyyMMdd'T'HHmmss", CultureInfo.InvariantCulture);

    private void Line(string line)
    {
        var octets = 0;
        var limit = MaxOctets;
        foreach (var rune in line.EnumerateRunes())
        {
            var size = rune.Utf8SequenceLength;
            if (octets + size > limit)
            {
                _text.Append("\r\n ");
                octets = 1; // the space that starts a continuation line counts
            }
            _text.Append(rune.ToString());
            octets += size;
        }
        _text.Append("\r\n");
    }
}
