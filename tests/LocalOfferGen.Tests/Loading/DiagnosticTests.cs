using LocalOfferGen.Diagnostics;

namespace LocalOfferGen.Tests.Loading;

/// <summary>One planted problem per test: the loader reports it with the right code, file, line and column.</summary>
public class DiagnosticTests
{
    private static Diagnostic Single(TestContent content, string code)
    {
        var result = content.Load();
        var matches = result.Diagnostics.Where(d => d.Code == code).ToList();
        Assert.True(matches.Count == 1, $"expected one {code}, got:\n{string.Join("\n", result.Diagnostics)}");
        return matches[0];
    }

    private static void AssertAt(Diagnostic d, string pathEnd, int line, int column)
    {
        Assert.EndsWith(pathEnd, d.Path);
        Assert.Equal((line, column), (d.Line, d.Column));
    }

    [Fact]
    public void The_test_content_itself_is_clean()
    {
        using var content = new TestContent();
        var result = content.Load();
        Assert.Empty(result.Diagnostics.Select(d => d.ToString()));
        Assert.NotNull(result.Site);
    }

    [Fact]
    public void An_invalid_date_points_at_the_value_in_the_md_file_not_inside_the_yaml()
    {
        using var content = new TestContent();
        content.Write("pages/x.md", "---\ntitle: X\nsummary: S.\nreviewed: next spring\nowner: Me\n---\nBody\n");
        var d = Single(content, DiagnosticCodes.InvalidDate);
        AssertAt(d, "pages/x.md", 4, 11);
        Assert.Equal(Severity.Error, d.Severity);
        Assert.Contains("'reviewed' must be a date like 2026-09-14, not \"next spring\"", d.Message);
        Assert.Matches(@"pages/x\.md\(4,11\): error LO0102: ", d.ToString());
    }

    [Fact]
    public void Malformed_yaml_in_front_matter_reports_the_file_line()
    {
        using var content = new TestContent();
        content.Write("pages/x.md", "---\ntitle: X\nsummary: [unclosed\nreviewed: 2026-01-01\nowner: Me\n---\nBody\n");
        var d = Single(content, DiagnosticCodes.YamlSyntax);
        Assert.EndsWith("pages/x.md", d.Path);
        Assert.InRange(d.Line, 3, 6);
    }

    [Fact]
    public void A_missing_required_key_is_reported()
    {
        using var content = new TestContent();
        content.Write("pages/x.md", "---\ntitle: X\nreviewed: 2026-01-01\nowner: Me\n---\nBody\n");
        var d = Single(content, DiagnosticCodes.MissingKey);
        AssertAt(d, "pages/x.md", 2, 1);
        Assert.Contains("'summary' is required", d.Message);
    }

    [Fact]
    public void A_wrong_type_is_reported_at_the_value()
    {
        using var content = new TestContent();
        content.Write("services/bad.yml", "name: [a, b]\norganisation: O\ndescription: D\ncategories: [health]\nage_range: { min: 0, max: 5 }\neligibility: E\nhow_to_access: H\ncontact: { phone: 1 }\nreviewed: 2026-01-01\n");
        var d = Single(content, DiagnosticCodes.WrongType);
        AssertAt(d, "services/bad.yml", 1, 7);
        Assert.Contains("'name' must be text, not a list", d.Message);
    }

    [Theory]
    [InlineData("age_groups: [teenagers]", DiagnosticCodes.UnknownAgeGroup, 8, 14)]
    [InlineData("categories: [educaton]", DiagnosticCodes.UnknownCategory, 8, 14)]
    [InlineData("topics: [not-a-topic]", DiagnosticCodes.UnknownTopic, 8, 10)]
    public void Unknown_ids_in_a_page_are_reported(string line, string code, int atLine, int atColumn)
    {
        using var content = new TestContent();
        content.Write("pages/x.md", $"---\ntitle: X\nsummary: S.\nreviewed: 2026-01-01\nowner: Me\nweight: 1\ndraft: false\n{line}\n---\nBody\n");
        var d = Single(content, code);
        AssertAt(d, "pages/x.md", atLine, atColumn);
        Assert.Equal(code == DiagnosticCodes.UnknownTopic ? Severity.Warning : Severity.Error, d.Severity);
    }

    [Fact]
    public void An_unknown_category_suggests_the_nearest()
    {
        using var content = new TestContent();
        content.Write("pages/x.md", "---\ntitle: X\nsummary: S.\nreviewed: 2026-01-01\nowner: Me\ncategories: [educaton]\n---\nBody\n");
        Assert.Contains("did you mean 'education'?", Single(content, DiagnosticCodes.UnknownCategory).Message);
    }

