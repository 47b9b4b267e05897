using System.Diagnostics.CodeAnalysis;
using System.Runtime.CompilerServices;
using System.Text.RegularExpressions;
using LocalOfferGen.Model;

namespace LocalOfferGen.Theming;

/// <summary>Finds glossary terms in running text. Acronyms (all capitals, like SEND) match only in
/// capitals, so the verb "send" is left alone; other terms match in any case. One matcher per page:
/// it remembers which terms the page has already explained.</summary>
public sealed class GlossaryMatcher
{
    /// <summary>The pattern and the name lookup depend only on the glossary, so they are built once per glossary
    /// and shared by every page's matcher: building the regex for each page took a fifth of a 4,000-page build.
    /// Keyed by the list itself (the site model's glossary is one immutable list).</summary>
    private static readonly ConditionalWeakTable<IReadOnlyList<GlossaryEntry>, Terms> Shared = new();

    private readonly Terms _terms;
    private readonly HashSet<string> _used = new(StringComparer.Ordinal);
    private readonly List<GlossaryEntry> _usedInOrder = [];

    public GlossaryMatcher(IReadOnlyList<GlossaryEntry> glossary) => _terms = Shared.GetValue(glossary, g => new Terms(g));

    /// <summary>The first not-yet-explained term in <paramref name="text"/>, marking it explained.</summary>
    public (int Index, int Length, GlossaryEntry Entry)? NextNew(string text, int start = 0)
    {
        if (_terms.Pattern is null) return null;
        // EnumerateMatches allocates no Match objects: this runs for every piece of text on every page.
        foreach (var match in _terms.Pattern.EnumerateMatches(text, start))
        {
            if (!_terms.TryFind(text.AsSpan(match.Index, match.Length), out var entry)) continue;
            if (!_used.Add(entry.Id)) continue;
            _usedInOrder.Add(entry);
            return (match.Index, match.Length, entry);
        }
        return null;
    }

    /// <summary>The terms found so far, in the order the page first used them.</summary>
    public IReadOnlyList<GlossaryEntry> Used => _usedInOrder;

    /// <summary>A glossary's pattern and names, read-only once built, so every thread may share them.</summary>
    private sealed class Terms
    {
        private readonly Dictionary<string, GlossaryEntry> _byName = new(StringComparer.OrdinalIgnoreCase);
        private readonly Dictionary<string, GlossaryEntry>.AlternateLookup<ReadOnlySpan<char>> _bySpan;

        public Terms(IReadOnlyList<GlossaryEntry> glossary)
        {
            _bySpan = _byName.GetAlternateLookup<ReadOnlySpan<char>>();
            var alternatives = new List<string>();
            foreach (var entry in glossary)
            {
                foreach (var name in entry.Names.OrderByDescending(n => n.Length))
                {
                    _byName.TryAdd(name, entry);
                    var escaped = Regex.Escape(name).Replace(@"\ ", @"\s+");
                    alternatives.Add(IsAcronym(name) ? $"(?-i:{escaped})" : escaped);
                }
            }
            if (alternatives.Count == 0) return;
            alternatives.Sort((a, b) => b.Length.CompareTo(a.Length)); // longest first: "EHC plan" before "EHC"
            // Compiled: it is built once per build and then runs over every piece of text of every page.
            Pattern = new Regex($@"(?<![\w-])(?:{string.Join("|", alternatives)})(?![\w-])", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Compiled);
        }

        public Regex? Pattern { get; }

        /// <summary>The entry a matched name belongs to; a name broken over spaces or lines counts as one space.</summary>
        public bool TryFind(ReadOnlySpan<char> matched, [MaybeNullWhen(false)] out GlossaryEntry entry)
        {
            if (IsNormal(matched)) return _bySpan.TryGetValue(matched, out entry);
            return _byName.TryGetValue(Regex.Replace(matched.ToString(), @"\s+", " "), out entry);
        }

        /// <summary>True when the words are separated by single plain spaces, so no copy needs to be made.</summary>
        private static bool IsNormal(ReadOnlySpan<char> text)
        {
            for (var i = 0; i < text.Length; i++)
                if (char.IsWhiteSpace(text[i]) && (text[i] != ' ' || (i > 0 && char.IsWhiteSpace(text[i - 1])))) return false;
            return true;
        }
    }

    private static bool IsAcronym(string name) => name.Any(char.IsLetter) && name.Where(char.IsLetter).All(char.IsUpper);
}
