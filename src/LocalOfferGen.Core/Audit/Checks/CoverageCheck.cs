using LocalOfferGen.Diagnostics;
using LocalOfferGen.Model;

namespace LocalOfferGen.Audit.Checks;

/// <summary>Statutory coverage: every topic of the built-in list and topics.yml should be covered by a
/// published page, service or step-by-step journey (or by something the generator builds). An uncovered "must" topic is a
/// warning, and an error under --strict; an uncovered "should" topic is a warning.</summary>
public sealed class CoverageCheck : IAuditCheck
{
    public string Id => AuditCheckIds.Coverage;
    public string Title => "Statutory coverage";

    public void Run(AuditContext context, AuditFindings findings)
    {
        var topicsFile = Path.Combine(context.Site.ContentRoot, "topics.yml");
        var at = SourceSpan.File(File.Exists(topicsFile) ? $"{context.ContentPath}/topics.yml" : context.ContentPath);
        foreach (var row in TopicCoverage.Of(context).Where(r => !r.IsCovered))
        {
            var topic = row.Topic;
            var advice = GeneratorTopics.Meeting(topic.Id, context with { BuiltFormats = ["web", "word", "print", "easy-read"] }).Any()
                ? "the generator meets this topic when the web, Word or print formats are built; build them, or add the topic id to a page's or journey's 'topics'"
                : $"add '{topic.Id}' to the 'topics' of the page, service or journey that covers it, or write one";
            var message = $"no published page, service or journey covers the {(topic.Level == TopicLevel.Must ? "required" : "recommended")} topic " +
                $"'{topic.Id}' ({topic.Title}; {topic.Reference}): {advice}";
            if (topic.Level == TopicLevel.Should)
                findings.Warning(DiagnosticCodes.ShouldTopicNotCovered, at, message);
            else
                findings.Add(context.Strict ? AuditSeverity.Error : AuditSeverity.Warning, DiagnosticCodes.MustTopicNotCovered, at, message);
        }
    }
}
