using LocalOfferGen.Diagnostics;

namespace LocalOfferGen.Loading;

/// <summary>A Markdown file split into its YAML front matter and its body, with the line offsets that
/// turn a line inside either part back into a line of the file.</summary>
public sealed record FrontMatter(string Yaml, int YamlLineOffset, string Body, int BodyLineOffset)
{
    /// <summary>Splits text that must start with a <c>---</c> fence. Reports LO0108 when it does not
    /// and LO0107 when the closing fence is missing.</summary>
    public static FrontMatter? Split(string text, string path, DiagnosticBag diagnostics)
    {
        if (!IsFence(FirstLine(text)))
        {
            diagnostics.Error(DiagnosticCodes.FrontMatterMissing, new SourceSpan(path, 1, 1),
                "the file must start with front matter: a line '---', the keys (title: ... and so on), then another '---'");
            return null;
        }
        var yamlStart = text.IndexOf('\n');
        var lineNumber = 1;
        var position = yamlStart + 1;
        while (yamlStart >= 0 && position <= text.Length)
        {
            var end = text.IndexOf('\n', position);
            var line = end < 0 ? text[position..] : text[position..end];
            lineNumber++;
            if (IsFence(line) || line.TrimEnd() == "...")
            {
                var yaml = text[(yamlStart + 1)..position];
                var body = end < 0 ? "" : text[(end + 1)..];
                return new FrontMatter(yaml, 1, body, lineNumber);
            }
            if (end < 0) break;
            position = end + 1;
        }
        diagnostics.Error(DiagnosticCodes.FrontMatterNotClosed, new SourceSpan(path, 1, 1),
            "the front matter that starts here is never closed: add a line '---' after the last key");
        return null;
    }

    private static string FirstLine(string text)
    {
        var end = text.IndexOf('\n');
        return end < 0 ? text : text[..end];
    }

    private static bool IsFence(string line) => line.TrimEnd() == "---";
}
