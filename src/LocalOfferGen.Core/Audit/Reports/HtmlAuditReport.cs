using System.Globalization;
using System.Net;
using System.Text;
using LocalOfferGen.Model;
using LocalOfferGen.Wording;

namespace LocalOfferGen.Audit.Reports;

/// <summary>The report families and inspectors read, written by every build to output/audit/index.html:
/// one plain, accessible page with its stylesheet beside it (no scripts, nothing from other sites, the same
/// Content-Security-Policy as every other page), kept out of search engines.</summary>
public static class HtmlAuditReport
{
    public const string SitePath = "audit/index.html";
    public const string StylesheetPath = "audit/report.css";

    /// <summary>The report's stylesheet, written to <see cref="StylesheetPath"/>: a file rather than an inline
    /// &lt;style&gt;, so the page keeps <c>default-src 'self'</c> like the rest of the site.</summary>
    public static string Stylesheet => Css;

    private const string Blue = "#1d70b8", Green = "#00703c", Red = "#d4351c", Orange = "#a35200";

    public static string Write(AuditReport report)
    {
        var s = report.Summary;
        var h = new StringBuilder();
        h.AppendLine("<!DOCTYPE html>");
        h.AppendLine("<html lang=\"en-GB\">");
        h.AppendLine("<head>");
        h.AppendLine("<meta charset=\"utf-8\">");
        h.AppendLine("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">");
        h.AppendLine("<meta name=\"robots\" content=\"noindex\">");
        h.AppendLine($"<title>Audit of {E(report.SiteTitle)}, {report.Today:yyyy-MM-dd}</title>");
        h.AppendLine("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'\">");
        h.AppendLine("<link rel=\"stylesheet\" href=\"report.css\">");
        h.AppendLine("</head>");
        h.AppendLine("<body>");
        h.AppendLine("<a class=\"skip\" href=\"#main\">Skip to the report</a>");
        h.AppendLine("<main id=\"main\">");
        h.AppendLine($"<h1>Audit of the Local Offer</h1>");
        h.AppendLine($"<p class=\"lead\">{E(report.SiteTitle)}, published by {E(report.Authority)}. Audited on {Date(report.Today)}.</p>");
        var resultClass = report.Failed ? "failed" : s.Warnings > 0 ? "warned" : "passed";
        h.AppendLine($"<p class=\"result {resultClass}\"><strong>{report.Result}</strong>: " +
                     $"{Plural(s.Errors, "error")}, {Plural(s.Warnings, "warning")} and {Plural(s.Notices, "notice")}." +
                     $"{(report.Strict ? " Strict mode: any error or warning fails." : "")}</p>");
        h.AppendLine("<p>The SEND Code of Practice (4.7) asks for a Local Offer that is accessible, comprehensive, up to date and transparent, " +
                     "and the SEND Regulations 2014 (regulations 53 to 56 and Schedule 2) say what it must cover and how families are involved. " +
                     "This report checks the Local Offer against them and against good practice. <a href=\"#about\">How to read this report</a>.</p>");
        WriteContents(h, report);
        WriteSummary(h, report);
        WriteCharts(h, report);
        WriteCoverage(h, report);
        WriteReview(h, report);
        WriteReadability(h, report);
        WriteFindings(h, report);
        WriteAbout(h, report);
        h.AppendLine("</main>");
        h.AppendLine("</body>");
        h.AppendLine("</html>");
        return h.ToString();
    }

    private static void WriteContents(StringBuilder h, AuditReport report)
    {
        h.AppendLine("<nav aria-labelledby=\"contents\"><h2 id=\"contents\">Contents</h2><ol>");
        foreach (var (id, title) in new[] { ("summary", "Summary"), ("charts", "Charts"), ("coverage", "Statutory coverage"),
                     ("review", "Overdue and due for review"), ("reading", "Reading scores of each page"), ("findings", "Findings by check"),
                     ("about", "How to read this report") })
            h.AppendLine($"<li><a href=\"#{id}\">{title}</a></li>");
        h.AppendLine("</ol></nav>");
    }

    private static void WriteSummary(StringBuilder h, AuditReport report)
    {
        var s = report.Summary;
        h.AppendLine("<h2 id=\"summary\">Summary</h2>");
        h.AppendLine("<table><caption class=\"visually-hidden\">Summary of the audit</caption>");
        h.AppendLine("<thead><tr><th scope=\"col\">Check</th><th scope=\"col\">Result</th></tr></thead><tbody>");
        var missing = report.Coverage.Where(c => !c.IsCovered).Select(c => $"{c.Topic.Title} ({(c.Topic.Level == TopicLevel.Must ? "must" : "should")})").ToList();
        Row(h, "Statutory coverage", $"{s.MustTopicsCovered} of {s.MustTopics} required (must) topics covered; {s.ShouldTopicsCovered} of {s.ShouldTopics} recommended (should) topics covered" +
            (missing.Count > 0 ? $". Not covered: {string.Join("; ", missing)}" : ""));
        Row(h, "Up to date", $"{s.Overdue} overdue for review; {s.DueSoon} due for review soon; {Counts.Of(report.Review.Count, "page or service", "pages and services")} in all");
        Row(h, "Links", $"{Plural(s.BrokenLinks, "problem")}");
        Row(h, "Accessibility of content", Plural(s.Accessibility, "problem"));
        Row(h, "Plain English", Plural(s.PlainEnglish, "problem"));
        Row(h, "Transparency", Plural(s.Transparency, "problem"));
        if (report.Checks.Any(c => c.Id == AuditCheckIds.EasyRead)) Row(h, "Easy read", Plural(s.EasyRead, "problem"));
        h.AppendLine("</tbody></table>");
        foreach (var note in AuditNotes.Of(report)) h.AppendLine($"<p class=\"note\">{E(note)}</p>");
    }

    private static void WriteCharts(StringBuilder h, AuditReport report)
    {
        h.AppendLine("<h2 id=\"charts\">Charts</h2>");
        h.AppendLine("<p>Each chart is followed by a table with the same numbers.</p>");

        var groups = TopicGroups.Order
            .Select(g => (Group: g, Rows: report.Coverage.Where(c => c.Group == g).ToList()))
            .Where(g => g.Rows.Count > 0).ToList();
        Chart(h, "chart-coverage", "Statutory topics covered, by area",
            groups.Select(g => new Bar(g.Group, (double)g.Rows.Count(r => r.IsCovered) / g.Rows.Count,
                $"{g.Rows.Count(r => r.IsCovered)} of {g.Rows.Count}", g.Rows.All(r => r.IsCovered) ? Green : Red)).ToList(),
            ["Area", "Topics covered", "Topics"],
            groups.Select(g => new[] { g.Group, g.Rows.Count(r => r.IsCovered).ToString(CultureInfo.InvariantCulture), g.Rows.Count.ToString(CultureInfo.InvariantCulture) }));

        var bands = ReadingAgeBands(report);
        var most = Math.Max(1, bands.Max(b => b.Count));
        Chart(h, "chart-reading", "Information pages by reading age",
            bands.Select(b => new Bar(b.Label, (double)b.Count / most, Plural(b.Count, "page"), Blue)).ToList(),
            ["Reading age", "Pages"], bands.Select(b => new[] { b.Label, b.Count.ToString(CultureInfo.InvariantCulture) }));

        var states = new[]
        {
            ("Up to date", report.Review.Count(r => r.State == ReviewState.UpToDate), Green),
            ("Due for review soon", report.Review.Count(r => r.State == ReviewState.DueSoon), Orange),
            ("Overdue", report.Review.Count(r => r.State == ReviewState.Overdue), Red),
        };
        var total = Math.Max(1, report.Review.Count);
        Chart(h, "chart-review", "Review status of pages, easy-read pages and services",
            states.Select(x => new Bar(x.Item1, (double)x.Item2 / total, $"{x.Item2} of {report.Review.Count}", x.Item3)).ToList(),
            ["Status", "Pages and services"], states.Select(x => new[] { x.Item1, x.Item2.ToString(CultureInfo.InvariantCulture) }));
    }

    private static List<(string Label, int Count)> ReadingAgeBands(AuditReport report)
    {
        var scored = report.Readability.Where(r => r.IsScored).Select(r => r.Scores.ReadingAge).ToList();
        var bands = new List<(string, int)>
        {
            ("9 or under", scored.Count(a => a < 9.5)),
            ("10 to 11", scored.Count(a => a is >= 9.5 and < 11.5)),
            ("12 to 13", scored.Count(a => a is >= 11.5 and < 13.5)),
            ("14 to 15", scored.Count(a => a is >= 13.5 and < 15.5)),
            ("16 to 17", scored.Count(a => a is >= 15.5 and < 17.5)),
            ("18 or over", scored.Count(a => a >= 17.5)),
        };
        var unscored = report.Readability.Count(r => !r.IsScored);
        if (unscored > 0) bands.Add(($"Under {PageReadability.MinimumWords} words", unscored));
        return bands;
    }

    private static void Chart(StringBuilder h, string id, string title, IReadOnlyList<Bar> bars, string[] headings, IEnumerable<string[]> rows)
    {
        h.AppendLine($"<figure aria-labelledby=\"{id}\">");
        h.AppendLine($"<figcaption id=\"{id}\"><h3>{E(title)}</h3></figcaption>");
        h.AppendLine("<div class=\"pair\">");
        h.AppendLine(SvgBarChart.Render(bars));
        h.AppendLine($"<table class=\"data\"><caption class=\"visually-hidden\">{E(title)}</caption><thead><tr>");
        h.Append(string.Concat(headings.Select(x => $"<th scope=\"col\">{E(x)}</th>")));
        h.AppendLine("</tr></thead><tbody>");
        foreach (var row in rows)
            h.AppendLine($"<tr><th scope=\"row\">{E(row[0])}</th>{string.Concat(row.Skip(1).Select(c => $"<td>{E(c)}</td>"))}</tr>");
        h.AppendLine("</tbody></table>");
        h.AppendLine("</div>");
        h.AppendLine("</figure>");
    }

    private static void WriteCoverage(StringBuilder h, AuditReport report)
    {
        h.AppendLine("<h2 id=\"coverage\">Statutory coverage</h2>");
        h.AppendLine("<p>Each topic the SEND Regulations 2014 (Schedule 2) and the SEND Code of Practice (chapter 4) say a Local Offer must or " +
                     "should cover, and the published pages and services that cover it. Pages and services cover a topic by naming it in " +
                     "<code>topics</code>. Some topics are met by what the generator builds, counted only when it was built.</p>");
        h.AppendLine("<div class=\"wide\" role=\"region\" aria-label=\"Statutory topics and what covers them\" tabindex=\"0\">");
        h.AppendLine("<table class=\"coverage\"><caption class=\"visually-hidden\">Statutory topics and what covers them</caption>");
        h.AppendLine("<thead><tr><th scope=\"col\">Topic</th><th scope=\"col\">Level</th><th scope=\"col\">Reference</th><th scope=\"col\">Covered by</th></tr></thead><tbody>");
        foreach (var row in report.Coverage)
        {
            var level = row.Topic.Level == TopicLevel.Must ? "Must" : "Should";
            var covered = row.IsCovered
                ? "<ul>" + string.Concat(row.CoveredBy.Select(c => $"<li>{Link(c.Title, c.Url)}{(c.Kind == "page" ? "" : $" <span class=\"kind\">({E(Kind(c.Kind))})</span>")}</li>")) + "</ul>"
                : $"<strong class=\"bad\">Not covered</strong>";
            h.AppendLine($"<tr{(row.IsCovered ? "" : " class=\"gap\"")}><th scope=\"row\">{E(row.Topic.Title)}{(row.Topic.IsLocal ? " <span class=\"kind\">(local topic)</span>" : "")}</th>" +
                         $"<td>{level}</td><td>{E(row.Topic.Reference)}</td><td>{covered}</td></tr>");
        }
        h.AppendLine("</tbody></table></div>");
    }

    private static void WriteReview(StringBuilder h, AuditReport report)
    {
        var late = report.Review.Where(r => r.State != ReviewState.UpToDate).OrderByDescending(r => r.DaysOverdue).ThenBy(r => r.Url, StringComparer.Ordinal).ToList();
        h.AppendLine("<h2 id=\"review\">Overdue and due for review</h2>");
        h.AppendLine($"<p>Every page, easy-read page and service has a date by which it must be checked again. " +
                     $"Listed here: those past that date, most overdue first, then those due within the next days.</p>");
        if (late.Count == 0)
        {
            h.AppendLine("<p>Nothing is overdue or due for review soon.</p>");
            return;
        }
        h.AppendLine("<div class=\"wide\" role=\"region\" aria-label=\"Pages and services overdue or due for review\" tabindex=\"0\">");
        h.AppendLine("<table><caption class=\"visually-hidden\">Pages and services overdue or due for review</caption>");
        h.AppendLine("<thead><tr><th scope=\"col\">Page or service</th><th scope=\"col\">Last reviewed</th><th scope=\"col\">Review by</th><th scope=\"col\">Status</th></tr></thead><tbody>");
        foreach (var item in late)
        {
            var status = item.State == ReviewState.Overdue
                ? $"<strong class=\"bad\">{Plural(item.DaysOverdue, "day")} overdue</strong>"
                : item.DaysLeft == 0 ? "Due today" : $"Due in {Plural(item.DaysLeft, "day")}";
            h.AppendLine($"<tr><th scope=\"row\">{Link(item.Title, item.Url)} <span class=\"kind\">({E(Kind(item.Kind))}, {E(item.Path)})</span></th>" +
                         $"<td>{Date(item.Reviewed)}</td><td>{Date(item.ReviewBy)}</td><td>{status}</td></tr>");
        }
        h.AppendLine("</tbody></table></div>");
    }

    private static void WriteReadability(StringBuilder h, AuditReport report)
    {
        h.AppendLine("<h2 id=\"reading\">Reading scores of each page</h2>");
        h.AppendLine($"<p>Flesch reading ease runs from 0 (very hard) to 100 (very easy); 60 or more is plain English. " +
                     $"The reading age is the Flesch-Kincaid grade plus 5 years. Hardest pages first. Pages under {PageReadability.MinimumWords} words are listed but not judged.</p>");
        h.AppendLine("<div class=\"wide\" role=\"region\" aria-label=\"Reading scores\" tabindex=\"0\">");
        h.AppendLine("<table><caption class=\"visually-hidden\">Reading ease and reading age of each information page</caption>");
        h.AppendLine("<thead><tr><th scope=\"col\">Page</th><th scope=\"col\" class=\"num\">Words</th><th scope=\"col\" class=\"num\">Words a sentence</th>" +
                     "<th scope=\"col\" class=\"num\">Reading ease</th><th scope=\"col\" class=\"num\">Reading age</th></tr></thead><tbody>");
        foreach (var page in report.Readability.OrderBy(p => p.IsScored ? 0 : 1).ThenBy(p => p.Scores.ReadingEase).ThenBy(p => p.Url, StringComparer.Ordinal))
        {
            var sc = page.Scores;
            var perSentence = sc.Sentences == 0 ? "–" : N((double)sc.Words / sc.Sentences);
            h.AppendLine($"<tr><th scope=\"row\">{Link(page.Title, page.Url)}</th><td class=\"num\">{sc.Words}</td><td class=\"num\">{perSentence}</td>" +
                         $"<td class=\"num\">{(page.IsScored ? N(sc.ReadingEase) : "–")}</td><td class=\"num\">{(page.IsScored ? N(sc.ReadingAge) : "–")}</td></tr>");
        }
        h.AppendLine("</tbody></table></div>");
    }

    private static void WriteFindings(StringBuilder h, AuditReport report)
    {
        h.AppendLine("<h2 id=\"findings\">Findings by check</h2>");
        h.AppendLine("<p>Each finding names the file and line to change. Errors must be fixed; warnings should be; notices are for information.</p>");
        foreach (var (id, title) in report.Checks)
        {
            var findings = report.FindingsOf(id).ToList();
            h.AppendLine($"<h3 id=\"check-{id}\">{E(title)}: {ConsoleAuditReport.Count(findings)}</h3>");
            if (findings.Count == 0) continue;
            h.AppendLine($"<div class=\"wide\" role=\"region\" aria-label=\"{E(title)} findings\" tabindex=\"0\">");
            h.AppendLine($"<table class=\"findings\"><caption class=\"visually-hidden\">{E(title)} findings</caption>");
            h.AppendLine("<thead><tr><th scope=\"col\">Where</th><th scope=\"col\">Severity</th><th scope=\"col\">Finding</th></tr></thead><tbody>");
            foreach (var f in findings)
                h.AppendLine($"<tr><td class=\"where\">{E(f.Path)}{(f.Line > 0 ? $", line {f.Line}" : "")}</td>" +
                             $"<td><span class=\"sev {f.SeverityName}\">{f.SeverityName}</span> <span class=\"code\">{f.Code}</span></td><td>{E(f.Message)}</td></tr>");
            h.AppendLine("</tbody></table></div>");
        }
    }

    private static void WriteAbout(StringBuilder h, AuditReport report)
    {
        h.AppendLine("<h2 id=\"about\">How to read this report</h2>");
        h.AppendLine("<ul>");
        h.AppendLine("<li><strong>Statutory coverage</strong>: a topic is covered when a published page or service lists it in <code>topics</code>. " +
                     "A required topic that nothing covers is a warning, and an error in strict mode.</li>");
        h.AppendLine("<li><strong>Up to date</strong>: each page and service must be reviewed by its <code>review_by</code> date. " +
                     "\"You said, we did\" must be published at least once a year (SEND Regulations 2014, regulation 56).</li>");
        h.AppendLine("<li><strong>Links</strong>: every link to a page and picture of the site is checked when the site is built; " +
                     "the audit also checks anchors (#) and links to the Word documents, leaflets and open data the build writes.</li>");
        h.AppendLine("<li><strong>Accessibility of content</strong>: alt text, link words, heading order, table headers, capitals and information only in PDF or Word files.</li>");
        h.AppendLine("<li><strong>Plain English</strong>: the SEND Code of Practice (4.7) asks for information that is easy to understand, factual and jargon-free. " +
                     "Reading scores are a guide: a short page with long words can score badly and still be clear.</li>");
        h.AppendLine("<li><strong>Transparency</strong>: every page names its owner; every service says who can use it, how to get it and how to get in touch.</li>");
        h.AppendLine("</ul>");
        h.AppendLine($"<p>Made by LocalOfferGen. The full list of codes and how to fix each one is in docs/audit.md.</p>");
    }

    private static void Row(StringBuilder h, string check, string result) =>
        h.AppendLine($"<tr><th scope=\"row\">{E(check)}</th><td>{E(result)}</td></tr>");

    /// <summary>A link to a page of the site, relative to /audit/ so the report works wherever the site is served.</summary>
    private static string Link(string title, string url)
    {
        var href = url.StartsWith('/') ? ".." + url : url;
        return $"<a href=\"{E(href)}\">{E(title)}</a>";
    }

    private static string Kind(string kind) => kind switch
    {
        "generator" => "built by the generator",
        "easy-read" => "easy-read page",
        "journey" => "step-by-step journey",
        _ => kind,
    };

    private static string Plural(int n, string word) => Counts.Of(n, word);
    private static string Date(DateOnly date) => date.ToString("d MMMM yyyy", CultureInfo.InvariantCulture);
    private static string N(double value) => value.ToString("0", CultureInfo.InvariantCulture);
    private static string E(string text) => WebUtility.HtmlEncode(text);

    private const string Css = """
        body { font-family: Arial, Helvetica, sans-serif; font-size: 1.1875rem; line-height: 1.5; color: #0b0c0c; background: #fff; margin: 0; }
        main { max-width: 68rem; margin: 0 auto; padding: 1rem 1.25rem 3rem; }
        h1 { font-size: 2.25rem; margin: 1rem 0 0.5rem; } h2 { font-size: 1.6rem; margin-top: 2.5rem; border-top: 2px solid #b1b4b6; padding-top: 1rem; }
        h3 { font-size: 1.25rem; margin: 1.5rem 0 0.5rem; }
        a { color: #1d70b8; } a:visited { color: #4c2c92; } a:focus { outline: 3px solid #fd0; background: #fd0; color: #0b0c0c; }
        .skip { position: absolute; left: -9999px; } .skip:focus { position: static; display: inline-block; padding: 0.5rem; }
        .lead { font-size: 1.3rem; }
        .result { padding: 0.75rem 1rem; border-left: 8px solid; font-size: 1.25rem; }
        .result.passed { border-color: #00703c; background: #e8f5ee; } .result.failed { border-color: #d4351c; background: #fbe9e6; }
        .result.warned { border-color: #a35200; background: #fdf0e6; }
        table.coverage th:first-child { width: 42%; } table.coverage td:last-child { width: 36%; }
        table.findings { table-layout: fixed; } table.findings th:nth-child(2) { width: 8.5rem; }
        .note { border-left: 5px solid #b1b4b6; padding-left: 0.75rem; color: #484949; }
        table { border-collapse: collapse; width: 100%; margin: 0.75rem 0 1.5rem; font-size: 1rem; }
        th, td { text-align: left; vertical-align: top; padding: 0.45rem 0.6rem 0.45rem 0; border-bottom: 1px solid #b1b4b6; }
        thead th { border-bottom: 2px solid #0b0c0c; } .num { text-align: right; }
        td ul { margin: 0; padding-left: 1.1rem; } .kind { color: #484949; font-weight: normal; }
        tr.gap th, .bad { color: #d4351c; } .where { font-family: Consolas, monospace; font-size: 0.9rem; word-break: break-all; }
        table.findings th:first-child { width: 28%; }
        .sev { font-weight: bold; } .sev.error { color: #d4351c; } .sev.warning { color: #a35200; } .sev.notice { color: #484949; }
        .code { font-family: Consolas, monospace; font-size: 0.9rem; }
        figure { margin: 1rem 0 2rem; } figcaption h3 { margin-top: 0; }
        .chart { max-width: 100%; height: auto; font-size: 14px; font-family: Arial, Helvetica, sans-serif; fill: #0b0c0c; }
        .pair { display: flex; flex-wrap: wrap; gap: 1rem 2.5rem; align-items: flex-start; }
        table.data { width: auto; min-width: 16rem; margin-top: 0; }
        .visually-hidden { position: absolute !important; width: 1px; height: 1px; margin: 0; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; border: 0; }
        td { overflow-wrap: break-word; }
        .wide { overflow-x: auto; margin: 0.75rem 0 1.5rem; } .wide:focus { outline: 3px solid #fd0; }
        .wide table { min-width: 40rem; margin: 0; }
        @media print { a { color: #0b0c0c; } .skip { display: none; } }
        """;
}
