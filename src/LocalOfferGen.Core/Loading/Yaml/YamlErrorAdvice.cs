using System.Text.RegularExpressions;

namespace LocalOfferGen.Loading.Yaml;

/// <summary>Turns YamlDotNet's syntax errors ("While scanning a plain scalar value, found invalid mapping") into what an
/// editor should do, in plain words, at the place to do it: the common mistakes are a colon inside a value, a tab used
/// for indenting, a quote never closed or followed by more words, a list item or key out of line with the ones above,
/// and a value starting with a character YAML keeps for itself. Lines and columns are 1-based and count from the start
/// of the YAML text; the caller adds the lines before it (the front matter's fence).</summary>
public static partial class YamlErrorAdvice
{
    public sealed record Advice(int Line, int Column, string Message);

    /// <param name="line">The 1-based line YamlDotNet reported.</param>
    /// <param name="column">The 1-based column YamlDotNet reported.</param>
    /// <param name="message">YamlDotNet's message, without its own position.</param>
    public static Advice Explain(string text, int line, int column, string message)
    {
        var lines = text.Split('\n').Select(l => l.TrimEnd('\r')).ToArray();
        line = Math.Clamp(line, 1, Math.Max(lines.Length, 1));
        var here = lines.Length == 0 ? "" : lines[line - 1];
        return Tab(lines, line, message)
            ?? (message.Contains("invalid mapping", StringComparison.Ordinal) ? ColonInValue(lines, line, here) ?? IndentedMore(lines, line, here) : null)
            ?? (message.Contains("quoted scalar", StringComparison.Ordinal) ? UnclosedQuote(line, column, here) : null)
            ?? (message.Contains("did not find expected", StringComparison.Ordinal) ? WordsAfterQuote(line, column, here) ?? OutOfLine(lines, line, here) : null)
            ?? (message.Contains("cannot start any token", StringComparison.Ordinal) ? ReservedStart(line, column, here) : null)
            ?? new Advice(line, column, $"this is not valid YAML: {message}");
    }

    /// <summary>YamlDotNet reports a tab where the set of keys or the value it breaks began (the file's first line, or
    /// the line before): point at the tab itself, the first one used for indenting from there on.</summary>
    private static Advice? Tab(string[] lines, int first, string message)
    {
        if (!message.Contains("tab", StringComparison.OrdinalIgnoreCase))
        {
            var tab = lines.Length >= first ? lines[first - 1].IndexOf('\t') : -1;
            return tab < 0 ? null : TabAt(lines, first, tab);
        }
        for (var line = first; line <= lines.Length; line++)
        {
            var indent = lines[line - 1].Length - lines[line - 1].TrimStart(' ', '\t').Length;
            var tab = lines[line - 1].IndexOf('\t', 0, indent);
            if (tab >= 0) return TabAt(lines, line, tab);
        }
        for (var line = first; line <= lines.Length; line++)
            if (lines[line - 1].IndexOf('\t') is var tab and >= 0) return TabAt(lines, line, tab);
        return null;
    }

    private static Advice TabAt(string[] lines, int line, int tab) =>
        new(line, tab + 1, lines[line - 1][..tab].Trim().Length == 0
            ? "this line is indented with a tab: YAML allows only spaces for indenting; replace the tab with spaces"
            : "there is a tab character here: YAML allows only spaces between a key and its value, or around a value; replace the tab with a space");

    /// <summary><c>schedule: Open: 9am to 5pm</c>: the second ": " makes YAML read a key inside the value.</summary>
    private static Advice? ColonInValue(string[] lines, int line, string here)
    {
        var entry = KeyAndValue().Match(here);
        if (!entry.Success) return null;
        var value = entry.Groups["value"].Value.TrimEnd();
        if (!value.Contains(": ", StringComparison.Ordinal) && !value.EndsWith(':')) return null;
        var quoted = value.Contains('"') ? $"'{value.Replace("'", "''")}'" : $"\"{value.Replace("\\", "\\\\")}\"";
        return new Advice(line, entry.Groups["value"].Index + 1,
            $"this value has a colon and a space in it ('{Shorten(value)}'), which YAML reads as another key: put the value in quotes: " +
            $"{entry.Groups["lead"].Value.TrimStart()}{entry.Groups["key"].Value}: {quoted}");
    }

