using System.Text.RegularExpressions;

namespace LocalOfferGen.EasyRead.Linting.Rules;

/// <summary>Spots opening HTML tags in raw HTML that Markdown passed through.</summary>
internal static partial class HtmlTags
{
    /// <summary>True when <paramref name="html"/> opens one of the named tags (any case, with or without attributes).</summary>
    public static bool Opens(string html, params string[] names) =>
        OpeningTag().Matches(html).Any(m => names.Contains(m.Groups["name"].Value, StringComparer.OrdinalIgnoreCase));

    [GeneratedRegex(@"<(?<name>[A-Za-z][A-Za-z0-9]*)(?=[\s/>])")]
    private static partial Regex OpeningTag();
}
