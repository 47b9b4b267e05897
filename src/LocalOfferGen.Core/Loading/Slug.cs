using System.Globalization;
using System.Text;

namespace LocalOfferGen.Loading;

/// <summary>Predictable web-safe names: lower case ASCII letters, digits and single hyphens.
/// "Café & Play Group" → "cafe-play-group".</summary>
public static class Slug
{
    public static string From(string text)
    {
        var decomposed = text.Normalize(NormalizationForm.FormD);
        var slug = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark) continue;
            if (char.IsAsciiLetterOrDigit(c)) slug.Append(char.ToLowerInvariant(c));
            else if (slug.Length > 0 && slug[^1] != '-') slug.Append('-');
        }
        var result = slug.ToString().Trim('-');
        return result.Length == 0 ? "item" : result;
    }

    public static bool IsValid(string text) => text.Length > 0 && From(text) == text;
}
