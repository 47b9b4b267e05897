using System.Text.Json;
using LocalOfferGen.Building;
using LocalOfferGen.Diagnostics;
using LocalOfferGen.Output;

namespace LocalOfferGen.Tests.Hostile;

/// <summary>Builds every registered format from hostile content and from the sample, then reads the output
/// back: hostile values arrive as text, never as markup, and no page needs an inline script or style.</summary>
public sealed class OutputSafetyTests
{
    private static readonly string[] HostileCases =
        ["unsafe-html-in-markdown", "css-injection", "html-in-yaml-fields", "script-end-tag-in-title"];

    private static (HostileContent Content, BuildResult Result) BuildHostile()
    {
        var content = HostileContent.Create();
        foreach (var name in HostileCases) HostileContent.Copy(Path.Combine(HostileContent.InputsFolder, name, "content"), content.Content);
        var result = SiteBuilder.Build(new BuildOptions
        {
            ContentDirectory = content.Content,
            OutputDirectory = content.Output,
            Settings = new BuildSettings { Today = new(2026, 11, 27) },
        });
        return (content, result);
    }

    [Fact]
    public void Hostile_content_builds_every_format_with_warnings_and_no_unsafe_output()
    {
        var (content, result) = BuildHostile();
        using var _ = content;
        Assert.True(result.Succeeded, string.Join('\n', result.Diagnostics));
        Assert.Contains(result.Diagnostics, d => d.Code == DiagnosticCodes.ScriptRemoved);
        Assert.Contains(result.Diagnostics, d => d.Code == DiagnosticCodes.StyleRemoved);
        Assert.Contains(result.Diagnostics, d => d.Code == DiagnosticCodes.HtmlInText);
        Assert.Empty(OutputChecks.Problems(content.Output));
    }

    [Fact]
    public void Html_in_yaml_values_and_glossary_meanings_arrives_as_text()
    {
        var (content, result) = BuildHostile();
        using var _ = content;
        Assert.True(result.Succeeded, string.Join('\n', result.Diagnostics));
        var text = OutputChecks.AllText(content.Output);
        Assert.Contains("<script>alert(1)</script> Title", text);
        Assert.Contains("A <img src=x onerror=alert(1)> meaning </script><script>alert(2)</script>", text);
        Assert.Contains("Evil </script><script>alert(1)</script>", text);
        Assert.Empty(OutputChecks.Elements(content.Output, "img[onerror], svg[onload], i"));
        // The glossary page lists the hostile term as its own entry, as text.
        var glossary = File.ReadAllText(Path.Combine(content.Output, "glossary", "index.html"));
        Assert.Contains("&lt;i&gt;Injected&lt;/i&gt;", glossary);
    }

    [Fact]
    public void Script_end_tags_in_titles_are_escaped_in_the_search_index()
    {
        var (content, result) = BuildHostile();
        using var _ = content;
        Assert.True(result.Succeeded, string.Join('\n', result.Diagnostics));
        var raw = File.ReadAllText(Path.Combine(content.Output, "search-index.json"));
        Assert.DoesNotContain("</script", raw, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<", raw);
        using var index = JsonDocument.Parse(raw);
        var titles = index.RootElement.EnumerateArray().Select(e => e.GetProperty("title").GetString()).ToList();
        Assert.Contains("Hello </script><script>alert(1)</script>", titles);
        Assert.Contains("Evil </script><script>alert(1)</script>", titles);
    }

    [Fact]
    public void The_search_index_never_cuts_a_character_in_half()
    {
        using var content = HostileContent.Create();
        content.Write("pages/emoji.md", "---\ntitle: Emoji\nsummary: S\nreviewed: 2026-10-01\nowner: Team\ntopics: []\n---\n\n" +
            new string('a', 3999) + "👪 and more\n");
        var result = SiteBuilder.Build(new BuildOptions
        {
            ContentDirectory = content.Content,
            OutputDirectory = content.Output,
            Formats = ["web"],
            Settings = new BuildSettings { Today = new(2026, 11, 27) },
        });
        Assert.True(result.Succeeded, string.Join('\n', result.Diagnostics));
        var raw = File.ReadAllText(Path.Combine(content.Output, "search-index.json"));
        Assert.DoesNotContain("\\uFFFD", raw, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("\uFFFD", raw);
    }

    [Fact]
    public void Unsafe_markdown_reaches_no_page_as_markup()
    {
        var (content, result) = BuildHostile();
        using var _ = content;
        Assert.True(result.Succeeded, string.Join('\n', result.Diagnostics));
        var page = File.ReadAllText(Path.Combine(content.Output, "unsafe", "index.html"));
        Assert.DoesNotContain("javascript:", page, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("vbscript:", page, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("data:", page, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<iframe", page, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("alert(1)", OutputChecks.AllText(Path.Combine(content.Output, "unsafe")));
        var css = File.ReadAllText(Path.Combine(content.Output, "css", "index.html"));
        Assert.DoesNotContain("position:fixed", css);
        Assert.DoesNotContain("display: none", css);
        Assert.Contains("overlay", css);
    }

    [Fact]
    public void The_sample_site_needs_no_inline_script_or_style_in_any_format()
    {
        var output = Directory.CreateTempSubdirectory("lo-safety-").FullName;
        try
        {
            var result = SiteBuilder.Build(new BuildOptions
            {
                ContentDirectory = Repository.Content,
                OutputDirectory = Path.Combine(output, "out"),
                Settings = new BuildSettings { Today = new(2026, 11, 27) },
            });
            Assert.True(result.Succeeded, string.Join('\n', result.Diagnostics));
            Assert.Empty(OutputChecks.Problems(Path.Combine(output, "out")));
        }
        finally
        {
            Directory.Delete(output, recursive: true);
        }
    }
}
