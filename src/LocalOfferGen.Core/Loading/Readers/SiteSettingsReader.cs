using LocalOfferGen.Diagnostics;
using LocalOfferGen.Loading.Yaml;
using LocalOfferGen.Model;

namespace LocalOfferGen.Loading;

/// <summary>Reads content/site.yml.</summary>
internal static class SiteSettingsReader
{
    private static readonly string[] Keys =
        ["title", "authority", "base_url", "language", "review_months", "contact", "feedback", "age_groups", "needs", "theme", "large_print", "audit", "share_image", "web_font", "events", "term_dates", "owners", "logo"];
    private static readonly string[] ContactKeys = ["phone", "email", "address", "opening_hours"];
    private static readonly string[] FeedbackKeys = ["url", "email"];
    private static readonly string[] AgeGroupKeys = ["id", "label", "min", "max"];
    private static readonly string[] NeedKeys = ["id", "label"];
    private static readonly string[] EventKeys = ["keep_past_days"];
    private static readonly string[] TermKeys = ["from", "to"];
    private static readonly string[] AuditKeys =
        ["min_reading_ease", "max_reading_age", "max_sentence_words", "max_summary_sentences", "due_soon_days", "feedback_months", "max_file_size"];

    public static readonly IReadOnlyList<AgeGroup> DefaultAgeGroups =
    [
        new("early-years", "Early years (0 to 5)", 0, 5),
        new("primary", "Primary school (5 to 11)", 5, 11),
        new("secondary", "Secondary school (11 to 16)", 11, 16),
        new("post-16", "Post-16 and adult life (16 to 25)", 16, 25),
    ];

    public static readonly IReadOnlyList<string> DefaultNeeds =
        ["autism", "communication", "learning", "physical", "sensory", "social-emotional-mental-health", "medical"];

    public static readonly SiteSettings Defaults = new(
        "Local Offer", "Council", "https://localoffer.invalid/", "en-GB", 12,
        new ContactDetails(null, null, null, null), null, DefaultAgeGroups, DefaultNeeds.Select(NeedFromId).ToList(), null);

    public static SiteSettings? Read(LoadContext context)
    {
        const string file = "site.yml";
        if (!context.FileExists(file))
        {
            context.Diagnostics.Error(DiagnosticCodes.RequiredFileMissing, SourceSpan.File(context.Display(file)),
                "site.yml is missing: every Local Offer needs one (title, authority, base_url, contact); see docs/content.md");
            return null;
        }
        if (context.ReadYamlFile(file) is not YamlMapping mapping) return null;
        var fields = context.Fields(mapping, Keys);
        var title = OneLine(context, fields, "title");
        var authority = OneLine(context, fields, "authority");
        var baseUrl = ReadBaseUrl(context, fields);
        var language = ReadLanguage(context, fields);
        var reviewMonths = fields.Int("review_months", min: 1, max: 60) ?? 12;
        var contact = ReadContact(context, fields);
        var feedback = ReadFeedback(context, fields);
        var ageGroups = ReadAgeGroups(context, fields);
        var needs = ReadNeeds(context, fields);
        var theme = SiteIds.Check(context, fields.Text("theme"), fields.SpanOf("theme"), "theme name", "it names the folder themes/<name>/");
        var largePrint = fields.Bool("large_print") ?? false;
        var webFont = fields.Bool("web_font") ?? false;
        var audit = ReadAudit(context, fields);
        var shareImage = ReadShareImage(context, fields);
        var logo = ReadLogo(context, fields);
        var events = ReadEvents(context, fields);
        var termDates = ReadTermDates(context, fields);
        var owners = OwnerHandlesReader.Read(context, fields);
        if (title is null || authority is null || baseUrl is null || language is null || contact is null) return null;
        return new SiteSettings(title, authority, baseUrl.TrimEnd('/') + "/", language, reviewMonths, contact, feedback, ageGroups, needs, theme, largePrint, shareImage)
        {
            Audit = audit,
            WebFont = webFont,
            Events = events,
            TermDates = termDates,
            Owners = owners,
            Logo = logo,
            LogoAt = logo is null ? null : fields.SpanOf("logo"),
        };
    }

