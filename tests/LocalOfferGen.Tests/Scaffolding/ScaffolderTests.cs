using LocalOfferGen.Building;
using LocalOfferGen.Loading;
using LocalOfferGen.Output;
using LocalOfferGen.Scaffolding;
using LocalOfferGen.Tests.Serving;

namespace LocalOfferGen.Tests.Scaffolding;

public sealed class ScaffolderTests : IDisposable
{
    private static readonly DateOnly Today = new(2026, 11, 27);
    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    private string NewSite()
    {
        var folder = Path.Combine(_temp.Path, "my-local-offer");
        var result = Scaffolder.Create(ScaffoldKind.Site, folder, "", Today);
        Assert.True(result.Succeeded, result.Refusal);
        return Path.Combine(folder, "content");
    }

    [Fact]
    public void A_new_site_has_settings_a_home_page_one_page_and_one_service_and_builds_with_no_errors_or_warnings()
    {
        var content = NewSite();
        Assert.True(File.Exists(Path.Combine(content, "site.yml")));
        Assert.True(File.Exists(Path.Combine(content, "pages", "index.md")));
        Assert.Single(Directory.GetFiles(Path.Combine(content, "pages")), f => !f.EndsWith("index.md", StringComparison.Ordinal));
        Assert.Single(Directory.GetFiles(Path.Combine(content, "services")));

        var result = SiteBuilder.Build(new BuildOptions
        {
            ContentDirectory = content,
            OutputDirectory = Path.Combine(_temp.Path, "output"),
            Settings = new BuildSettings { Today = Today },
        });

        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        Assert.Empty(result.Diagnostics);
        Assert.Equal(2, result.Site!.Pages.Count);
        Assert.Single(result.Site.Services);
        Assert.True(File.Exists(Path.Combine(_temp.Path, "output", "about-the-local-offer", "index.html")));
    }

    [Theory]
    [InlineData(ScaffoldKind.Page, "education/my-page", "pages/education/my-page.md")]
    [InlineData(ScaffoldKind.Service, "my-service", "services/my-service.yml")]
    [InlineData(ScaffoldKind.News, "my-post", "news/2026-11-27-my-post.md")]
    [InlineData(ScaffoldKind.Leaflet, "my-leaflet", "leaflets/my-leaflet.yml")]
    public void Each_kind_is_written_where_the_content_format_expects_it_and_loads_with_no_errors_or_warnings(ScaffoldKind kind, string name, string path)
    {
        var content = NewSite();

        var result = Scaffolder.Create(kind, name, content, Today);

        Assert.True(result.Succeeded, result.Refusal);
        Assert.Equal(Path.Combine(content, path), result.Files[^1]);
        // A page in a new folder brings that section's index.md, so the site has no folder without a section page.
        Assert.Equal(kind == ScaffoldKind.Page ? [Path.Combine(content, "pages/education/index.md")] : [], result.Files.SkipLast(1));
        var loaded = ContentLoader.Load(content);
        Assert.True(loaded.Succeeded, string.Join("\n", loaded.Diagnostics));
        Assert.Empty(loaded.Diagnostics);
    }

    [Theory]
    [InlineData(ScaffoldKind.Page, "education/my-page", new[] { "title:", "summary:", "reviewed: 2026-11-27", "owner:" })]
    [InlineData(ScaffoldKind.Service, "my-service", new[] { "name:", "organisation:", "description:", "categories:", "age_range:", "eligibility:", "how_to_access:", "contact:", "reviewed: 2026-11-27" })]
    [InlineData(ScaffoldKind.News, "my-post", new[] { "title:", "summary:" })]
    [InlineData(ScaffoldKind.Leaflet, "my-leaflet", new[] { "title:", "size:", "sections:" })]
    public void Every_required_key_is_there_with_a_note_that_explains_it(ScaffoldKind kind, string name, string[] keys)
    {
        var content = NewSite();
        var file = Scaffolder.Create(kind, name, content, Today).Files[^1];
        var lines = File.ReadAllLines(file);
        foreach (var key in keys)
        {
            var line = Assert.Single(lines, l => l.TrimStart().StartsWith(key, StringComparison.Ordinal));
            Assert.Matches(@"#\s+\S", line);
        }
    }

    [Fact]
    public void The_site_settings_explain_every_key()
    {
        var lines = File.ReadAllLines(Path.Combine(NewSite(), "site.yml"));
        foreach (var key in new[] { "title:", "authority:", "base_url:", "contact:" })
            Assert.Matches(@"#\s+required", Assert.Single(lines, l => l.StartsWith(key, StringComparison.Ordinal)));
    }

    [Fact]
    public void A_new_leaflet_takes_as_many_sections_as_fit_as_its_notes_say()
    {
        var content = NewSite();
        var file = Scaffolder.Create(ScaffoldKind.Leaflet, "my-leaflet", content, Today).Files.Single();
        var text = File.ReadAllText(file);
        Assert.Contains("as many as fit on its pages", text);
        Assert.DoesNotContain("at most 5", text);

        // Six short sections fit on two A5 pages: the number of sections is never a rule of its own.
        var six = string.Concat(Enumerable.Range(1, 6).Select(i => $"  - heading: Part {i}\n    text: One short sentence about part {i}.\n"));
        File.WriteAllText(file, text[..text.IndexOf("sections:", StringComparison.Ordinal)] + "sections:\n" + six);
        var result = SiteBuilder.Build(new BuildOptions
        {
            ContentDirectory = content,
            OutputDirectory = Path.Combine(_temp.Path, "output"),
            Formats = ["print"],
            Settings = new BuildSettings { Today = Today },
        });
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        Assert.Equal(6, Assert.Single(result.Site!.Leaflets).Sections.Count);
    }

    [Fact]
    public void It_refuses_to_overwrite_a_file()
    {
        var content = NewSite();
        var first = Scaffolder.Create(ScaffoldKind.Service, "my-service", content, Today).Files.Single();
        File.WriteAllText(first, "name: Edited by hand\n");

        var again = Scaffolder.Create(ScaffoldKind.Service, "my-service", content, Today);

        Assert.False(again.Succeeded);
        Assert.Contains("already exists", again.Refusal);
        Assert.Empty(again.Files);
        Assert.Equal("name: Edited by hand\n", File.ReadAllText(first));
    }

    [Fact]
    public void It_refuses_to_start_a_site_in_a_folder_that_is_not_empty()
    {
        NewSite();
        var again = Scaffolder.Create(ScaffoldKind.Site, Path.Combine(_temp.Path, "my-local-offer"), "", Today);
        Assert.False(again.Succeeded);
        Assert.Contains("not empty", again.Refusal);
    }

    [Theory]
    [InlineData(ScaffoldKind.Page, "Education/My Page")]
    [InlineData(ScaffoldKind.Page, "../outside")]
    [InlineData(ScaffoldKind.Service, "services/my-service")]
    [InlineData(ScaffoldKind.News, "my_post")]
    [InlineData(ScaffoldKind.Leaflet, "")]
    public void A_name_that_cannot_be_a_web_address_is_refused(ScaffoldKind kind, string name)
    {
        var content = NewSite();
        var result = Scaffolder.Create(kind, name, content, Today);
        Assert.False(result.Succeeded);
        Assert.Empty(result.Files);
    }

    [Fact]
    public void No_temporary_file_is_left_behind()
    {
        var content = NewSite();
        Scaffolder.Create(ScaffoldKind.Page, "my-page", content, Today);
        Assert.Empty(Directory.EnumerateFiles(content, "*.tmp", SearchOption.AllDirectories));
    }
}
