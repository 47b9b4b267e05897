using System.Globalization;
using System.Text.RegularExpressions;
using LocalOfferGen.Diagnostics;
using LocalOfferGen.Loading;
using LocalOfferGen.Loading.Yaml;

namespace LocalOfferGen.Events;

/// <summary>Reads one event: events/YYYY-MM-DD-slug.md (front matter, then its text in Markdown) or
/// events/YYYY-MM-DD-slug.yml (the same keys, its text in <c>description</c>).</summary>
internal static partial class EventReader
{
    private static readonly string[] Keys =
        ["title", "summary", "start", "end", "repeat", "location", "online", "cost", "age_groups", "needs",
         "booking_url", "booking_phone", "organiser"];
    /// <summary>A .yml event has no body after its keys: its text is this key's value, as a service's is.</summary>
    private const string TextKey = "description";
    private static readonly string[] YamlKeys = [.. Keys, TextKey];
    private static readonly string[] RepeatKeys = ["every", "interval", "until", "except", "term_time_only"];

    public static SiteEvent? Read(LoadContext context, string file)
    {
        var name = Path.GetFileName(file);
        if (!FileNamePattern().IsMatch(name)
            || !DateOnly.TryParseExact(name[..10], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _))
        {
            context.Diagnostics.Error(DiagnosticCodes.BadFileName, SourceSpan.File(context.Display(file)),
                $"event files are named YYYY-MM-DD-slug.md (or .yml) in lower case, like 2026-10-24-sensory-swim.md, not '{name}'");
            return null;
        }
        var slug = Path.GetFileNameWithoutExtension(name);
        var url = EventUrls.ForEvent(slug);
        var isYaml = !name.EndsWith(".md", StringComparison.Ordinal);
        YamlMapping? keys;
        FrontMatter? parts = null;
        if (isYaml) keys = context.ReadYamlFile(file) as YamlMapping;
        else (keys, parts) = context.ReadMarkdownFile(file);
        if (keys is null || (!isYaml && parts is null)) return null;
        var fields = context.Fields(keys, isYaml ? YamlKeys : Keys);
        var title = fields.Text("title", required: true);
        var summary = fields.Text("summary", required: true);
        var organiser = fields.Text("organiser", required: true);
        var start = StartTime(context, fields);
        var end = start is { } s ? EndTime(context, fields, s) : null;
        var repeat = start is { } first ? Repeat(context, fields, DateOnly.FromDateTime(first)) : null;
        var location = fields.Text("location");
        var online = fields.Bool("online") ?? false;
        if (location is null && !online)
            context.Diagnostics.Error(DiagnosticCodes.EventLocationUnknown, keys.Span,
                "say where the event is: 'location' with the id of a service (its file name in content/services), or 'online: true'");
        var ages = IdLists.AgeGroups(context, fields);
        var needs = IdLists.Needs(context, fields);
        var body = parts is not null
            ? context.ParseMarkdown(parts.Body, file, parts.BodyLineOffset, url)
            : context.ParseMarkdownField(fields, TextKey, file, url, required: false) ?? context.ParseMarkdown("", file, 0, url);
        if (title is null || summary is null || organiser is null || start is null || end is null) return null;
        if (fields.Has("repeat") && repeat is null) return null;
        return new SiteEvent(file, slug, url, title, summary, start.Value, end.Value, organiser, body, new SourceSpan(context.Display(file), 1, 1))
        {
            Repeat = repeat,
            LocationServiceId = location,
            LocationSource = location is null ? null : fields.SpanOf("location"),
            Online = online,
            Cost = fields.Text("cost"),
            AgeGroups = ages,
            Needs = needs,
            BookingUrl = fields.Text("booking_url"),
            BookingPhone = fields.Text("booking_phone"),
        };
    }

