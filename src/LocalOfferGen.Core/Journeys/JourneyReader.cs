using LocalOfferGen.Diagnostics;
using LocalOfferGen.Loading;
using LocalOfferGen.Loading.Yaml;
using LocalOfferGen.Model;

namespace LocalOfferGen.Journeys;

/// <summary>Reads one step-by-step journey, journeys/*.yml. Read after the pages and services, since its steps link to them.</summary>
internal static class JourneyReader
{
    private static readonly string[] Keys = ["title", "summary", "reviewed", "review_by", "owner", "topics", "steps"];
    private static readonly string[] StepKeys = ["heading", "text", "timing", "links", "join"];

    /// <summary>Anchors the journey page's own layout uses, which a step's heading must not take.</summary>
    private static readonly string[] ReservedIds = ["main-content", "content", "search", "top", "steps", "print"];

    public static Journey? Read(LoadContext context, string file, JourneyLinkTargets targets)
    {
        if (context.ReadYamlFile(file) is not YamlMapping mapping) return null;
        var slug = Slug.From(Path.GetFileNameWithoutExtension(file));
        var url = JourneyUrls.ForJourney(slug);
        var fields = context.Fields(mapping, Keys);
        var title = fields.Text("title", required: true);
        var summary = fields.Text("summary", required: true);
        var reviewed = fields.Date("reviewed", required: true);
        var reviewBy = fields.Date("review_by");
        var owner = fields.Text("owner", required: true);
        var topics = IdLists.Topics(context, fields);
        var list = fields.List("steps", required: true);
        var steps = ReadSteps(context, file, url, list, targets);
        if (list is not null && list.Items.Count == 0)
            context.Diagnostics.Error(DiagnosticCodes.JourneyWithoutSteps, list.Span,
                "'steps' is empty: a journey needs at least one step, like '- { heading: Ask for an assessment, text: ... }'");
        if (title is null || summary is null || reviewed is null || owner is null || steps is null) return null;
        return new Journey(file, slug, url, title, summary, reviewed.Value, reviewBy ?? reviewed.Value.AddMonths(context.Settings.ReviewMonths),
            owner, topics, steps, new SourceSpan(context.Display(file), 1, 1))
        {
            ReviewedAt = fields.SpanOf("reviewed"),
        };
    }

    /// <returns>The steps, or null when any step could not be read (its error is reported).</returns>
    private static List<JourneyStep>? ReadSteps(LoadContext context, string file, string url, YamlSequence? list, JourneyLinkTargets targets)
    {
        if (list is null) return null;
        var steps = new List<JourneyStep>();
        var ids = new HashSet<string>(ReservedIds, StringComparer.Ordinal);
        var complete = true;
        var number = 0;
        var position = 0;
        foreach (var step in context.EachMapping(list, StepKeys,
                     "each step is a set of keys, like '- { heading: Ask for an assessment, text: What to do, links: [/ehc-plans/] }'"))
        {
            position++;
            var heading = step.Text("heading", required: true);
            var text = context.ParseMarkdownField(step, "text", file, url, required: true);
            var timing = step.Text("timing");
            var join = ReadJoin(context, step, position);
            var links = JourneyLinkReader.Read(context, step, targets);
            if (join == JourneyJoin.None || number == 0) number++;
            if (heading is null || text is null || join is null || links is null) { complete = false; continue; }
            steps.Add(new JourneyStep(number, UniqueId(ids, heading), heading, text, timing, links, join.Value, step.Mapping.Span));
        }
        complete &= steps.Count == list.Items.Count;
        return complete ? steps : null;
    }

    /// <summary>"and" or "or" says the step goes with the one before it; the first step has none before it.</summary>
    private static JourneyJoin? ReadJoin(LoadContext context, YamlFields step, int position)
    {
        var text = step.Text("join");
        JourneyJoin? join = text?.ToLowerInvariant() switch
        {
            null or "none" => JourneyJoin.None,
            "and" => JourneyJoin.And,
            "or" => JourneyJoin.Or,
            _ => null,
        };
        if (join is null)
        {
            context.Diagnostics.Error(DiagnosticCodes.JourneyJoinInvalid, step.SpanOf("join"),
                $"'join' must be 'and' (done as well as the step before) or 'or' (done instead of the step before), not \"{text}\"");
            return null;
        }
        if (join != JourneyJoin.None && position == 1)
        {
            context.Diagnostics.Error(DiagnosticCodes.JourneyJoinInvalid, step.SpanOf("join"),
                $"the first step cannot have 'join: {text}': it joins a step to the one before it, and there is none; leave it out");
            return null;
        }
        return join;
    }

    /// <summary>The heading as an anchor, made unique in the journey by a number after it.</summary>
    private static string UniqueId(HashSet<string> ids, string heading)
    {
        var id = Slug.From(heading);
        var candidate = id;
        for (var n = 2; !ids.Add(candidate); n++) candidate = $"{id}-{n}";
        return candidate;
    }
}
