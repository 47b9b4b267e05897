using System.Runtime.CompilerServices;
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
    public static void Lint(Site site, DiagnosticBag diagnostics) => diagnostics.AddRange(Lint(site));

    /// <summary>Checks every easy-read page of the site and returns the warnings, in file and line order. A build
    /// asks twice (its own check, then the audit's report), so the answer is kept with the site model, which never changes.</summary>
    public static IReadOnlyList<Diagnostic> Lint(Site site) => Linted.GetValue(site, static s =>
    {
        var diagnostics = new DiagnosticBag();
        Parallel.ForEach(s.EasyReadPages, page => Lint(page, s.Glossary, diagnostics));
        return diagnostics.ToSortedList();
    });

    private static readonly ConditionalWeakTable<Site, IReadOnlyList<Diagnostic>> Linted = new();

    /// <summary>Checks one easy-read page, whose short forms the <paramref name="glossary"/> must explain.</summary>
    public static void Lint(EasyReadPage page, IReadOnlyList<GlossaryEntry> glossary, DiagnosticBag diagnostics)
    {
        var linted = new LintedPage(page, GlossaryFinder.For(glossary), diagnostics);
        foreach (var rule in Rules) rule.Check(linted);
    }
}
