using System.Text.RegularExpressions;
using LocalOfferGen.Model;

namespace LocalOfferGen.EasyRead.Linting;

/// <summary>Finds where a text uses a glossary term or alias (any case, whole words, plural "s" allowed),
/// so a rule knows which words the page's "Words to know" explains.</summary>
public sealed class GlossaryMatcher
{
    private readonly Regex? _pattern;

    public GlossaryMatcher(IEnumerable<GlossaryEntry> glossary)
    {
        var names = glossary.SelectMany(g => g.Names)
            .Select(n => n.Trim())
            .Where(n => n.Length > 0)
            .Distinct(StringComparer.OrdinalIgnoreCase)
            .OrderByDescending(n => n.Length)
            .Select(n => Regex.Replace(Regex.Escape(n), @"(\\ )+|\s+", @"\s+"))
            .ToList();
        if (names.Count > 0)
            _pattern = new Regex($@"(?<![\p{{L}}\p{{N}}])(?:{string.Join('|', names)})(?:['’]?s)?(?![\p{{L}}\p{{N}}])",
                RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);
    }

    /// <summary>The character ranges of <paramref name="text"/> that are glossary words.</summary>
    public IReadOnlyList<Range> Find(string text) =>
        _pattern is null ? [] : _pattern.Matches(text).Select(m => new Range(m.Index, m.Index + m.Length)).ToList();
}
