using System.Text.RegularExpressions;
using LocalOfferGen.Model;

namespace LocalOfferGen.Audit.Text;

/// <summary>Finds glossary terms and abbreviations that a page uses without explaining them. A word counts
/// as explained when the page links to the glossary, writes the meaning in brackets beside it
/// ("special educational needs co-ordinator (SENCO)" or "SENCO (special ...)"), or, for an abbreviation
/// in the glossary, also writes out its full form.</summary>
public static partial class Jargon
{
    /// <summary>Abbreviations every reader knows.</summary>
    private static readonly HashSet<string> Known = new(StringComparer.Ordinal)
    {
        "UK", "NHS", "GP", "OK", "TV", "BBC", "PDF", "ID", "CV", "GOV", "AM", "PM", "EU", "USA", "FAQ", "QR", "ADHD", "SMS", "DVD",
        "USB", "PE", "MP", "IT",
    };

    /// <summary>What a page's text explains: abbreviations written beside a meaning in brackets, and glossary links.</summary>
    public sealed record Explanations(IReadOnlySet<string> Abbreviations, bool LinksToGlossary, IReadOnlySet<string> GlossaryAnchors);

    public static Explanations Explained(string text, IEnumerable<string> linkUrls)
    {
        var abbreviations = new HashSet<string>(StringComparer.Ordinal);
        foreach (Match m in InBrackets().Matches(text)) abbreviations.Add(Singular(m.Groups["abbr"].Value));
        foreach (Match m in BeforeBrackets().Matches(text)) abbreviations.Add(Singular(m.Groups["abbr"].Value));
        var anchors = new HashSet<string>(StringComparer.Ordinal);
        var linksToGlossary = false;
        foreach (var url in linkUrls.Where(u => u.StartsWith(SiteUrls.Glossary, StringComparison.Ordinal)))
        {
            var hash = url.IndexOf('#');
            if (hash < 0) linksToGlossary = true;
            else anchors.Add(url[(hash + 1)..]);
        }
        return new Explanations(abbreviations, linksToGlossary, anchors);
    }

    /// <summary>The name a page uses for a glossary entry without explaining it, or null.</summary>
    public static string? UnexplainedTerm(GlossaryEntry entry, string text, Explanations explained)
    {
        if (explained.LinksToGlossary || explained.GlossaryAnchors.Contains(entry.Id)) return null;
        var used = entry.Names.Where(n => Uses(text, n)).ToList();
        if (used.Count == 0) return null;
        foreach (var name in used)
        {
            var abbreviation = Abbreviation(name);
            if (abbreviation is not null && explained.Abbreviations.Contains(abbreviation)) return null;
            if (Pattern("explained", name).IsMatch(text)) return null;
        }
        // An abbreviation is explained when the page also writes the entry's name out in full.
        if (used.Any(IsWrittenOut) && used.Any(n => Abbreviation(n) is not null)) return null;
        return used[0];
    }

    /// <summary>Abbreviations the page uses (in order of first use) that it neither explains nor finds in <paramref name="skip"/>.</summary>
    public static IReadOnlyList<string> UnexplainedAbbreviations(string text, Explanations explained, IReadOnlySet<string> skip)
    {
        var seen = new List<string>();
        // Words in a passage written in capitals are not abbreviations (the accessibility check reports the passage).
        text = CapitalRun().Replace(text, " ");
        foreach (Match m in Capitals().Matches(text))
        {
            var word = Singular(m.Value);
            if (word.Length < 2 || Known.Contains(word) || RomanNumeral().IsMatch(word) || skip.Contains(word)
                || explained.Abbreviations.Contains(word) || seen.Contains(word))
                continue;
            seen.Add(word);
        }
        return seen;
    }

    /// <summary>True when the text uses the name as a word: abbreviations match exactly, other words in any case.</summary>
    public static bool Uses(string text, string name) =>
        Pattern("uses", name).IsMatch(text);

    /// <summary>The patterns made from glossary names, made once per name and thread. Every page is tested against
    /// every name: Regex's own cache (15 patterns) is far smaller than a glossary, and one Regex shared by pages
    /// checked in parallel makes a new matcher whenever two threads use it at once.</summary>
    private static Regex Pattern(string kind, string name)
    {
        _patterns ??= new Dictionary<(string, string), Regex>();
        if (_patterns.TryGetValue((kind, name), out var pattern)) return pattern;
        var escaped = Regex.Escape(name);
        pattern = kind == "uses"
            ? new Regex($@"(?<![\w-]){escaped}s?(?![\w-])", Abbreviation(name) is null ? RegexOptions.IgnoreCase : RegexOptions.None)
            : new Regex($@"\({escaped}\)|\b{escaped} \([a-z]", RegexOptions.IgnoreCase);
        _patterns.Add((kind, name), pattern);
        return pattern;
    }

    [ThreadStatic] private static Dictionary<(string Kind, string Name), Regex>? _patterns;

    /// <summary>A name in ordinary words, such as "special educational needs coordinator" (not "SENCO" or "SENCo").</summary>
    private static bool IsWrittenOut(string name) => name.Contains(' ') && Abbreviation(name) is null;

    /// <summary>The first word of a name when it is an abbreviation (EHC in "EHC plan"), else null.</summary>
    public static string? Abbreviation(string name)
    {
        var first = name.Split(' ', 2)[0];
        return first.Length >= 2 && first.Count(char.IsUpper) >= 2 && first.All(c => char.IsUpper(c) || c is 's') ? Singular(first) : null;
    }

    private static string Singular(string word) => word.Length > 2 && word[^1] == 's' ? word[..^1] : word;

    [GeneratedRegex(@"\((?<abbr>[A-Z][A-Z]+s?)\)")]
    private static partial Regex InBrackets();

    [GeneratedRegex(@"\b(?<abbr>[A-Z][A-Z]+s?) \((?=[a-z])")]
    private static partial Regex BeforeBrackets();

    [GeneratedRegex(@"(?<![\w.])[A-Z][A-Z]+s?(?![\w])")]
    private static partial Regex Capitals();

    [GeneratedRegex(@"\b[A-Z][A-Z'’]+(?:[ ,!-]+[A-Z][A-Z'’]+\b){2,}")]
    private static partial Regex CapitalRun();

    [GeneratedRegex(@"^[IVXLC]+$")]
    private static partial Regex RomanNumeral();
}
