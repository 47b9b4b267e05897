using AngleSharp.Html.Parser;
using LocalOfferGen.Changes;
using LocalOfferGen.Tests.Word;
using System.Xml.Linq;
using UglyToad.PdfPig;

namespace LocalOfferGen.Tests.Changes;

/// <summary>"Last updated" dates and "Recent changes" from a content folder in a real git repository, made here
/// with commits on known dates.</summary>
public sealed class GitLastUpdatedTests : IDisposable
{
    private readonly TestContent _content = new();
    private readonly LocalOfferGen.Building.BuildResult _result;

    public GitLastUpdatedTests()
    {
        _content.Write("leaflets/plans.yml", """
            title: EHC plans
            size: a5
            sections:
              - page: education/plans
            """);
        _content.Write("easy-read/education/plans.md", """
            ---
            title: EHC plans
            reviewed: 2026-09-01
            ---

            An EHC plan says what help you get.
            """);
        GitRepository.Init(_content.Root);
        GitRepository.CommitAll(_content.Root, new DateOnly(2026, 9, 10), "First version of the Local Offer");
        _content.Write("pages/education/plans.md", File.ReadAllText(Path.Combine(_content.Content, "pages/education/plans.md")) + "\nA new paragraph.\n");
        GitRepository.CommitAll(_content.Root, new DateOnly(2026, 10, 12), "Plans: new paragraph");
        _content.Write("services/portage.yml", File.ReadAllText(Path.Combine(_content.Content, "services/portage.yml")) + "\ncost: Free\n");
        GitRepository.CommitAll(_content.Root, new DateOnly(2026, 11, 3), "Portage is free");
        // Changed and not committed: still dated by its last commit, so the build does not depend on the day it runs.
        _content.Write("pages/education/index.md", File.ReadAllText(Path.Combine(_content.Content, "pages/education/index.md")) + "\nUncommitted.\n");
        _result = _content.Build("web", "easy-read", "word", "print");
    }

    public void Dispose() => _content.Dispose();

    private AngleSharp.Html.Dom.IHtmlDocument Html(string path) =>
        new HtmlParser().ParseDocument(File.ReadAllText(Path.Combine(_content.Output, path)));

    private string LastUpdated(string path) => Html(path).QuerySelector(".page-updated time")!.TextContent;

    [Fact]
    public void Each_page_and_service_shows_the_date_of_the_last_commit_that_changed_its_file()
    {
        Assert.True(_result.Succeeded, string.Join("\n", _result.Diagnostics));
        Assert.Equal("12 October 2026", LastUpdated("education/plans/index.html"));
        Assert.Equal("3 November 2026", LastUpdated("services/portage/index.html"));
        Assert.Equal("10 September 2026", LastUpdated("index.html".Replace("index.html", "education/index.html")));
        Assert.Equal("10 September 2026", LastUpdated("easy-read/education/plans/index.html"));
        Assert.Equal("2026-10-12", Html("education/plans/index.html").QuerySelector(".page-updated time")!.GetAttribute("datetime"));
        // Dates from git have no notes to show, so there is no "See all updates".
        Assert.Null(Html("education/plans/index.html").QuerySelector("details.page-changes"));
    }

    [Fact]
    public void Recent_changes_lists_every_commit_day_newest_first()
    {
        var items = Html("recent-changes/index.html").QuerySelectorAll("ol.recent-changes li")
            .Select(li => (Date: li.QuerySelector("time")!.GetAttribute("datetime"), Title: li.QuerySelector("a")!.TextContent)).ToList();
        Assert.Equal(("2026-11-03", "Portage"), items[0]);
        Assert.Equal(("2026-10-12", "EHC plans"), items[1]);
        Assert.All(items.Skip(2), i => Assert.Equal("2026-09-10", i.Date));
        // The first commit added every file: each page and service is there once for it, by title.
        Assert.Equal(["Education", "EHC plans", "EHC plans (easy read)", "Portage", "Testshire Local Offer"], items.Skip(2).Select(i => i.Title).ToArray());
    }