    /// <summary>The optional <c>events:</c> settings; a key left out keeps its default.</summary>
    private static Events.EventSettings ReadEvents(LoadContext context, YamlFields fields)
    {
        var defaults = Events.EventSettings.Default;
        if (fields.Map("events") is not { } map) return defaults;
        var events = context.Fields(map, EventKeys);
        return new Events.EventSettings(events.Int("keep_past_days", min: 0, max: Events.EventSettings.MaxKeepPastDays) ?? defaults.KeepPastDays);
    }

    /// <summary>The optional <c>term_dates</c>: a list of <c>{ from, to }</c>, each a term's first and last school day.
    /// A term that ends before it starts, or that overlaps another, is reported (LO1075) and left out.</summary>
    private static IReadOnlyList<Events.SchoolTerm>? ReadTermDates(LoadContext context, YamlFields fields)
    {
        if (fields.Node("term_dates") is null) return null;
        var list = fields.List("term_dates");
        var terms = new List<(Events.SchoolTerm Term, Diagnostics.SourceSpan At)>();
        foreach (var entry in context.EachMapping(list, TermKeys, "each term must be { from: 2026-09-03, to: 2026-10-23 }: its first and last school day"))
        {
            var from = entry.Date("from", required: true);
            var to = entry.Date("to", required: true);
            if (from is null || to is null) continue;
            if (to < from)
            {
                context.Diagnostics.Error(DiagnosticCodes.TermDatesInvalid, entry.Mapping.Span,
                    $"this term ends ({to:yyyy-MM-dd}) before it starts ({from:yyyy-MM-dd}); 'from' is the first school day and 'to' the last");
                continue;
            }
            terms.Add((new Events.SchoolTerm(from.Value, to.Value), entry.Mapping.Span));
        }
        var kept = new List<Events.SchoolTerm>();
        foreach (var (term, at) in terms.OrderBy(t => t.Term.From))
        {
            if (kept.Count > 0 && term.From <= kept[^1].To)
            {
                context.Diagnostics.Error(DiagnosticCodes.TermDatesInvalid, at,
                    $"this term ({term.From:yyyy-MM-dd} to {term.To:yyyy-MM-dd}) overlaps the one from {kept[^1].From:yyyy-MM-dd} to {kept[^1].To:yyyy-MM-dd}; each day belongs to one term at most");
                continue;
            }
            kept.Add(term);
        }
        return kept;
    }

    /// <summary>The optional <c>audit:</c> thresholds; each key left out keeps its default.</summary>
    private static AuditSettings ReadAudit(LoadContext context, YamlFields fields)
    {
        var defaults = AuditSettings.Default;
        if (fields.Map("audit") is not { } map) return defaults;
        var audit = context.Fields(map, AuditKeys);
        return new AuditSettings(
            audit.Int("min_reading_ease", min: 0, max: 100) ?? defaults.MinReadingEase,
            audit.Int("max_reading_age", min: 5, max: 25) ?? defaults.MaxReadingAge,
            audit.Int("max_sentence_words", min: 5, max: 100) ?? defaults.MaxSentenceWords,
            audit.Int("max_summary_sentences", min: 1, max: 10) ?? defaults.MaxSummarySentences,
            audit.Int("due_soon_days", min: 0, max: 365) ?? defaults.DueSoonDays,
            audit.Int("feedback_months", min: 1, max: 36) ?? defaults.FeedbackMonths)
        {
            MaxFileBytes = ReadFileSize(context, audit, "max_file_size") ?? defaults.MaxFileBytes,
        };
    }

    /// <summary>A size such as <c>20 MB</c> or <c>500 KB</c>; anything else (a bare number, zero, a negative size) is reported.</summary>
    private static long? ReadFileSize(LoadContext context, YamlFields fields, string key)
    {
        if (fields.Text(key) is not { } text) return null;
        if (Files.FileSize.Parse(text) is { } bytes) return bytes;
        context.Diagnostics.Error(DiagnosticCodes.InvalidValue, fields.SpanOf(key),
            $"'{key}' must be a size more than zero with its unit, like 20 MB or 500 KB, not \"{text}\"");
        return null;
    }

