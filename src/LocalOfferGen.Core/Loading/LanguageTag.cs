using System.Text.RegularExpressions;

namespace LocalOfferGen.Loading;

/// <summary>Whether a language tag is well formed by the grammar of RFC 5646 (BCP 47): <c>en-GB</c>, <c>cy</c>,
/// <c>zh-Hant-HK</c>, <c>x-private</c>, or one of the grandfathered tags. It checks the form, not the registry
/// (a well-formed tag for a language no one has registered passes): the tag goes into every page's
/// <c>lang</c>, the PDFs and the Word documents, so it must never hold characters a tag cannot have.</summary>
public static partial class LanguageTag
{
    public static bool IsWellFormed(string tag) =>
        tag.Length is > 0 and <= 256 && System.Text.Ascii.IsValid(tag) && (LangTag().IsMatch(tag) || PrivateUse().IsMatch(tag) || Grandfathered.Contains(tag));

    // langtag = language ["-" script] ["-" region] *("-" variant) *("-" extension) ["-" privateuse]
    [GeneratedRegex(
        @"\A(?:[a-z]{2,3}(?:-[a-z]{3}){0,3}|[a-z]{4}|[a-z]{5,8})" + // language, with up to three extlang
        @"(?:-[a-z]{4})?" + // script
        @"(?:-(?:[a-z]{2}|[0-9]{3}))?" + // region
        @"(?:-(?:[a-z0-9]{5,8}|[0-9][a-z0-9]{3}))*" + // variants
        @"(?:-[0-9a-wyz](?:-[a-z0-9]{2,8})+)*" + // extensions
        @"(?:-x(?:-[a-z0-9]{1,8})+)?\z", // private use
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.NonBacktracking)]
    private static partial Regex LangTag();

    [GeneratedRegex(@"\Ax(?:-[a-z0-9]{1,8})+\z", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.NonBacktracking)]
    private static partial Regex PrivateUse();

    private static readonly HashSet<string> Grandfathered = new(StringComparer.OrdinalIgnoreCase)
    {
        "en-GB-oed", "i-ami", "i-bnn", "i-default", "i-enochian", "i-hak", "i-klingon", "i-lux", "i-mingo", "i-navajo",
        "i-pwn", "i-tao", "i-tay", "i-tsu", "sgn-BE-FR", "sgn-BE-NL", "sgn-CH-DE", "art-lojban", "cel-gaulish", "no-bok",
        "no-nyn", "zh-guoyu", "zh-hakka", "zh-min", "zh-min-nan", "zh-xiang",
    };
}