    [Fact]
    public void The_recent_changes_feed_has_the_same_changes_as_atom_entries()
    {
        var atom = XNamespace.Get("http://www.w3.org/2005/Atom");
        var feed = XDocument.Load(Path.Combine(_content.Output, "recent-changes.xml"));
        Assert.Equal("2026-11-03T00:00:00Z", feed.Root!.Element(atom + "updated")!.Value);
        var entries = feed.Root.Elements(atom + "entry").ToList();
        Assert.Equal(7, entries.Count);
        Assert.Equal("Portage: Updated", entries[0].Element(atom + "title")!.Value);
        Assert.Equal("https://localoffer.test.example/services/portage/#updated-2026-11-03", entries[0].Element(atom + "id")!.Value);
        Assert.Equal("https://localoffer.test.example/education/plans/", entries[1].Element(atom + "link")!.Attribute("href")!.Value);
        Assert.Equal(entries.Count, entries.Select(e => e.Element(atom + "id")!.Value).Distinct().Count());
    }

    [Fact]
    public void The_word_document_and_the_leaflet_print_the_last_updated_date()
    {
        using (var doc = new DocxReader(Path.Combine(_content.Output, "documents/education/plans.docx")))
            Assert.Contains("Last updated 12 October 2026.", DocxReader.TextOf(doc.Body));
        using (var doc = new DocxReader(Path.Combine(_content.Output, "documents/services.docx")))
            Assert.Contains("Last updated: 3 November 2026", DocxReader.TextOf(doc.Body));
        using var pdf = PdfDocument.Open(Path.Combine(_content.Output, "print/plans.pdf"));
        var text = string.Join(" ", pdf.GetPages().SelectMany(p => p.GetWords()).Select(w => w.Text));
        Assert.Contains("Last updated 12 October 2026", text);
    }

    [Fact]
    public void A_serve_rebuild_of_a_changed_body_keeps_the_dates_git_gave_the_page()
    {
        var loaded = _content.Load();
        _content.Write("pages/education/plans.md", File.ReadAllText(Path.Combine(_content.Content, "pages/education/plans.md")) + "\nEdited in serve.\n");
        var reloaded = LocalOfferGen.Loading.ContentReloader.Reload(loaded, _content.Content, ["pages/education/plans.md"]);
        Assert.NotNull(reloaded?.Site);
        var page = reloaded!.Site!.FindPage("/education/plans/")!;
        Assert.Contains("Edited in serve.", File.ReadAllText(Path.Combine(_content.Content, page.SourcePath)));
        Assert.Equal(new DateOnly(2026, 10, 12), page.LastUpdated);
        Assert.Equal(ChangeSource.Git, page.History.Source);
    }

    [Fact]
    public void A_shallow_clone_dates_only_the_commits_it_has_and_the_rest_fall_back_to_reviewed()
    {
        var clone = Path.Combine(_content.Root, "..", Path.GetFileName(_content.Root) + "-shallow");
        try
        {
            GitRepository.Git(_content.Root, null, "clone", "-q", "--depth", "2", "file://" + _content.Root, clone);
            var history = GitHistory.Read(Path.Combine(clone, "content"));
            Assert.True(history.IsShallow);
            Assert.Equal([new DateOnly(2026, 11, 3)], history.DatesOf("services/portage.yml"));
            // plans.md last changed in the commit at the clone's edge: its true date is not known, so there is none.
            Assert.Null(history.DatesOf("pages/education/plans.md"));
            Assert.Null(history.DatesOf("pages/index.md"));
        }
        finally
        {
            if (Directory.Exists(clone)) Directory.Delete(clone, recursive: true);
        }
    }
}

/// <summary>Written <c>changes:</c>, and the fallback to <c>reviewed</c> without git.</summary>
public sealed class WrittenChangesTests : IDisposable
{
    private readonly TestContent _content = new();

    public void Dispose() => _content.Dispose();

    [Fact]
    public void Without_git_every_page_and_service_shows_its_reviewed_date()
    {
        Assert.Equal(0, GitHistory.Read(_content.Content).FileCount);
        var result = _content.Build("web");
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        foreach (var path in new[] { "education/plans/index.html", "services/portage/index.html" })
        {
            var html = new HtmlParser().ParseDocument(File.ReadAllText(Path.Combine(_content.Output, path)));
            Assert.Equal("1 September 2026", html.QuerySelector(".page-updated time")!.TextContent);
        }
    }