    /// <summary>The link-preview picture: a PNG or JPEG under content/images (social sites show no SVG or WebP).</summary>
    private static string? ReadShareImage(LoadContext context, YamlFields fields)
    {
        if (fields.Text("share_image") is not { } value) return null;
        var relative = value.Trim().TrimStart('/').Replace('\\', '/');
        var full = Path.GetFullPath(context.FullPath(relative));
        var images = Path.GetFullPath(context.FullPath("images")) + Path.DirectorySeparatorChar;
        var extension = Path.GetExtension(relative).ToLowerInvariant();
        if (!full.StartsWith(images, StringComparison.Ordinal) || extension is not (".png" or ".jpg" or ".jpeg")
            || context.Files.CheckedFile(relative, context.Diagnostics, fields.SpanOf("share_image")) is null)
        {
            context.Diagnostics.Error(DiagnosticCodes.MissingImage, fields.SpanOf("share_image"),
                $"'share_image' must be a PNG or JPEG file under content/images, like images/share.png (1200 by 630 pixels), not \"{value}\"");
            return null;
        }
        return "/" + relative;
    }

    /// <summary>The council's logo: an SVG or PNG under content/images (whether the picture can be read is checked
    /// when the pictures are, see ContentLoader).</summary>
    private static string? ReadLogo(LoadContext context, YamlFields fields)
    {
        if (fields.Text("logo") is not { } value) return null;
        var relative = value.Trim().TrimStart('/').Replace('\\', '/');
        var full = Path.GetFullPath(context.FullPath(relative));
        var images = Path.GetFullPath(context.FullPath("images")) + Path.DirectorySeparatorChar;
        var extension = Path.GetExtension(relative).ToLowerInvariant();
        if (!full.StartsWith(images, StringComparison.Ordinal) || extension is not (".svg" or ".png")
            || context.Files.CheckedFile(relative, context.Diagnostics, fields.SpanOf("logo")) is null)
        {
            context.Diagnostics.Error(DiagnosticCodes.LogoUnusable, fields.SpanOf("logo"),
                $"'logo' must be an SVG or PNG file under content/images, like images/logo.svg, not \"{value}\"");
            return null;
        }
        return "/" + relative;
    }

    private static ContactDetails? ReadContact(LoadContext context, YamlFields fields)
    {
        if (fields.Map("contact", required: true) is not { } map) return null;
        var contact = context.Fields(map, ContactKeys);
        var details = new ContactDetails(contact.Text("phone"), contact.Text("email"), contact.Text("address"), contact.Text("opening_hours"));
        if (details.Phone is null && details.Email is null)
            context.Diagnostics.Error(DiagnosticCodes.MissingKey, map.Span,
                "'contact' needs at least a phone number or an email address: it is printed on every leaflet and Word document");
        return details;
    }

    private static FeedbackSettings? ReadFeedback(LoadContext context, YamlFields fields)
    {
        if (fields.Map("feedback") is not { } map) return null;
        var feedback = context.Fields(map, FeedbackKeys);
        return new FeedbackSettings(feedback.Text("url"), feedback.Text("email"));
    }

    private static IReadOnlyList<AgeGroup> ReadAgeGroups(LoadContext context, YamlFields fields)
    {
        if (fields.List("age_groups") is not { } list) return DefaultAgeGroups;
        var groups = new List<AgeGroup>();
        var spans = new List<Diagnostics.SourceSpan>();
        foreach (var group in context.EachMapping(list, AgeGroupKeys, "each age group must be { id: ..., label: ..., min: ..., max: ... }"))
        {
            var id = SiteIds.Check(context, group.Text("id", required: true), group.SpanOf("id"), "age group id", SiteIds.BecomesAddress);
            var label = group.Text("label", required: true);
            var min = group.Int("min", required: true, min: 0, max: 120);
            var max = group.Int("max", required: true, min: 0, max: 120);
            if (id is null || label is null || min is null || max is null) continue;
            if (min > max)
                context.Diagnostics.Error(DiagnosticCodes.InvalidValue, group.Mapping.Span, $"age group '{id}': 'min' ({min}) is more than 'max' ({max})");
            groups.Add(new AgeGroup(id, label, min.Value, max.Value));
            spans.Add(group.SpanOf("id"));
        }
        SiteIds.CheckUnique(context, groups.Select((g, i) => (g.Id, spans[i])), "age group");
        return groups;
    }

