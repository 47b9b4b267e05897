using System.Text.RegularExpressions;

namespace LocalOfferGen.Wording;

/// <summary>UK phone numbers and postcodes are read, copied and dialled as one thing: a line break inside
/// "01234 / 567890" or "EX1 / 2AB" makes a parent copy half of it. Each format shows the spaces inside them as
/// no-break spaces, so no line ever breaks there; the data itself (tel: links, Open Referral) keeps plain spaces.</summary>
public static partial class KeepTogether
{
    public const char NoBreakSpace = '\u00A0';

    /// <summary>A run of digits, spaces and brackets that starts like a UK number (0…, +44…) and ends on a digit;
    /// <see cref="IsPhoneNumber"/> then checks its digits.</summary>
    [GeneratedRegex(@"(?<![\w+])(?:\+44 ?(?:\(0\) ?)?|\(?0)\d[\d ()]{6,14}\d(?![\w])", RegexOptions.CultureInvariant)]
    private static partial Regex PhoneCandidate();

    /// <summary>A postcode as Royal Mail writes it: outward code, one space, inward code (BS1 4DJ, SW1A 2AA, GIR 0AA).</summary>
    [GeneratedRegex(@"\b(?:GIR 0AA|[A-Z]{1,2}\d[A-Z\d]? \d[ABD-HJLNP-UW-Z]{2})\b", RegexOptions.CultureInvariant)]
    private static partial Regex Postcode();

    /// <summary>The text with every space inside a UK phone number or postcode made a no-break space.</summary>
    public static string PhoneNumbersAndPostcodes(string text)
    {
        if (text.IndexOf(' ') < 0) return text;
        var result = PhoneCandidate().Replace(text, m => IsPhoneNumber(m.Value) ? NoBreak(m.Value) : m.Value);
        return Postcode().Replace(result, m => NoBreak(m.Value));
    }

    /// <summary>10 or 11 digits from 0 (01234 567890, 0800 123 4567), or 44 and 10 digits after an optional (0).</summary>
    private static bool IsPhoneNumber(string candidate)
    {
        if (candidate.Count(c => c == '(') != candidate.Count(c => c == ')')) return false;
        var digits = new string(candidate.Where(char.IsAsciiDigit).ToArray());
        if (candidate.StartsWith('+')) return digits.Length is 12 or 13;
        return digits.Length is 10 or 11;
    }

    private static string NoBreak(string value) => value.Replace(' ', NoBreakSpace);
}