    /// <summary>A key indented more than the key above it, whose value it then seems to continue.</summary>
    private static Advice? IndentedMore(string[] lines, int line, string here)
    {
        var above = PreviousContentLine(lines, line);
        if (above is null || !KeyAndValue().IsMatch(here)) return null;
        var aboveIndent = Indent(lines[above.Value - 1]);
        if (Indent(here) <= aboveIndent) return null;
        var aboveKey = KeyAndValue().Match(lines[above.Value - 1]).Groups["key"].Value;
        return new Advice(line, 1,
            $"this line is indented more than '{aboveKey}' on line {above}, so YAML reads it as part of that value: " +
            $"start it at column {aboveIndent + 1}, in line with '{aboveKey}', or put the value above in quotes");
    }

    /// <summary>A value that opens a quote and never closes it on its line.</summary>
    private static Advice UnclosedQuote(int line, int column, string here)
    {
        var quote = column - 1 < here.Length && here[column - 1] is '"' or '\'' ? here[column - 1] : '"';
        var apostrophe = quote == '\'' ? " (an apostrophe inside single quotes is written twice: 'it''s')" : "";
        return new Advice(line, column,
            $"the quote {quote} that starts here is never closed: end the value with another {quote} on the same line{apostrophe}");
    }

    /// <summary><c>name: "Portage" service</c>: words after the closing quote.</summary>
    private static Advice? WordsAfterQuote(int line, int column, string here)
    {
        var before = here[..Math.Clamp(column - 1, 0, here.Length)].TrimEnd();
        if (before.Length == 0 || before[^1] is not ('"' or '\'')) return null;
        var entry = KeyAndValue().Match(here);
        var fix = entry.Success
            ? $": {entry.Groups["lead"].Value.TrimStart()}{entry.Groups["key"].Value}: \"{entry.Groups["value"].Value.Trim().Replace("\"", "")}\""
            : "";
        return new Advice(line, column, $"there are more words after the closing quote: put the whole value inside the quotes{fix}");
    }

    /// <summary>A list item or key whose indent matches nothing above it.</summary>
    private static Advice? OutOfLine(string[] lines, int line, string here)
    {
        var indent = Indent(here);
        var isItem = here.TrimStart().StartsWith('-');
        for (var above = line - 1; above >= 1; above--)
        {
            var text = lines[above - 1];
            if (text.Trim().Length == 0 || text.TrimStart().StartsWith('#')) continue;
            if (isItem && text.TrimStart().StartsWith('-') && Indent(text) != indent)
                return new Advice(line, indent + 1,
                    $"this list item is not in line with the item on line {above}: start every '- ' of one list at the same column ({Indent(text) + 1})");
            if (!isItem && KeyAndValue().Match(text) is { Success: true } key && Indent(text) > indent && !text.TrimStart().StartsWith('-'))
                return new Advice(line, indent + 1,
                    $"this line is not in line with '{key.Groups["key"].Value}' on line {above}: the keys of one set start at the same column " +
                    $"({Indent(text) + 1}); indent it to match, or less to end that set");
            if (Indent(text) <= indent) break;
        }
        if (isItem)
            return new Advice(line, indent + 1,
                "a list item ('- ') stands where a 'key: value' line is expected: put the list under its key and indent it, like\n" +
                "topics:\n  - first\n  - second");
        return null;
    }

    /// <summary>A value starting with @, ` or %, which YAML keeps for itself.</summary>
    private static Advice? ReservedStart(int line, int column, string here)
    {
        var at = Math.Clamp(column - 1, 0, Math.Max(here.Length - 1, 0));
        var character = here.Length == 0 ? '?' : here[at];
        var entry = KeyAndValue().Match(here);
        var fix = entry.Success ? $": {entry.Groups["lead"].Value.TrimStart()}{entry.Groups["key"].Value}: \"{entry.Groups["value"].Value.Trim().Replace("\"", "\\\"")}\"" : "";
        return new Advice(line, column, $"a value cannot start with '{character}' in YAML: put the value in quotes{fix}");
    }

    private static int? PreviousContentLine(string[] lines, int line)
    {
        for (var above = line - 1; above >= 1; above--)
            if (lines[above - 1].Trim().Length > 0 && !lines[above - 1].TrimStart().StartsWith('#')) return above;
        return null;
    }

    private static int Indent(string line) => line.Length - line.TrimStart(' ').Length;

    private static string Shorten(string text) => text.Length <= 40 ? text : text[..37] + "...";

    /// <summary>A line "key: value", perhaps as a list item ("- key: value").</summary>
    [GeneratedRegex(@"^(?<lead>\s*(?:-\s+)?)(?<key>[^\s:#'""\-][^:#]*?):[ ]+(?<value>\S.*)$")]
    private static partial Regex KeyAndValue();
}