    private static IReadOnlyList<Need> ReadNeeds(LoadContext context, YamlFields fields)
    {
        if (fields.Node("needs") is null) return Defaults.Needs;
        var needs = new List<(Need Need, Diagnostics.SourceSpan At)>();
        if (fields.Node("needs") is YamlSequence list)
        {
            foreach (var item in list.Items)
            {
                // A need is an id, or { id, label } where the words families see differ from the id.
                if (item is YamlScalar scalar)
                {
                    if (SiteIds.Check(context, scalar.Value.Trim(), scalar.Span, "need id", SiteIds.BecomesAddress) is { } id)
                        needs.Add((NeedFromId(id), scalar.Span));
                }
                else if (item is YamlMapping map)
                {
                    var need = context.Fields(map, NeedKeys);
                    if (SiteIds.Check(context, need.Text("id", required: true), need.SpanOf("id"), "need id", SiteIds.BecomesAddress) is { } id)
                        needs.Add((new Need(id, need.Text("label") ?? NeedFromId(id).Label), need.SpanOf("id")));
                }
            }
        }
        else
        {
            foreach (var word in fields.Words("needs"))
                if (SiteIds.Check(context, word.Value.Trim(), word.Span, "need id", SiteIds.BecomesAddress) is { } id)
                    needs.Add((NeedFromId(id), word.Span));
        }
        SiteIds.CheckUnique(context, needs.Select(n => (n.Need.Id, n.At)), "need");
        return needs.Select(n => n.Need).ToList();
    }

    /// <summary>A title or name printed on every page, PDF and Word document: one line of text.</summary>
    private static string? OneLine(LoadContext context, YamlFields fields, string key)
    {
        var value = fields.Text(key, required: true);
        if (value is null || !value.Any(c => char.IsControl(c) || c is '\u2028' or '\u2029')) return value;
        context.Diagnostics.Error(DiagnosticCodes.InvalidValue, fields.SpanOf(key),
            $"'{key}' must be one line of text without control characters (a line break, tab or escape such as \\n), not \"{value}\"");
        return null;
    }

    /// <summary>The site's full address: an absolute http or https URL with a host, nothing a browser or robots.txt
    /// would read differently (spaces, control characters), and no query or fragment (page paths are added to it).</summary>
    private static string? ReadBaseUrl(LoadContext context, YamlFields fields)
    {
        var baseUrl = fields.Text("base_url", required: true);
        if (baseUrl is null) return null;
        if (!baseUrl.Any(c => char.IsControl(c) || char.IsWhiteSpace(c))
            && Uri.TryCreate(baseUrl, UriKind.Absolute, out var uri) && uri.Scheme is "https" or "http"
            && uri.Host.Length > 0 && uri.UserInfo.Length == 0 && !baseUrl.Contains('?') && !baseUrl.Contains('#'))
            return baseUrl;
        context.Diagnostics.Error(DiagnosticCodes.InvalidValue, fields.SpanOf("base_url"),
            $"'base_url' must be the site's full address, like https://localoffer.example.gov.uk/ (no spaces, line breaks, '?' or '#'), not \"{baseUrl}\"");
        return null;
    }

    private static string? ReadLanguage(LoadContext context, YamlFields fields)
    {
        var language = fields.Text("language") ?? "en-GB";
        if (LanguageTag.IsWellFormed(language)) return language;
        context.Diagnostics.Error(DiagnosticCodes.InvalidLanguageTag, fields.SpanOf("language"),
            $"'language' must be a language tag (BCP 47) such as en-GB or cy-GB: letters and digits in parts joined by '-', not \"{language}\"");
        return null;
    }

    /// <summary>Words for a need id: <c>social-emotional-mental-health</c> → "Social, emotional and mental health".</summary>
    public static Need NeedFromId(string id) => new(id, id switch
    {
        "social-emotional-mental-health" => "Social, emotional and mental health",
        "communication" => "Speech, language and communication",
        "sensory" => "Sensory (hearing and vision)",
        "medical" => "Medical conditions",
        _ => char.ToUpperInvariant(id[0]) + id[1..].Replace('-', ' '),
    });
}