    private static DateTime? StartTime(LoadContext context, YamlFields fields)
    {
        if (fields.Node("start", required: true) is not { } node) return null;
        var text = node is YamlScalar s ? s.Value.Trim() : "";
        var match = DateTimePattern().Match(text);
        if (!match.Success || !DateOnly.TryParseExact(match.Groups[1].Value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            context.Diagnostics.Error(DiagnosticCodes.EventTimeInvalid, node.Span,
                $"'start' must be a UK date and time like 2026-10-24 10:00, not \"{text}\"");
            return null;
        }
        return Time(context, node, "start", match.Groups[2].Value, date);
    }

    /// <summary>The end: a time alone is on the start's day.</summary>
    private static DateTime? EndTime(LoadContext context, YamlFields fields, DateTime start)
    {
        if (fields.Node("end", required: true) is not { } node) return null;
        var text = node is YamlScalar s ? s.Value.Trim() : "";
        DateTime? end;
        var full = DateTimePattern().Match(text);
        if (full.Success && DateOnly.TryParseExact(full.Groups[1].Value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
            end = Time(context, node, "end", full.Groups[2].Value, date);
        else if (TimePattern().IsMatch(text))
            end = Time(context, node, "end", text, DateOnly.FromDateTime(start));
        else
        {
            context.Diagnostics.Error(DiagnosticCodes.EventTimeInvalid, node.Span,
                $"'end' must be a time like 12:00 (on the start's day) or a date and time like 2026-10-24 12:00, not \"{text}\"");
            return null;
        }
        if (end is { } e && e <= start)
        {
            context.Diagnostics.Error(DiagnosticCodes.EventEndsBeforeStart, node.Span,
                $"the event ends ({e:yyyy-MM-dd HH:mm}) before it starts ({start:yyyy-MM-dd HH:mm}); check 'end'");
            return null;
        }
        return end;
    }

    private static DateTime? Time(LoadContext context, YamlNode node, string key, string time, DateOnly date)
    {
        var match = TimePattern().Match(time);
        var hour = int.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture);
        var minute = int.Parse(match.Groups[2].Value, CultureInfo.InvariantCulture);
        if (hour > 23 || minute > 59)
        {
            context.Diagnostics.Error(DiagnosticCodes.EventTimeInvalid, node.Span,
                $"'{key}' has the time {time}, which no clock shows: hours are 00 to 23 and minutes 00 to 59 (midnight is 00:00 of the next day)");
            return null;
        }
        var local = date.ToDateTime(new TimeOnly(hour, minute));
        if (!LondonTime.Exists(local))
        {
            context.Diagnostics.Error(DiagnosticCodes.EventTimeInvalid, node.Span,
                $"'{key}' is {local:yyyy-MM-dd HH:mm}, a time that does not happen in the UK: the clocks go forward from 01:00 to 02:00 that night");
            return null;
        }
        return local;
    }

    private static EventRepeat? Repeat(LoadContext context, YamlFields fields, DateOnly first)
    {
        if (fields.Map("repeat") is not { } map) return null;
        var rule = context.Fields(map, RepeatKeys);
        var every = rule.Text("every", required: true);
        var interval = rule.Int("interval", min: 1, max: 12) ?? 1;
        var until = rule.Date("until", required: true);
        var termTimeOnly = rule.Bool("term_time_only") ?? false;
        var terms = termTimeOnly ? context.Settings.TermDates : null;
        if (termTimeOnly && terms is null)
            context.Diagnostics.Error(DiagnosticCodes.TermTimeWithoutTermDates, rule.SpanOf("term_time_only"),
                "'term_time_only' needs the school terms: add 'term_dates' to site.yml, like term_dates: [{ from: 2026-09-03, to: 2026-10-23 }]");
        var except = new List<DateOnly>();
        foreach (var item in rule.List("except")?.Items ?? [])
        {
            if (item is YamlScalar s && DateOnly.TryParseExact(s.Value.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d))
                except.Add(d);
            else
                context.Diagnostics.Error(DiagnosticCodes.EventRepeatInvalid, item.Span, "each date in 'except' must be a date like 2026-12-22");
        }
        RepeatFrequency? frequency = every switch
        {
            "week" => RepeatFrequency.Weekly,
            "month" => RepeatFrequency.MonthlyByWeekday,
            _ => null,
        };
        if (every is not null && frequency is null)
            context.Diagnostics.Error(DiagnosticCodes.EventRepeatInvalid, rule.SpanOf("every"),
                $"'every' must be week or month, not \"{every}\"");
        if (frequency is null || until is null || (termTimeOnly && terms is null)) return null;
        var repeat = new EventRepeat(frequency.Value, interval, until.Value, except) { Terms = terms };
        // The rule's own dates are counted first: term time only may leave out most of them, and each one left out
        // is an EXDATE in the calendar files.
        var ruleDates = EventOccurrences.RuleDates(first, repeat).Take(EventOccurrences.MaxOccurrences + 1).Count();
        var dates = ruleDates > EventOccurrences.MaxOccurrences ? ruleDates : EventOccurrences.Dates(first, repeat).Count();
        if (dates == 0)
        {
            context.Diagnostics.Error(DiagnosticCodes.EventNeverOccurs, map.Span,
                until < first
                    ? $"this repeat never happens: 'until' ({until:yyyy-MM-dd}) is before the start ({first:yyyy-MM-dd})"
                    : termTimeOnly
                        ? "this repeat never happens: every date it gives is in 'except' or outside the term dates in site.yml"
                        : "this repeat never happens: every date it gives is in 'except'");
            return null;
        }
        if (dates >= EventOccurrences.MaxOccurrences)
        {
            context.Diagnostics.Error(DiagnosticCodes.EventRepeatInvalid, rule.SpanOf("until"),
                $"this repeat gives more than {EventOccurrences.MaxOccurrences - 1} dates; bring 'until' closer");
            return null;
        }
        return repeat;
    }

    [GeneratedRegex(@"^\d{4}-\d{2}-\d{2}-[a-z0-9][a-z0-9-]*\.(md|yml|yaml)$")]
    private static partial Regex FileNamePattern();

    [GeneratedRegex(@"^(\d{4}-\d{2}-\d{2})[ T](\d{1,2}:\d{2})$")]
    private static partial Regex DateTimePattern();

    [GeneratedRegex(@"^(\d{1,2}):(\d{2})$")]
    private static partial Regex TimePattern();
}
