using System.Globalization;
using LocalOfferGen.Audit.Text;
using LocalOfferGen.Diagnostics;
using LocalOfferGen.Markdown;
using LocalOfferGen.Model;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using SourceSpan = LocalOfferGen.Diagnostics.SourceSpan;

namespace LocalOfferGen.Audit.Checks;

/// <summary>Plain English (SEND Code of Practice 4.7: "easy to understand, factual and jargon-free"):
/// each page's reading ease and reading age against site.yml's thresholds, long sentences, passive voice
/// (a hint), glossary terms and abbreviations used without explanation, and summaries that run long.
/// Easy-read pages have rules of their own, so only their summaries are checked here.</summary>
public sealed class PlainEnglishCheck : IAuditCheck
{
    public string Id => AuditCheckIds.PlainEnglish;
    public string Title => "Plain English";

    public void Run(AuditContext context, AuditFindings findings)
    {
        var settings = context.Settings;
        foreach (var score in context.Readability.Where(s => s.IsScored))
        {
            var ease = score.Scores.ReadingEase;
            var age = score.Scores.ReadingAge;
            if (ease < settings.MinReadingEase || age > settings.MaxReadingAge)
                findings.Warning(DiagnosticCodes.HardToRead, new SourceSpan(score.Path, 1, 1),
                    $"this page is hard to read: reading ease {F(ease)} (aim for {settings.MinReadingEase} or more) and reading age {F(age)} " +
                    $"(aim for {settings.MaxReadingAge} or less), with {F((double)score.Scores.Words / score.Scores.Sentences)} words a sentence " +
                    "on average: use shorter sentences and everyday words");
        }

        // Page by page in parallel: this check reads every sentence of the site, and findings are sorted later.
        Parallel.ForEach(AuditDocument.All(context.Site).Where(d => d.Kind is "page" or "service"),
            document => CheckSentences(document, settings, findings));

        Parallel.ForEach(context.Site.Pages, page => CheckJargon(context, page, findings));

        foreach (var (path, summary) in context.Site.Pages.Where(p => !p.IsGenerated).Select(p => (p.Source.Path, (string?)p.Summary))
                     .Concat(context.Site.EasyReadPages.Select(e => (e.Source.Path, e.Summary))))
        {
            if (summary is null) continue;
            var count = Sentences.Split(summary).Count;
            if (count > settings.MaxSummarySentences)
                findings.Warning(DiagnosticCodes.LongSummary, new SourceSpan(path, 1, 1),
                    $"the summary has {count} sentences: keep it to {settings.MaxSummarySentences} or fewer, because it is shown in lists, search results and leaflets");
        }
    }

    /// <summary>Long sentences, each at its paragraph; passive voice as one hint per text, at its first use,
    /// so a page written mostly in the passive gets one note rather than a wall of them.</summary>
    private static void CheckSentences(AuditDocument document, AuditSettings settings, AuditFindings findings)
    {
        var passive = new List<(SourceSpan At, string Phrase)>();
        foreach (var (block, text) in Prose.Paragraphs(document.Text.Document))
        {
            foreach (var sentence in Sentences.Split(text))
            {
                var (wordCount, _) = Sentences.Count(sentence);
                if (wordCount > settings.MaxSentenceWords)
                    findings.Warning(DiagnosticCodes.LongSentence, document.At(block),
                        $"this sentence has {wordCount} words (aim for {settings.MaxSentenceWords} or fewer): \"{Start(Sentences.Words(sentence))}...\"; split it into two");
                passive.AddRange(PassiveVoice.Find(sentence).Select(p => (document.At(block), p)));
            }
        }
        if (passive.Count == 0) return;
        var examples = string.Join(", ", passive.Take(5).Select(p => $"\"{p.Phrase}\" (line {p.At.Line})")) + (passive.Count > 5 ? ", ..." : "");
        findings.Notice(DiagnosticCodes.PassiveVoice, passive[0].At,
            $"{(passive.Count == 1 ? "1 phrase" : $"{passive.Count} phrases")} may be passive: {examples}; where you can, say who does it, like \"we send\" rather than \"is sent\"");
    }

    /// <summary>Glossary terms: the web format links the first use of each glossary term on a page to its
    /// meaning, so they are only reported when the web format is not built. Abbreviations that are not in
    /// the glossary must be explained on the page itself.</summary>
    private static void CheckJargon(AuditContext context, Page page, AuditFindings findings)
    {
        var site = context.Site;
        var glossaryLinked = context.Built("web");
        var document = page.Body.Document;
        var text = $"{page.Title}. {page.Summary} {MarkdownWalker.PlainText(document)}";
        var links = MarkdownWalker.All<LinkInline>(document).Select(l => l.Url ?? "");
        var explained = Jargon.Explained(text, links);
        var glossaryAbbreviations = new HashSet<string>(StringComparer.Ordinal);
        foreach (var entry in site.Glossary)
        {
            foreach (var name in entry.Names)
                if (Jargon.Abbreviation(name) is { } abbreviation) glossaryAbbreviations.Add(abbreviation);
            if (glossaryLinked || Jargon.UnexplainedTerm(entry, text, explained) is not { } term) continue;
            findings.Warning(DiagnosticCodes.GlossaryTermUnexplained, FirstUse(page, term),
                $"\"{term}\" is used without explaining it: say what it means the first time (the glossary says: \"{entry.Meaning}\"), " +
                $"or link to it: [{term}]({SiteUrls.Glossary}#{entry.Id})");
        }
        foreach (var abbreviation in Jargon.UnexplainedAbbreviations(text, explained, glossaryAbbreviations))
            findings.Warning(DiagnosticCodes.AcronymUnexplained, FirstUse(page, abbreviation),
                $"the abbreviation \"{abbreviation}\" is not explained on this page: write it out the first time, like \"words in full ({abbreviation})\", " +
                "or add it to glossary.yml, whose terms the web pages link to their meaning");
    }

    /// <summary>The paragraph or heading where the page first uses a word (or the top of the file when it is in the title or summary).</summary>
    private static SourceSpan FirstUse(Page page, string word)
    {
        foreach (var block in MarkdownWalker.All<LeafBlock>(page.Body.Document))
            if (Jargon.Uses(MarkdownWalker.PlainText(block), word))
                return new SourceSpan(page.Source.Path, block.Line + 1 + page.Body.LineOffset, block.Column + 1);
        return new SourceSpan(page.Source.Path, 1, 1);
    }

    private static string Start(IReadOnlyList<string> words) => string.Join(' ', words.Take(8));

    private static string F(double value) => value.ToString("0", CultureInfo.InvariantCulture);
}
