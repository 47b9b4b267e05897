using System.Globalization;
using System.Text.RegularExpressions;
using LocalOfferGen.Diagnostics;

namespace LocalOfferGen.Loading.Yaml;

/// <summary>Reads typed values out of one YAML mapping, reporting every wrong, missing, duplicate,
/// mis-cased or unknown key as it goes. A read that fails returns null and the caller carries on,
/// so one run reports every problem in the file.</summary>
public sealed partial class YamlFields
{
    private readonly Dictionary<string, KeyValuePair<YamlScalar, YamlNode>> _entries = new(StringComparer.Ordinal);
    private readonly DiagnosticBag _diagnostics;

    public YamlFields(YamlMapping mapping, DiagnosticBag diagnostics, IReadOnlyCollection<string> knownKeys)
    {
        Mapping = mapping;
        _diagnostics = diagnostics;
        foreach (var entry in mapping.Entries)
        {
            var key = entry.Key.Value;
            if (!knownKeys.Contains(key))
            {
                var sameLetters = knownKeys.FirstOrDefault(k => string.Equals(k, key, StringComparison.OrdinalIgnoreCase));
                if (sameLetters is not null)
                {
                    diagnostics.Error(DiagnosticCodes.KeyCase, entry.Key.Span,
                        $"unknown key '{key}': did you mean '{sameLetters}'? Keys are written in lower case");
                    key = sameLetters;
                }
                else
                {
                    var near = Nearest(key, knownKeys);
                    diagnostics.Warning(DiagnosticCodes.UnknownKey, entry.Key.Span,
                        near is null ? $"unknown key '{key}' is ignored" : $"unknown key '{key}' is ignored: did you mean '{near}'?");
                    continue;
                }
            }
            if (!_entries.TryAdd(key, entry))
                diagnostics.Error(DiagnosticCodes.DuplicateKey, entry.Key.Span,
                    $"'{key}' is given twice (first on line {_entries[key].Key.Span.Line}); keep one");
        }
    }

    public YamlMapping Mapping { get; }

    public bool Has(string key) => _entries.ContainsKey(key) && !IsNull(_entries[key].Value);

    /// <summary>Where a key's value stands, or the mapping itself when the key is absent.</summary>
    public SourceSpan SpanOf(string key) => _entries.TryGetValue(key, out var e) ? e.Value.Span : Mapping.Span;

    public YamlNode? Node(string key, bool required = false)
    {
        if (_entries.TryGetValue(key, out var entry) && !IsNull(entry.Value)) return entry.Value;
        if (required) Missing(key);
        return null;
    }

    /// <param name="markdown">The value is Markdown, whose HTML the Markdown safety pass handles; plain text
    /// fields are checked here for HTML, which every format shows as text, never as markup.</param>
    public string? Text(string key, bool required = false, bool markdown = false)
    {
        var node = Node(key, required);
        if (node is null) return null;
        if (node is YamlScalar scalar)
        {
            var value = scalar.Value.Trim();
            if (value.Length == 0 && required) Missing(key);
            if (!markdown) WarnOfHtml(key, scalar);
            return value.Length == 0 ? null : value;
        }
        WrongType(key, node, "text");
        return null;
    }

    /// <summary>A date; a date with a time after it (<c>2026-09-08T10:30:00</c>, what <c>hugo new</c> writes) gives its date.</summary>
    public DateOnly? Date(string key, bool required = false) => DateAndTime(key, required)?.Date;

    /// <summary>A date, and the exact time when one is written after it (see <see cref="DateText"/>).</summary>
    public DateText? DateAndTime(string key, bool required = false)
    {
        var node = Node(key, required);
        if (node is null) return null;
        if (node is YamlScalar scalar && DateText.TryParse(scalar.Value, out var value)) return value;
        var shown = node is YamlScalar s ? $"\"{s.Value}\"" : node.Kind;
        _diagnostics.Error(DiagnosticCodes.InvalidDate, node.Span,
            $"'{key}' must be a date like 2026-09-14, not {shown} (a time may follow the date, like 2026-09-14T10:30:00+01:00)");
        return null;
    }

