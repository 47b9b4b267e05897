using System.Text.RegularExpressions;
using LocalOfferGen.Model;

namespace LocalOfferGen.Theming;

/// <summary>Finds glossary terms in running text. Acronyms (all capitals, like SEND) match only in
/// capitals, so the verb "send" is left alone; other terms match in any case. One matcher per page:
/// it remembers which terms the page has already explained.</summary>
public sealed class GlossaryMatcher
{
    private readonly Regex? _pattern;
    private readonly Dictionary<string, GlossaryEntry> _byName = new(StringComparer.OrdinalIgnoreCase);
    private readonly HashSet<string> _used = new(StringComparer.Ordinal);
    private readonly List<GlossaryEntry> _usedInOrder = [];

    public GlossaryMatcher(IReadOnlyList<GlossaryEntry> glossary)
    {
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
        _pattern = new Regex($@"(?<![\w-])(?:{string.Join("|", alternatives)})(?![\w-])", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);
    }

    /// <summary>The first not-yet-explained term in <paramref name="text"/>, marking it explained.</summary>
    public (int Index, int Length, GlossaryEntry Entry)? NextNew(string text, int start = 0)
    {
        if (_pattern is null) return null;
        for (var match = _pattern.Match(text, start); match.Success; match = match.NextMatch())
        {
            var name = Regex.Replace(match.Value, @"\s+", " ");
            if (!_byName.TryGetValue(name, out var entry)) continue;
            if (!_used.Add(entry.Id)) continue;
            _usedInOrder.Add(entry);
            return (match.Index, match.Length, entry);
        }
        return null;
    }

    /// <summary>The terms found so far, in the order the page first used them.</summary>
    public IReadOnlyList<GlossaryEntry> Used => _usedInOrder;

    private static bool IsAcronym(string name) => name.Any(char.IsLetter) && name.Where(char.IsLetter).All(char.IsUpper);
}
