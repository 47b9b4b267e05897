using AngleSharp.Html.Parser;
using CsCheck;
using LocalOfferGen.Building;
using LocalOfferGen.Loading;
using LocalOfferGen.Output;
using LocalOfferGen.Theming;

namespace LocalOfferGen.Tests.Hostile;

/// <summary>Property-based tests (CsCheck): random Markdown, front matter and service YAML, built from the
/// syntax editors use and the tricks attackers use. The loader only ever answers with diagnostics, and the
/// HTML written from whatever it accepts parses and carries nothing executable. A failure prints the
/// CsCheck seed that reproduces it.</summary>
public sealed class PropertyTests
{
    private static readonly string[] MarkdownTokens =
    [
        "\n", "\n\n", "\r\n", "\r", " ", "  ", "\t", "# ", "## ", "> ", "- ", "* ", "1. ", "- [ ] ", "```\n", "`", "**", "*", "_", "~~",
        "[", "]", "(", ")", "![", "](", "<", ">", "&", "&amp;", "&#x3C;", "\\", "|", "---", "|---|---|\n", "[^1]", "[^1]: ",
        "[link](/about/)", "[rel](about/index.md)", "![img](../images/family.png)", "[up](../../../etc/passwd)", "(C:\\x.md)",
        "javascript:alert(1)", "JaVaScRiPt:", "data:text/html,<script>alert(1)</script>", "vbscript:", "[x](javascript:alert(1))",
        "![x](data:image/svg+xml,<svg onload=alert(1)>)", "<script>alert(1)</script>", "</script>", "<script src=//evil/>",
        "<img src=x onerror=alert(1)>", "<b onclick=\"x()\">", "<span style=\"color:red\">", "<style>*{}</style>", "<iframe src=x>",
        "<a href=\"javascript:x\">", "<svg><script>x</script></svg>", "<!-- c -->", "<![CDATA[x]]>", "<div>", "</div>", "<abbr title=\"x\">",
        "EHC plan", "EHCP", "SEND", "café", "👪", "\u200B", "\u202E", "İı", "ß", "{{ x }}", "{% x %}", "http://example.com", "<http://x.y>",
        "word", "words and more words", ".", ",",
    ];

    private static readonly string[] YamlTokens =
    [
        "\n", "\n  ", "\n    ", "\n- ", "\n  - ", " ", ": ", ":", "- ", "[", "]", "{", "}", ",", "\"", "'", "|", "|\n  ", ">-\n  ", "#", "&a ",
        "*a", "<<: *a", "!!str ", "!!int ", "!x ", "~", "null", "true", "false", "yes", "2026-10-01", "2026-13-45", "0", "-1",
        "99999999999999999999", "1.5", "\t", "...", "---", "%YAML 1.2\n", "?", "\\", "\\u0000", "\"\\x41\"", "<script>alert(1)</script>",
        "javascript:alert(1)", "https://example.com/", "[a](/about/)", "EHC plan", "café", "👪",
    ];

    private static readonly string[] ServiceKeys =
        ["name", "organisation", "description", "eligibility", "how_to_access", "cost", "categories", "needs", "age_range", "contact",
         "locations", "schedule", "accessibility", "in_area", "reviewed", "topics", "id", "Name", "nmae", "min", "max", "phone", "website"];

    private static readonly string[] PageKeys =
        ["title", "summary", "reviewed", "review_by", "owner", "topics", "age_groups", "categories", "weight", "draft", "Title", "sumary"];

    private static Gen<string> Text(string[] tokens, int maxTokens) =>
        Gen.Frequency(
            (6, Gen.OneOf(tokens)),
            (1, Gen.String[0, 8]),
            (1, Gen.Char.Select(c => c.ToString())))
        .Array[0, maxTokens].Select(string.Concat);

    private static readonly Gen<string> MarkdownBody = Text(MarkdownTokens, 80);

    private static readonly Gen<string> YamlValue = Text(YamlTokens, 12);

    private static Gen<string> Mapping(string[] keys, int maxKeys) =>
        Gen.Select(Gen.OneOf(keys), YamlValue, (key, value) => $"{key}: {value}\n").Array[0, maxKeys].Select(string.Concat);

    private static readonly Gen<string> FrontMatter = Gen.Frequency(
        (4, Mapping(PageKeys, 10)),
        (1, YamlValue));

    private const string GoodFrontMatter = "---\ntitle: Random\nsummary: S\nreviewed: 2026-10-01\nowner: Team\ntopics: []\n---\n\n";

    private static LoadResult LoadWith(string path, string text)
    {
        using var content = HostileContent.Create();
        content.Write(path, text);
        return ContentLoader.Load(content.Content);
    }

    [Fact]
    public void Random_markdown_gives_only_diagnostics_and_safe_parseable_html()
    {
        MarkdownBody.Sample(body =>
        {
            var result = LoadWith("pages/random.md", GoodFrontMatter + body);
            var page = result.Site?.FindPage("/random/");
            if (page is null) return;
            var html = MarkdownHtml.Render(page.Body, page.Url).Value;
            var problems = OutputChecks.HtmlProblems($"<!DOCTYPE html><html><head><meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'self'\"></head><body>{html}</body></html>").ToList();
            Assert.True(problems.Count == 0, string.Join("; ", problems) + "\n" + html);
        }, iter: 400);
    }

    [Fact]
    public void Random_front_matter_gives_only_diagnostics()
    {
        FrontMatter.Sample(yaml => LoadWith("pages/random.md", $"---\n{yaml}\n---\n\nText.\n"), iter: 400);
    }

    [Fact]
    public void Random_service_yaml_gives_only_diagnostics()
    {
        Gen.Frequency((4, Mapping(ServiceKeys, 16)), (1, YamlValue))
            .Sample(yaml => LoadWith("services/random.yml", yaml), iter: 400);
    }

    [Fact]
    public void Random_markdown_builds_every_format_into_safe_output()
    {
        MarkdownBody.Sample(body =>
        {
            using var content = HostileContent.Create();
            content.Write("pages/random.md", GoodFrontMatter + body);
            content.Write("easy-read/random.md", "---\ntitle: Random\nreviewed: 2026-10-01\n---\n\n" + body);
            var result = SiteBuilder.Build(new BuildOptions
            {
                ContentDirectory = content.Content,
                OutputDirectory = content.Output,
                Settings = new BuildSettings { Today = new(2026, 11, 27) },
            });
            if (!result.Succeeded) return;
            var problems = OutputChecks.Problems(content.Output);
            Assert.True(problems.Count == 0, string.Join("\n", problems));
        }, iter: 12, threads: 1);
    }
}
