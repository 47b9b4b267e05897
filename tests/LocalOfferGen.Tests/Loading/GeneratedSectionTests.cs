using LocalOfferGen.Building;
using LocalOfferGen.Diagnostics;
using LocalOfferGen.Output;
using LocalOfferGen.Tests.Word;

namespace LocalOfferGen.Tests.Loading;

/// <summary>A folder of pages without an index.md gets a section page made for it, as Hugo does, and a warning.</summary>
public sealed class GeneratedSectionTests : IDisposable
{
    private readonly TestContent _content = new();

    public GeneratedSectionTests()
    {
        _content.Write("pages/my-section/first-page.md", Page("First page", "2026-09-02"));
        _content.Write("pages/my-section/second-page.md", Page("Second page", "2026-09-05"));
        _content.Write("pages/my-section/deeper_folder/inner.md", Page("Inner page", "2026-09-03"));
    }

    public void Dispose() => _content.Dispose();

    private static string Page(string title, string reviewed) => $"""
        ---
        title: {title}
        summary: A page about {title.ToLowerInvariant()}.
        reviewed: {reviewed}
        owner: SEND Team
        ---

        ## About it

        Some words about it.
        """;

    private string Html(string path) => File.ReadAllText(Path.Combine(_content.Output, path));

    [Fact]
    public void The_folder_gets_a_section_page_in_the_menu_and_breadcrumbs_with_a_warning()
    {
        var result = _content.Build("web", "word");
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        var warnings = result.Diagnostics.Where(d => d.Code == DiagnosticCodes.SectionWithoutIndex).ToList();
        Assert.Equal(2, warnings.Count);
        Assert.All(warnings, w => Assert.Equal((Severity.Warning, 1, 1), (w.Severity, w.Line, w.Column)));
        var top = Assert.Single(warnings, w => w.Path.EndsWith("pages/my-section/first-page.md", StringComparison.Ordinal));
        Assert.Contains("the folder pages/my-section/ has no index.md", top.Message);
        Assert.Contains("title \"My section\", listing its 3 pages", top.Message);
        Assert.Contains("write pages/my-section/index.md", top.Message);
        Assert.Contains(warnings, w => w.Path.EndsWith("pages/my-section/deeper_folder/inner.md", StringComparison.Ordinal));

        var site = result.Site!;
        var section = site.FindPage("/my-section/")!;
        Assert.True(section.IsGenerated);
        Assert.True(section.IsSectionIndex);
        Assert.Equal("My section", section.Title);
        Assert.Equal("Deeper folder", site.FindPage("/my-section/deeper-folder/")!.Title);
        Assert.Equal(["Deeper folder", "First page", "Second page"], site.ChildrenOf(section).Select(p => p.Title));
        Assert.Equal("Pages in this section: Deeper folder, First page and Second page.", section.Summary);
        Assert.Equal(new DateOnly(2026, 9, 5), section.Reviewed);

        var page = Html("my-section/index.html");
        Assert.Contains("<h1>My section</h1>", page);
        Assert.Contains("First page</a>", page);
        Assert.Contains("Deeper folder</a>", page);
        Assert.Contains("Last reviewed <time datetime=\"2026-09-05\">5 September 2026</time></p>", page);
        var home = Html("index.html");
        Assert.Contains("My section", Between(home, "<nav class=\"site-nav\"", "</nav>"));
        var inner = Html("my-section/deeper-folder/inner/index.html");
        var crumbs = Between(inner, "<nav class=\"breadcrumbs\"", "</nav>");
        Assert.Contains("My section", crumbs);
        Assert.Contains("Deeper folder", crumbs);
        Assert.Contains("/my-section/</loc>", Html("sitemap.xml"));
        Assert.Contains("My section", Html("search-index.json"));

        Assert.True(File.Exists(Path.Combine(_content.Output, "documents", "my-section.docx")));
        using var handbook = new DocxReader(Path.Combine(_content.Output, "documents", "local-offer.docx"));
        Assert.Contains(handbook.Headings, h => h.Text == "My section");
    }

    [Fact]
    public void The_audit_asks_no_review_date_or_summary_of_a_page_nobody_wrote()
    {
        var result = _content.Build("web");
        var audit = result.Audit!;
        Assert.DoesNotContain(audit.Findings, f => f.Path.Contains("pages/my-section/", StringComparison.Ordinal) && f.Path.EndsWith('/'));
        Assert.DoesNotContain(audit.Review, r => r.Url == "/my-section/");
        Assert.DoesNotContain(audit.Readability, r => r.Url == "/my-section/");
    }

    [Fact]
    public void Writing_the_index_md_makes_the_warnings_go_and_strict_builds_pass()
    {
        var strict = Build(strict: true);
        Assert.False(strict.Succeeded);
        _content.Write("pages/my-section/index.md", Page("My own section", "2026-09-01"));
        _content.Write("pages/my-section/deeper_folder/index.md", Page("Deeper", "2026-09-01"));
        var result = Build(strict: true);
        Assert.DoesNotContain(result.Diagnostics, d => d.Code == DiagnosticCodes.SectionWithoutIndex);
        Assert.False(result.Site!.FindPage("/my-section/")!.IsGenerated);
        Assert.Equal("My own section", result.Site.FindPage("/my-section/")!.Title);
    }

    private BuildResult Build(bool strict) => SiteBuilder.Build(new BuildOptions
    {
        ContentDirectory = _content.Content,
        OutputDirectory = _content.Output,
        Formats = ["web"],
        Strict = strict,
        Settings = new BuildSettings { Today = new DateOnly(2026, 11, 27) },
    });

    private static string Between(string text, string start, string end)
    {
        var from = text.IndexOf(start, StringComparison.Ordinal);
        return text[from..text.IndexOf(end, from, StringComparison.Ordinal)];
    }
}
