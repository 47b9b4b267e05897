using LocalOfferGen.Output;
using LocalOfferGen.Serving;

namespace LocalOfferGen.Tests.Serving;

public sealed class PreviewBuilderTests : IDisposable
{
    private readonly TempFolder _temp = new();
    private readonly string _content;
    private readonly PreviewBuilder _builder;

    public PreviewBuilderTests()
    {
        _content = _temp.Copy(Repository.Content, "content");
        _builder = new PreviewBuilder(_content, Path.Combine(_temp.Path, "preview"), new BuildSettings { Today = new(2026, 11, 27) });
    }

    public void Dispose() => _temp.Dispose();

    private string Page(string url) => File.ReadAllText(Path.Combine(_builder.OutputDirectory, url.Trim('/'), "index.html"));
    private string SourceOf(string path) => Path.Combine(_content, path);

    [Fact]
    public void A_change_to_one_page_body_renders_only_that_page()
    {
        Assert.True(_builder.BuildAll().Succeeded);
        var otherBefore = File.GetLastWriteTimeUtc(Path.Combine(_builder.OutputDirectory, "education", "index.html"));
        var file = SourceOf("pages/education/sen-support.md");
        File.AppendAllText(file, "\nA sentence added while previewing.\n");

        var result = _builder.Rebuild([file]);

        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        Assert.Equal(["/education/sen-support/"], result.RenderedPages);
        Assert.Contains("A sentence added while previewing.", Page("/education/sen-support/"));
        Assert.Equal(otherBefore, File.GetLastWriteTimeUtc(Path.Combine(_builder.OutputDirectory, "education", "index.html")));
        // The search index is rewritten too, so search finds the new words.
        Assert.Contains("A sentence added while previewing.", File.ReadAllText(Path.Combine(_builder.OutputDirectory, "search-index.json")));
    }

    [Fact]
    public void A_change_to_front_matter_rebuilds_everything()
    {
        Assert.True(_builder.BuildAll().Succeeded);
        var file = SourceOf("pages/education/sen-support.md");
        File.WriteAllText(file, File.ReadAllText(file).Replace("title: \"SEN support", "title: \"Renamed SEN support"));

        var result = _builder.Rebuild([file]);

        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        Assert.True(result.Full);
        Assert.Contains("Renamed SEN support", Page("/education/"));   // the section's list of pages shows the new title
    }

    [Fact]
    public void A_content_error_changes_nothing_and_the_next_good_build_covers_every_change_since()
    {
        Assert.True(_builder.BuildAll().Succeeded);
        var before = Page("/education/sen-support/");
        var section = SourceOf("pages/education/index.md");
        File.WriteAllText(section, File.ReadAllText(section).Replace("title: \"Education\"", "title: \"Learning\""));
        var broken = SourceOf("pages/education/sen-support.md");
        var good = File.ReadAllText(broken);
        File.WriteAllText(broken, good + "\nSee [a missing page](/no-such-page/).\n");

        var failed = _builder.Rebuild([section, broken]);

        Assert.False(failed.Succeeded);
        Assert.Contains(failed.Errors, e => e.Path.EndsWith("sen-support.md", StringComparison.Ordinal));
        Assert.Equal(before, Page("/education/sen-support/"));

        File.WriteAllText(broken, good);
        var fixedResult = _builder.Rebuild([broken]);

        Assert.True(fixedResult.Succeeded);
        Assert.True(fixedResult.Full);   // the section's new title, changed while the build was failing, is built too
        Assert.Contains("Learning", Page("/education/sen-support/"));
    }

    [Fact]
    public void Serve_builds_the_website_and_easy_read_only() =>
        Assert.Equal(["web", "easy-read"], PreviewBuilder.Formats);
}
