using LocalOfferGen.Diagnostics;
using LocalOfferGen.Loading;
using LocalOfferGen.Output;
using LocalOfferGen.Serving;

namespace LocalOfferGen.Tests.Serving;

/// <summary>A body-only rebuild reads only the changed files; what it gives must be what a full load and build give.</summary>
public sealed class BodyOnlyRebuildTests : IDisposable
{
    private const string PagePath = "pages/education/sen-support.md";
    private const string EasyReadPath = "easy-read/ehc-plans/asking-for-an-assessment.md";
    private readonly TempFolder _temp = new();
    private readonly string _content;
    private readonly BuildSettings _settings = new() { Today = new(2026, 11, 27) };

    public BodyOnlyRebuildTests() => _content = _temp.Copy(Repository.Content, "content");

    public void Dispose() => _temp.Dispose();

    private string Source(string path) => Path.Combine(_content, path);

    private void Append(string path, string text) => File.AppendAllText(Source(path), text);

    [Theory]
    [InlineData(PagePath, "education/sen-support/index.html")]
    [InlineData(EasyReadPath, "easy-read/ehc-plans/asking-for-an-assessment/index.html")]
    public void The_page_and_search_index_are_those_of_a_full_build(string path, string outputFile)
    {
        var preview = new PreviewBuilder(_content, Path.Combine(_temp.Path, "preview"), _settings);
        Assert.True(preview.BuildAll().Succeeded);
        Append(path, "\nA sentence added while previewing, with [a link](/education/) and [a bad one](javascript:alert(1)).\n");

        var quick = preview.Rebuild([Source(path)]);
        var full = new PreviewBuilder(_content, Path.Combine(_temp.Path, "full"), _settings).BuildAll();

        Assert.True(quick.Succeeded, string.Join("\n", quick.Diagnostics));
        Assert.False(quick.Full);
        Assert.True(full.Succeeded, string.Join("\n", full.Diagnostics));
        foreach (var file in new[] { outputFile, "search-index.json" })
            Assert.Equal(File.ReadAllText(Path.Combine(_temp.Path, "full", file)), File.ReadAllText(Path.Combine(_temp.Path, "preview", file)));
        Assert.Equal(ContentLoader.Load(_content).Diagnostics, quick.Diagnostics);
        Assert.Contains(quick.Diagnostics, d => d.Path.EndsWith(path, StringComparison.Ordinal) && d.Code == DiagnosticCodes.UnsafeUrlRemoved);
    }

    [Fact]
    public void After_a_theme_change_body_only_rebuilds_use_the_new_templates()
    {
        var preview = new PreviewBuilder(_content, Path.Combine(_temp.Path, "preview"), _settings);
        Assert.True(preview.BuildAll().Succeeded);
        Append(PagePath, "\nA first sentence added while previewing.\n");
        Assert.False(preview.Rebuild([Source(PagePath)]).Full);   // the templates are parsed, and kept

        var layout = _temp.File("themes/default/layouts/page.html",
            File.ReadAllText(Path.Combine(Repository.Root, "themes", "default", "layouts", "page.html")) + "\n<p>A changed theme.</p>\n");
        Assert.True(preview.Rebuild([layout]).Full);
        Append(PagePath, "\nA second sentence added while previewing.\n");
        var quick = preview.Rebuild([Source(PagePath)]);

        Assert.False(quick.Full);
        var html = File.ReadAllText(Path.Combine(_temp.Path, "preview", "education", "sen-support", "index.html"));
        Assert.Contains("A second sentence added while previewing.", html);
        Assert.Contains("A changed theme.", html);
    }

    [Fact]
    public void Reading_one_file_again_replaces_its_diagnostics_and_keeps_the_others()
    {
        var before = ContentLoader.Load(_content);
        var original = File.ReadAllText(Source(PagePath));

        Append(PagePath, "\n[A bad link](javascript:alert(1)).\n");
        var warned = ContentReloader.Reload(before, _content, [PagePath])!;
        AssertSameAsFullLoad(warned);
        Assert.NotEqual(before.Diagnostics, warned.Diagnostics);

        File.WriteAllText(Source(PagePath), original);
        var fixedAgain = ContentReloader.Reload(warned, _content, [PagePath])!;
        AssertSameAsFullLoad(fixedAgain);
        Assert.Equal(before.Diagnostics, fixedAgain.Diagnostics);
    }

    [Fact]
    public void An_error_in_the_changed_file_is_reported_as_a_full_load_reports_it()
    {
        var before = ContentLoader.Load(_content);
        Append(PagePath, "\nSee [a missing page](/no-such-page/).\n");

        var failed = ContentReloader.Reload(before, _content, [PagePath])!;

        Assert.Null(failed.Site);
        Assert.Contains(failed.Diagnostics, d => d.Severity == Severity.Error && d.Path.EndsWith(PagePath, StringComparison.Ordinal));
        Assert.Equal(ContentLoader.Load(_content).Diagnostics, failed.Diagnostics);
    }

    [Fact]
    public void The_new_site_holds_the_new_page_in_the_same_place()
    {
        var before = ContentLoader.Load(_content);
        Append(PagePath, "\nA sentence added while previewing.\n");

        var site = ContentReloader.Reload(before, _content, [PagePath])!.Site!;
        var full = ContentLoader.Load(_content).Site!;

        Assert.Equal(full.Pages.Select(p => p.SourcePath), site.Pages.Select(p => p.SourcePath));
        var page = site.FindPage("/education/sen-support/")!;
        Assert.Contains("A sentence added while previewing.", page.Body.Source);
        Assert.Same(page, site.ChildrenOf(site.FindPage("/education/")!).Single(p => p.SourcePath == PagePath));
        Assert.Same(before.Site!.Glossary, site.Glossary);
    }

    [Fact]
    public void A_file_the_last_load_did_not_read_needs_a_full_load()
    {
        var before = ContentLoader.Load(_content);
        File.WriteAllText(Source("pages/education/new-page.md"), File.ReadAllText(Source(PagePath)));

        Assert.Null(ContentReloader.Reload(before, _content, ["pages/education/new-page.md"]));
    }

    private void AssertSameAsFullLoad(LoadResult reloaded)
    {
        var full = ContentLoader.Load(_content);
        Assert.Equal(full.Diagnostics, reloaded.Diagnostics);
        Assert.Equal(full.FileDiagnostics[PagePath], reloaded.FileDiagnostics[PagePath]);
    }
}
