using System.Runtime.CompilerServices;
using System.Text.RegularExpressions;
using LocalOfferGen.Model;

namespace LocalOfferGen.EasyRead.Linting;

/// <summary>Finds where a text uses a glossary term or alias: whole words, any case, not joined to a
/// hyphen, as the page's "Words to know" finds them.</summary>
internal sealed class GlossaryFinder
{
    /// <summary>One finder per glossary (the site model's glossary is one immutable list), shared by every page:
    /// building the pattern for each page was most of the linter's work on a large site. A finder only reads.</summary>
    private static readonly ConditionalWeakTable<IReadOnlyList<GlossaryEntry>, GlossaryFinder> Shared = new();

    private readonly Regex? _pattern;

    public static GlossaryFinder For(IReadOnlyList<GlossaryEntry> glossary) => Shared.GetValue(glossary, g => new GlossaryFinder(g));

    private GlossaryFinder(IEnumerable<GlossaryEntry> glossary)
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
