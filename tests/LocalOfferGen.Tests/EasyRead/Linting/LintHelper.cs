using LocalOfferGen.Diagnostics;
using LocalOfferGen.EasyRead.Linting;
using LocalOfferGen.Markdown;
using LocalOfferGen.Model;

namespace LocalOfferGen.Tests.EasyRead.Linting;

/// <summary>Lints a planted easy-read body, as if it were content/easy-read/test.md with a 5-line front matter
/// (its raw HTML cleaned as the loader cleans it).</summary>
internal static class LintHelper
{
    public const string Path = "content/easy-read/test.md";
    public const int FrontMatterLines = 5;

    public static readonly GlossaryEntry[] Glossary =
    [
        new("ehc-plan", "EHC plan", ["EHCP"], "A plan."),
        new("send", "SEND", [], "Special educational needs and disabilities."),
        new("sendiass", "SENDIASS", ["IASS"], "Advice."),
    ];

    public static IReadOnlyList<Diagnostic> Lint(string body, IReadOnlyList<GlossaryEntry>? glossary = null)
    {
        var document = Markdig.Markdown.Parse(body, MarkdownPipelines.Content);
        HtmlSafety.Clean(document, Path, FrontMatterLines, new DiagnosticBag()); // as the loader does
        var page = new EasyReadPage("easy-read/test.md", "/easy-read/test/", "/test/", "Test", null,
            new DateOnly(2026, 1, 1), new DateOnly(2027, 1, 1), new MarkdownText(body, document, FrontMatterLines),
            new SourceSpan(Path, 1, 1));
        var diagnostics = new DiagnosticBag();
        EasyReadLinter.Lint(page, glossary ?? Glossary, diagnostics);
        return diagnostics.ToSortedList();
    }

    /// <summary>The warnings with one code, as "line,column" strings, for short exact assertions.</summary>
    public static IReadOnlyList<string> At(this IReadOnlyList<Diagnostic> diagnostics, string code) =>
        diagnostics.Where(d => d.Code == code).Select(d => $"{d.Line},{d.Column}").ToList();

    /// <summary>A good row: a picture, then plain short text.</summary>
    public static string Row(string text) => $"![A person talking](/images/easy-read/talk.png) {text}";
}