    public int? Int(string key, bool required = false, int min = int.MinValue, int max = int.MaxValue)
    {
        var node = Node(key, required);
        if (node is null) return null;
        if (node is YamlScalar scalar && int.TryParse(scalar.Value.Trim(), NumberStyles.Integer, CultureInfo.InvariantCulture, out var value))
        {
            if (value >= min && value <= max) return value;
            _diagnostics.Error(DiagnosticCodes.InvalidValue, node.Span, $"'{key}' must be between {min} and {max}, not {value}");
            return null;
        }
        WrongType(key, node, "a whole number");
        return null;
    }

    public bool? Bool(string key)
    {
        var node = Node(key);
        if (node is null) return null;
        if (node is YamlScalar scalar)
        {
            switch (scalar.Value.Trim().ToLowerInvariant())
            {
                case "true" or "yes" or "on": return true;
                case "false" or "no" or "off": return false;
            }
        }
        WrongType(key, node, "true or false");
        return null;
    }

    /// <summary>A list of words, written <c>[a, b]</c> or one per line. A single word is taken as a list of one.</summary>
    public IReadOnlyList<YamlScalar> Words(string key, bool required = false)
    {
        var node = Node(key, required);
        switch (node)
        {
            case null:
                return [];
            case YamlScalar scalar:
                WarnOfHtml(key, scalar);
                return [scalar];
            case YamlSequence sequence:
                var words = new List<YamlScalar>();
                foreach (var item in sequence.Items)
                {
                    if (item is YamlScalar word && !word.IsNull) { words.Add(word); WarnOfHtml(key, word); }
                    else if (item is not YamlScalar) WrongType(key, item, "a list of words");
                }
                return words;
            default:
                WrongType(key, node, "a list such as [a, b]");
                return [];
        }
    }

    /// <summary>A tag such as &lt;b&gt;, &lt;/script&gt; or &lt;!-- in a plain text value: it will be printed as
    /// written, which is never what the editor meant, and may be an attempt to inject markup.</summary>
    private void WarnOfHtml(string key, YamlScalar scalar)
    {
        var tag = HtmlTag().Match(scalar.Value);
        if (!tag.Success) return;
        _diagnostics.Warning(DiagnosticCodes.HtmlInText, scalar.Span,
            $"'{key}' is plain text, so the HTML in it ({Shorten(tag.Value)}) is shown as typed, not used as markup; remove it");
    }

    private static string Shorten(string text) => text.Length <= 40 ? text : text[..37] + "...";

    [GeneratedRegex(@"</?[A-Za-z!?][^<>]*>")]
    private static partial Regex HtmlTag();

    public YamlMapping? Map(string key, bool required = false)
    {
        var node = Node(key, required);
        if (node is null or YamlMapping) return (YamlMapping?)node;
        WrongType(key, node, "a set of keys");
        return null;
    }

    public YamlSequence? List(string key, bool required = false)
    {
        var node = Node(key, required);
        if (node is null or YamlSequence) return (YamlSequence?)node;
        WrongType(key, node, "a list");
        return null;
    }

    public void Missing(string key) =>
        _diagnostics.Error(DiagnosticCodes.MissingKey, Mapping.Span, $"'{key}' is required");

    private void WrongType(string key, YamlNode node, string expected) =>
        _diagnostics.Error(DiagnosticCodes.WrongType, node.Span, $"'{key}' must be {expected}, not {node.Kind}");

    private static bool IsNull(YamlNode node) => node is YamlScalar { IsNull: true };

    internal static string? Nearest(string word, IEnumerable<string> candidates)
    {
        string? best = null;
        var bestDistance = int.MaxValue;
        foreach (var candidate in candidates)
        {
            var distance = Levenshtein(word.ToLowerInvariant(), candidate);
            if (distance < bestDistance) (best, bestDistance) = (candidate, distance);
        }
        return bestDistance <= Math.Max(2, word.Length / 3) ? best : null;
    }

    private static int Levenshtein(string a, string b)
    {
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++) previous[j] = j;
        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
                current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1));
            (previous, current) = (current, previous);
        }
        return previous[b.Length];
    }
}
