using LocalOfferGen.Diagnostics;
using LocalOfferGen.EasyRead.Linting.Rules;
using LocalOfferGen.Model;

namespace LocalOfferGen.EasyRead.Linting;

/// <summary>Checks that easy-read pages stay easy to read: short sentences, a picture on every row, no
/// italics, capitals or semicolons, digits for numbers, short forms the glossary explains, and pages short
/// enough to read in one go. Every finding is an LO4xxx warning; the pages still build.
/// A missing standard page is reported by the loader (LO0213), not here.</summary>
public static class EasyReadLinter
{
    private static readonly IEasyReadRule[] Rules =
    [
        new LongSentenceRule(),
        new RowWithoutPictureRule(),
        new PictureAltTextRule(),
        new TooManySentencesRule(),
        new ItalicsRule(),
        new UnderlineRule(),
        new BlockCapitalsRule(),
        new SemicolonRule(),
        new UnexplainedAcronymRule(),
        new NumberInWordsRule(),
        new PageLengthRule(),
    ];

    /// <summary>Checks every easy-read page of the site, adding the warnings to <paramref name="diagnostics"/>.</summary>
    public static void Lint(Site site, DiagnosticBag diagnostics)
    {
        foreach (var page in site.EasyReadPages) Lint(page, site.Glossary, diagnostics);
    }

    /// <summary>Checks every easy-read page of the site and returns the warnings, in file and line order.</summary>
    public static IReadOnlyList<Diagnostic> Lint(Site site)
    {
        var diagnostics = new DiagnosticBag();
        Lint(site, diagnostics);
        return diagnostics.ToSortedList();
    }

    /// <summary>Checks one easy-read page, whose short forms the <paramref name="glossary"/> must explain.</summary>
    public static void Lint(EasyReadPage page, IReadOnlyList<GlossaryEntry> glossary, DiagnosticBag diagnostics)
    {
        var linted = new LintedPage(page, new GlossaryFinder(glossary), diagnostics);
        foreach (var rule in Rules) rule.Check(linted);
    }
}
