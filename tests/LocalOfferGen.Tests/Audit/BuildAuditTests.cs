using AngleSharp.Html.Parser;
using LocalOfferGen.Building;
using LocalOfferGen.Diagnostics;
using LocalOfferGen.Output;

namespace LocalOfferGen.Tests.Audit;

/// <summary>The audit is a step of every build, which writes its report to audit/index.html.</summary>
public class BuildAuditTests
{
    [Fact]
    public void Every_build_writes_a_self_contained_noindex_report_with_charts_and_their_tables()
    {
        using var site = AuditTestSite.With(
            AuditTestSite.Page("older", "Some words.", reviewed: "2025-01-01"),
            AuditTestSite.Page("old", "Some words.", reviewed: "2025-09-01"));
        var output = Path.Combine(site.Root, "output");
        var result = SiteBuilder.Build(new BuildOptions
        {
            ContentDirectory = site.Content, OutputDirectory = output, Formats = ["web"],
            Settings = new BuildSettings { Today = AuditTestSite.Today },
        }, cancellation: TestContext.Current.CancellationToken);
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        Assert.NotNull(result.Audit);
        Assert.True(result.Audit.BuiltOutputChecked);
        Assert.Contains("audit/index.html", result.FilesWritten.Keys);

        var html = File.ReadAllText(Path.Combine(output, "audit", "index.html"));
        var document = new HtmlParser().ParseDocument(html);
        Assert.Equal("noindex", document.QuerySelector("meta[name=robots]")?.GetAttribute("content"));
        Assert.Equal("en-GB", document.DocumentElement.GetAttribute("lang"));
        Assert.Empty(document.QuerySelectorAll("script, style, img, iframe"));
        // Its one stylesheet sits beside it, so the page keeps the site's Content-Security-Policy.
        Assert.Equal("report.css", Assert.Single(document.QuerySelectorAll("link[rel=stylesheet]")).GetAttribute("href"));
        Assert.Contains("default-src 'self'", document.QuerySelector("meta[http-equiv=Content-Security-Policy]")?.GetAttribute("content"));
        Assert.Contains("font-family", File.ReadAllText(Path.Combine(output, "audit", "report.css")));
        Assert.Single(document.QuerySelectorAll("h1"));

        // Three charts, each hidden from screen readers and followed by a table of the same numbers.
        var figures = document.QuerySelectorAll("figure");
        Assert.Equal(3, figures.Length);
        foreach (var figure in figures)
        {
            Assert.Equal("true", figure.QuerySelector("svg")!.GetAttribute("aria-hidden"));
            Assert.NotNull(figure.QuerySelector("table th[scope=col]"));
            Assert.NotEmpty(figure.QuerySelector("figcaption")!.TextContent.Trim());
        }
        var review = figures[2].QuerySelectorAll("tbody tr").Select(r => r.TextContent.Trim()).ToList();
        Assert.Contains("Overdue2", review);

        // The coverage table lists every topic with what covers it, linked relative to /audit/.
        var coverage = document.GetElementById("coverage")!.NextElementSibling!.NextElementSibling!.QuerySelector("table")!;
        Assert.Equal(result.Site!.Topics.Count, coverage.QuerySelectorAll("tbody tr").Length);
        var published = coverage.QuerySelectorAll("tbody tr").Single(r => r.TextContent.Contains("You said, we did"));
        Assert.Equal("../you-said-we-did/", published.QuerySelector("a")!.GetAttribute("href"));

        // Overdue pages, most overdue first.
        var overdue = document.GetElementById("review")!.NextElementSibling!.NextElementSibling!.QuerySelector("table")!;
        var rows = overdue.QuerySelectorAll("tbody tr").Select(r => r.TextContent).ToList();
        Assert.Equal(2, rows.Count);
        Assert.Contains("330 days overdue", rows[0]);
        Assert.Contains("87 days overdue", rows[1]);
    }

    [Fact]
    public void An_audit_error_fails_the_build_and_leaves_the_output_alone()
    {
        using var site = AuditTestSite.With(AuditTestSite.Page("broken", "See [the part that is not there](/ehc-plans/#nowhere)."));
        var output = Path.Combine(site.Root, "output");
        var result = SiteBuilder.Build(new BuildOptions
        {
            ContentDirectory = site.Content, OutputDirectory = output, Formats = ["web"],
            Settings = new BuildSettings { Today = AuditTestSite.Today },
        }, cancellation: TestContext.Current.CancellationToken);
        Assert.False(result.Succeeded);
        var error = Assert.Single(result.Diagnostics, d => d.Severity == Severity.Error);
        Assert.Equal((DiagnosticCodes.MissingAnchor, 9), (error.Code, error.Line));
        Assert.False(Directory.Exists(output));
    }
}
