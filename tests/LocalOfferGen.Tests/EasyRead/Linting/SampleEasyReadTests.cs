using LocalOfferGen.Building;
using LocalOfferGen.Diagnostics;
using LocalOfferGen.EasyRead.Linting;
using LocalOfferGen.Loading;
using LocalOfferGen.Output;

namespace LocalOfferGen.Tests.EasyRead.Linting;

/// <summary>The linter on real files: the sample pages pass, and planted problems in a copy of the
/// sample are reported by the build at their true line and column, as warnings.</summary>
public sealed class SampleEasyReadTests : IDisposable
{
    private readonly string _temp = Directory.CreateTempSubdirectory("easyread-lint-").FullName;

    public void Dispose() => Directory.Delete(_temp, recursive: true);

    [Fact]
    public void The_sample_easy_read_pages_have_no_warnings()
    {
        var site = ContentLoader.Load(Repository.Content).Site!;
        Assert.Equal(5, site.EasyReadPages.Count);
        Assert.Empty(EasyReadLinter.Lint(site).Select(d => d.ToString()));
    }

    [Fact]
    public void The_build_reports_planted_problems_at_their_place_in_the_file_and_still_succeeds()
    {
        var content = CopySample();
        var file = Path.Combine(content, "easy-read", "about", "index.md");
        File.AppendAllText(file, "\nWe can help you; CALL US NOW on 01234 567890.\n");
        var line = File.ReadAllLines(file).Length;

        var result = Build(content);

        Assert.True(result.Succeeded);
        var found = result.Diagnostics.Where(d => d.Code.StartsWith("LO4", StringComparison.Ordinal)).ToList();
        Assert.All(found, d => Assert.EndsWith("/easy-read/about/index.md", d.Path));
        Assert.Equal([$"{line},1 LO4002", $"{line},16 LO4008", $"{line},18 LO4007"],
            found.Select(d => $"{d.Line},{d.Column} {d.Code}"));
        Assert.All(result.Diagnostics, d => Assert.Equal(Severity.Warning, d.Severity));
        var html = File.ReadAllText(Path.Combine(_temp, "output", "easy-read", "about", "index.html"));
        Assert.Contains("We can help you; CALL US NOW on 01234\u00A0567890.", html);
    }

    [Fact]
    public void An_easy_read_page_without_a_standard_page_is_reported_once_by_the_loader()
    {
        var content = CopySample();
        File.WriteAllText(Path.Combine(content, "easy-read", "about", "orphan.md"), """
            ---
            title: A page on its own
            reviewed: 2026-11-01
            ---

            ![A person thinking of a question](../../images/easy-read/question.png) This page has no standard page.
            """);

        var result = Build(content);

        Assert.True(result.Succeeded);
        Assert.True(File.Exists(Path.Combine(_temp, "output", "easy-read", "about", "orphan", "index.html")));
        var warning = Assert.Single(result.Diagnostics);
        Assert.Equal(DiagnosticCodes.MissingStandardPage, warning.Code);
        Assert.EndsWith("easy-read/about/orphan.md", warning.Path);
    }

    [Fact]
    public void A_strict_build_fails_on_easy_read_warnings()
    {
        var content = CopySample();
        File.AppendAllText(Path.Combine(content, "easy-read", "about", "index.md"), "\nThis row has no picture.\n");

        var result = Build(content, strict: true);

        Assert.False(result.Succeeded);
        Assert.Equal(DiagnosticCodes.EasyReadRowWithoutPicture, Assert.Single(result.Diagnostics).Code);
    }

    private BuildResult Build(string content, bool strict = false) => SiteBuilder.Build(new BuildOptions
    {
        ContentDirectory = content,
        OutputDirectory = Path.Combine(_temp, "output"),
        Formats = ["easy-read"],
        Strict = strict,
        Settings = new BuildSettings { Today = new(2026, 11, 27), ThemesDirectory = Path.Combine(Repository.Root, "themes") },
    });

    private string CopySample()
    {
        var target = Path.Combine(_temp, "content");
        foreach (var file in Directory.EnumerateFiles(Repository.Content, "*", SearchOption.AllDirectories))
        {
            var copy = Path.Combine(target, Path.GetRelativePath(Repository.Content, file));
            Directory.CreateDirectory(Path.GetDirectoryName(copy)!);
            File.Copy(file, copy);
        }
        return target;
    }
}
