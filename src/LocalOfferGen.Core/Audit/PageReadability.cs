using LocalOfferGen.Audit.Text;

namespace LocalOfferGen.Audit;

/// <summary>The reading scores of one information page's text.</summary>
public sealed record PageReadability(string Title, string Url, string Path, Readability Scores)
{
    /// <summary>Pages shorter than this are listed but not judged: a score of a few sentences says little.</summary>
    public const int MinimumWords = 100;

    public bool IsScored => Scores.Words >= MinimumWords;

    /// <summary>Every information page, in site order.</summary>
    public static IReadOnlyList<PageReadability> Of(AuditContext context) =>
        context.Site.Pages.Where(p => !p.IsGenerated).AsParallel().AsOrdered().Select(p => new PageReadability(p.Title, p.Url, p.Source.Path, Readability.Of(Prose.SentencesOf(p.Body.Document)))).ToList();
}