    [Fact]
    public void An_unknown_need_in_a_service_is_reported()
    {
        using var content = new TestContent();
        content.Write("services/portage.yml", File.ReadAllText(Path.Combine(content.Content, "services/portage.yml")).Replace("needs: [learning]", "needs: [lerning]"));
        var d = Single(content, DiagnosticCodes.UnknownNeed);
        AssertAt(d, "services/portage.yml", 5, 9);
        Assert.Contains("did you mean 'learning'?", d.Message);
    }

    [Fact]
    public void Duplicate_service_ids_are_an_error()
    {
        using var content = new TestContent();
        content.Write("services/other.yml", File.ReadAllText(Path.Combine(content.Content, "services/portage.yml")).Insert(0, "id: portage\n"));
        var d = Single(content, DiagnosticCodes.DuplicateServiceId);
        Assert.Contains("'portage'", d.Message);
    }

    [Fact]
    public void Urls_that_differ_only_in_case_collide()
    {
        using var content = new TestContent();
        content.Write("pages/Education.md", "---\ntitle: X\nsummary: S.\nreviewed: 2026-01-01\nowner: Me\n---\nBody\n");
        var d = Single(content, DiagnosticCodes.DuplicateUrl);
        Assert.Contains("/education/", d.Message, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void A_link_to_a_page_that_does_not_exist_points_at_the_link()
    {
        using var content = new TestContent();
        content.Write("pages/x.md", "---\ntitle: X\nsummary: S.\nreviewed: 2026-01-01\nowner: Me\n---\n\nFirst line.\n\nSee [the missing page](/no-such-page/).\n");
        var d = Single(content, DiagnosticCodes.BrokenLink);
        AssertAt(d, "pages/x.md", 10, 5);
    }

    [Fact]
    public void A_missing_image_is_reported()
    {
        using var content = new TestContent();
        content.Write("pages/x.md", "---\ntitle: X\nsummary: S.\nreviewed: 2026-01-01\nowner: Me\n---\n![A cat](../images/cat.png)\n");
        var d = Single(content, DiagnosticCodes.MissingImage);
        AssertAt(d, "pages/x.md", 7, 1);
    }

    [Theory]
    [InlineData("[out](../../../etc/passwd.md)")]
    [InlineData("![out](../../outside.png)")]
    public void Paths_that_escape_the_content_folder_are_refused(string markdown)
    {
        using var content = new TestContent();
        content.Write("pages/x.md", $"---\ntitle: X\nsummary: S.\nreviewed: 2026-01-01\nowner: Me\n---\n{markdown}\n");
        Assert.Contains("outside the content folder", Single(content, DiagnosticCodes.EscapesContent).Message);
    }

    [Fact]
    public void A_binary_file_is_refused()
    {
        using var content = new TestContent();
        content.WriteBytes("pages/x.md", [0x2D, 0x2D, 0x2D, 0x0A, 0x00, 0x01, 0x02]);
        Assert.Contains("NUL byte at byte 4", Single(content, DiagnosticCodes.NotText).Message);
    }

    [Fact]
    public void Windows_1252_text_names_the_byte_and_the_fix()
    {
        using var content = new TestContent();
        var bytes = System.Text.Encoding.ASCII.GetBytes("---\ntitle: Caf\u0000\n").ToList();
        bytes[bytes.IndexOf(0)] = 0xE9; // é in Windows-1252
        content.WriteBytes("pages/x.md", [.. bytes, .. System.Text.Encoding.ASCII.GetBytes("summary: S.\nreviewed: 2026-01-01\nowner: Me\n---\nBody\n")]);
        var d = Single(content, DiagnosticCodes.NotUtf8);
        AssertAt(d, "pages/x.md", 2, 11);
        Assert.Contains("byte 14 (0xE9)", d.Message);
        Assert.Contains("UTF-8", d.Message);
    }

    [Fact]
    public void An_empty_file_is_reported()
    {
        using var content = new TestContent();
        content.Write("services/empty.yml", "  \n");
        Assert.EndsWith("services/empty.yml", Single(content, DiagnosticCodes.EmptyFile).Path);
    }

    [Fact]
    public void Front_matter_that_is_never_closed_is_reported()
    {
        using var content = new TestContent();
        content.Write("pages/x.md", "---\ntitle: X\nsummary: S.\n\nBody\n");
        AssertAt(Single(content, DiagnosticCodes.FrontMatterNotClosed), "pages/x.md", 1, 1);
    }

    [Fact]
    public void A_yaml_alias_bomb_is_refused_quickly()
    {
        using var content = new TestContent();
        var bomb = "a: &a [x, x, x, x, x, x, x, x, x, x]\n";
        for (var i = 0; i < 9; i++)
            bomb += $"{(char)('b' + i)}: &{(char)('b' + i)} [*{(char)('a' + i)}, *{(char)('a' + i)}, *{(char)('a' + i)}, *{(char)('a' + i)}, *{(char)('a' + i)}, *{(char)('a' + i)}, *{(char)('a' + i)}, *{(char)('a' + i)}, *{(char)('a' + i)}, *{(char)('a' + i)}]\n";
        content.Write("services/bomb.yml", bomb);
        Assert.Contains("aliases", Single(content, DiagnosticCodes.YamlTooLarge).Message);
    }

    [Fact]
    public void A_key_in_the_wrong_case_asks_did_you_mean()
    {
        using var content = new TestContent();
        content.Write("pages/x.md", "---\nTitle: X\nsummary: S.\nreviewed: 2026-01-01\nowner: Me\n---\nBody\n");
        var d = Single(content, DiagnosticCodes.KeyCase);
        AssertAt(d, "pages/x.md", 2, 1);
        Assert.Contains("did you mean 'title'?", d.Message);
    }

    [Fact]
    public void An_unknown_key_is_a_warning_with_the_nearest_key()
    {
        using var content = new TestContent();
        content.Write("pages/x.md", "---\ntitle: X\nsumary: S.\nsummary: S.\nreviewed: 2026-01-01\nowner: Me\n---\nBody\n");
        var d = Single(content, DiagnosticCodes.UnknownKey);
        Assert.Equal(Severity.Warning, d.Severity);
        Assert.Contains("did you mean 'summary'?", d.Message);
    }

    [Fact]
    public void A_duplicate_key_is_reported_at_the_second()
    {
        using var content = new TestContent();
        content.Write("pages/x.md", "---\ntitle: X\ntitle: Y\nsummary: S.\nreviewed: 2026-01-01\nowner: Me\n---\nBody\n");
        AssertAt(Single(content, DiagnosticCodes.DuplicateKey), "pages/x.md", 3, 1);
    }

    [Fact]
    public void Every_problem_of_every_file_is_reported_in_one_run()
    {
        using var content = new TestContent();
        content.Write("pages/a.md", "---\ntitle: A\nsummary: S.\nreviewed: soon\nowner: Me\n---\nBody\n");
        content.Write("pages/b.md", "---\ntitle: B\nreviewed: 2026-01-01\nowner: Me\n---\n[x](/nowhere/)\n");
        content.Write("services/c.yml", "name: C\n");
        var result = content.Load();
        Assert.Null(result.Site);
        var codes = result.Diagnostics.Select(d => d.Code).ToHashSet();
        Assert.Superset(new HashSet<string> { DiagnosticCodes.InvalidDate, DiagnosticCodes.MissingKey, DiagnosticCodes.BrokenLink }, codes);
        Assert.Contains(result.Diagnostics, d => d.Path.EndsWith("services/c.yml"));
    }

    [Fact]
    public void Unsafe_raw_html_is_removed_and_reported()
    {
        using var content = new TestContent();
        content.Write("pages/x.md", "---\ntitle: X\nsummary: S.\nreviewed: 2026-01-01\nowner: Me\n---\n<script>alert(1)</script>\n\n<iframe src=\"https://evil.example\"></iframe>\n\nHi <b onclick=\"x()\">there</b> [link](javascript:alert(1)).\n");
        var result = content.Load();
        var codes = result.Diagnostics.Select(d => d.Code).ToList();
        Assert.Contains(DiagnosticCodes.ScriptRemoved, codes);
        Assert.Contains(DiagnosticCodes.EmbedRemoved, codes);
        Assert.Contains(DiagnosticCodes.EventHandlerRemoved, codes);
        Assert.Contains(DiagnosticCodes.UnsafeUrlRemoved, codes);
        Assert.All(result.Diagnostics, d => Assert.Equal(Severity.Warning, d.Severity));
    }

    [Fact]
    public void A_missing_site_yml_is_reported()
    {
        using var content = new TestContent();
        content.Delete("site.yml");
        Assert.EndsWith("site.yml", Single(content, DiagnosticCodes.RequiredFileMissing).Path);
    }

    [Fact]
    public void A_missing_leaflet_page_is_reported_at_the_reference()
    {
        using var content = new TestContent();
        content.Write("leaflets/l.yml", "title: L\nsize: a5\nsections:\n  - page: education/nothing\n");
        AssertAt(Single(content, DiagnosticCodes.UnknownLeafletPage), "leaflets/l.yml", 4, 11);
    }
}
