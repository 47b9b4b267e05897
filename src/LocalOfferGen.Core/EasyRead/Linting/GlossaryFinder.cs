using System.Text.RegularExpressions;
using LocalOfferGen.Model;

namespace LocalOfferGen.EasyRead.Linting;

/// <summary>Finds where a text uses a glossary term or alias: whole words, any case, not joined to a
/// hyphen, as the page's "Words to know" finds them.</summary>
internal sealed class GlossaryFinder
{
    private readonly Regex? _pattern;

    public GlossaryFinder(IEnumerable<GlossaryEntry> glossary)
    {
        var names = glossary.SelectMany(g => g.Names)
            .Select(n => n.Trim())
            .Where(n => n.Length > 0)
            .Distinct(StringComparer.OrdinalIgnoreCase)
            .OrderByDescending(n => n.Length) // longest first: "EHC plan" before "EHC"
            .Select(n => Regex.Replace(Regex.Escape(n), @"(\\ )+", @"\s+"))
            .ToList();
        if (names.Count > 0)
            _pattern = new Regex($@"(?<![\w-])(?:{string.Join('|', names)})(?![\w-])", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);
    }

    /// <summary>The character ranges of <paramref name="text"/> that are glossary words.</summary>
    public IReadOnlyList<(int Start, int End)> Find(string text) =>
        _pattern is null ? [] : _pattern.Matches(text).Select(m => (m.Index, m.Index + m.Length)).ToList();
}