    [Fact]
    public void A_file_with_changes_shows_them_under_see_all_updates_newest_first()
    {
        _content.Write("pages/education/plans.md", """
            ---
            title: EHC plans
            summary: What an EHC plan is.
            reviewed: 2026-09-01
            owner: SEND Team
            changes:
              - { date: 2026-09-20, note: Added how long each step takes. }
              - { date: 2026-10-12, note: "New: the annual review form." }
            ---

            An EHC plan is a legal document.
            """);
        var result = _content.Build("web");
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        var html = new HtmlParser().ParseDocument(File.ReadAllText(Path.Combine(_content.Output, "education/plans/index.html")));
        Assert.Equal("12 October 2026", html.QuerySelector(".page-updated time")!.TextContent);
        var details = html.QuerySelector("details.page-changes")!;
        Assert.Equal("See all updates", details.QuerySelector("summary")!.TextContent);
        Assert.Equal(["12 October 2026: New: the annual review form.", "20 September 2026: Added how long each step takes."],
            details.QuerySelectorAll("li").Select(li => li.TextContent).ToArray());
        var recent = new HtmlParser().ParseDocument(File.ReadAllText(Path.Combine(_content.Output, "recent-changes/index.html")));
        Assert.Contains("EHC plans: New: the annual review form.", recent.QuerySelector("ol.recent-changes li")!.TextContent);
    }

    [Fact]
    public void An_easy_read_page_shows_its_last_updated_date_and_changes_on_the_web_in_word_and_in_recent_changes()
    {
        _content.Write("easy-read/education/plans.md", """
            ---
            title: EHC plans
            summary: What an EHC plan is.
            reviewed: 2026-09-01
            changes:
              - { date: 2026-10-20, note: New pictures. }
            ---

            An EHC plan says what help you get.
            """);
        var result = _content.Build("web", "easy-read", "word");
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        var html = new HtmlParser().ParseDocument(File.ReadAllText(Path.Combine(_content.Output, "easy-read/education/plans/index.html")));
        Assert.Equal("20 October 2026", html.QuerySelector(".page-updated time")!.TextContent);
        Assert.Equal(["20 October 2026: New pictures."], html.QuerySelectorAll("details.page-changes li").Select(li => li.TextContent).ToArray());
        var recent = new HtmlParser().ParseDocument(File.ReadAllText(Path.Combine(_content.Output, "recent-changes/index.html")));
        Assert.Contains("EHC plans (easy read): New pictures.", recent.QuerySelector("ol.recent-changes li")!.TextContent);
        var word = Directory.GetFiles(Path.Combine(_content.Output, "documents"), "*.docx", SearchOption.AllDirectories)
            .Single(f => f.Contains("easy-read", StringComparison.Ordinal) && f.EndsWith("plans.docx", StringComparison.Ordinal));
        using var doc = new DocxReader(word);
        Assert.Contains("Last updated 20 October 2026.", DocxReader.TextOf(doc.Body));
    }

    [Fact]
    public void A_change_without_a_date_or_note_is_a_located_error_and_nothing_is_published()
    {
        _content.Write("services/portage.yml", File.ReadAllText(Path.Combine(_content.Content, "services/portage.yml")) + "\n" + """
            changes:
              - note: Portage is now free.
              - date: 2026-10-01
              - just words
            """);
        var result = _content.Build("web");
        Assert.False(result.Succeeded);
        var errors = result.Diagnostics.Select(d => d.ToString()).ToList();
        Assert.True(errors.Count >= 3, string.Join("\n", errors));
        Assert.Contains(errors, e => e.Contains("services/portage.yml(12,5): error LO1150:", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.Contains("services/portage.yml(13,5): error LO1151:", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.Contains("services/portage.yml(14,5): error LO1152:", StringComparison.Ordinal));
        Assert.False(File.Exists(Path.Combine(_content.Output, "services/portage/index.html")));
    }
}
