using LocalOfferGen.Building;
using LocalOfferGen.Diagnostics;
using LocalOfferGen.Loading;
using LocalOfferGen.Markdown;
using LocalOfferGen.OpenReferral;
using LocalOfferGen.Output;

namespace LocalOfferGen.Tests.Hostile;

/// <summary>Issue 16, holes 10 and 11: DOM clobbering through raw HTML, a leaflet's QR code to no page, the
/// print index's CSP, the published audit report's paths, and ORUK JSON that is not text.</summary>
public sealed class PublishedSafetyTests
{
    private static BuildResult Build(HostileContent content, string? contentDirectory = null, string[]? formats = null) =>
        SiteBuilder.Build(new BuildOptions
        {
            ContentDirectory = contentDirectory ?? content.Content,
            OutputDirectory = content.Output,
            Formats = formats ?? [],
            Settings = new BuildSettings { Today = new(2026, 11, 27) },
        });

    [Theory]
    [InlineData("<img src=\"../images/family.png\" alt=\"A family\" name=\"querySelector\">", "name=\"querySelector\"")]
    [InlineData("<div name=\"getElementById\">x</div>", "name=\"getElementById\"")]
    [InlineData("<div id=\"querySelector\">x</div>", "id=\"querySelector\"")]
    [InlineData("<div id=\"body\">x</div>", "id=\"body\"")]
    [InlineData("<div id=\"__proto__\">x</div>", "id=\"__proto__\"")]
    [InlineData("<p>A <span id=\"location\">word</span></p>", "id=\"location\"")]
    public void Attributes_that_clobber_the_DOM_are_removed_and_reported(string html, string attribute)
    {
        var diagnostics = new DiagnosticBag();
        var document = Markdig.Markdown.Parse(html + "\n", MarkdownPipelines.Content);
        HtmlSafety.Clean(document, "content/pages/x.md", 0, diagnostics);
        var rendered = Markdig.Markdown.ToHtml(document, MarkdownPipelines.Content);
        Assert.DoesNotContain(attribute, rendered);
        var warning = Assert.Single(diagnostics.ToSortedList());
        Assert.Equal(DiagnosticCodes.DomClobberingRemoved, warning.Code);
        Assert.Contains($"the HTML attribute {attribute} was removed", warning.Message);
    }

    [Theory]
    [InlineData("<div id=\"opening-times\">x</div>", "id=\"opening-times\"")]
    [InlineData("<p>A <span id=\"step-2\">word</span></p>", "id=\"step-2\"")]
    public void Safe_ids_stay(string html, string attribute)
    {
        var diagnostics = new DiagnosticBag();
        var document = Markdig.Markdown.Parse(html + "\n", MarkdownPipelines.Content);
        HtmlSafety.Clean(document, "content/pages/x.md", 0, diagnostics);
        Assert.Contains(attribute, Markdig.Markdown.ToHtml(document, MarkdownPipelines.Content));
        Assert.Empty(diagnostics.ToSortedList());
    }

    [Fact]
    public void A_leaflet_qr_code_to_a_page_that_does_not_exist_is_a_located_error()
    {
        using var content = HostileContent.Create();
        var leaflet = Path.Combine(content.Content, "leaflets", "about.yml");
        File.WriteAllText(leaflet, File.ReadAllText(leaflet).Replace("qr: /about/", "qr: /no-such-page/"));
        var result = ContentLoader.Load(content.Content);
        Assert.Equal(["content/leaflets/about.yml(3,5): error LO0280: 'qr' leads to /no-such-page/, which is no page of this site, so the printed QR code would lead nowhere; give the address of one of the site's pages, like /education/"],
            content.Lines(result.Diagnostics));
        Assert.Null(result.Site);
    }

    [Fact]
    public void A_leaflet_qr_code_without_its_final_slash_says_so()
    {
        using var content = HostileContent.Create();
        var leaflet = Path.Combine(content.Content, "leaflets", "about.yml");
        File.WriteAllText(leaflet, File.ReadAllText(leaflet).Replace("qr: /about/", "qr: /about#who"));
        var result = ContentLoader.Load(content.Content);
        Assert.Contains("write it with the final slash, /about/", Assert.Single(result.Diagnostics).Message);
    }

    [Fact]
    public void The_print_index_has_the_same_content_security_policy_as_every_page()
    {
        using var content = HostileContent.Create();
        Assert.True(Build(content).Succeeded);
        var policy = "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'\">";
        Assert.Contains(policy, File.ReadAllText(Path.Combine(content.Output, "index.html")));
        Assert.Contains(policy, File.ReadAllText(Path.Combine(content.Output, "print", "index.html")));
    }

    [Fact]
    public void The_published_audit_report_names_files_from_the_content_folder_and_is_the_same_from_any_folder()
    {
        using var content = HostileContent.Create();
        // A finding to show: a page whose review is overdue.
        var page = Path.Combine(content.Content, "pages", "about", "index.md");
        File.WriteAllText(page, System.Text.RegularExpressions.Regex.Replace(File.ReadAllText(page), @"reviewed: \d{4}-\d{2}-\d{2}", "reviewed: 2024-01-01"));

        Assert.True(Build(content, content.Content, ["web"]).Succeeded);
        var absolute = File.ReadAllBytes(Path.Combine(content.Output, "audit", "index.html"));
        var relative = Path.GetRelativePath(Environment.CurrentDirectory, content.Content);
        Assert.True(Build(content, relative, ["web"]).Succeeded);
        var typedRelative = File.ReadAllBytes(Path.Combine(content.Output, "audit", "index.html"));

        var report = System.Text.Encoding.UTF8.GetString(absolute);
        Assert.DoesNotContain(content.Root, report);
        Assert.DoesNotContain(Path.GetFileName(content.Root), report);
        Assert.Contains("pages/about/index.md", report);
        Assert.Equal(absolute, typedRelative);
    }

    [Theory]
    [InlineData(new byte[] { 0xFF, 0xFE }, "is not valid UTF-8 text")]
    [InlineData(new byte[] { 0xC3 }, "is not valid UTF-8 text")]
    [InlineData(new byte[] { (byte)'\\', (byte)'u', (byte)'d', (byte)'8', (byte)'0', (byte)'0' }, "holds a lone surrogate escape")]
    [InlineData(new byte[] { (byte)'\\', (byte)'u', (byte)'D', (byte)'F', (byte)'F', (byte)'F', (byte)'x' }, "holds a lone surrogate escape")]
    public void Oruk_json_with_strings_that_are_not_text_is_a_located_error(byte[] inside, string message)
    {
        using var temp = new LocalOfferGen.Tests.OpenReferral.TempFolder();
        var json = new List<byte>();
        json.AddRange("{ \"contents\": [\n  { \"id\": \"7d4b5a36-5c2e-4e0f-9f57-1f8f3f0a1b22\", \"name\": \"Good\" },\n  { \"name\": \"Bad "u8.ToArray());
        json.AddRange(inside);
        json.AddRange("\" }\n] }\n"u8.ToArray());
        File.WriteAllBytes(temp["list.json"], json.ToArray());

        var result = OrukImporter.Import(new OrukImportOptions { Source = temp["list.json"], Into = temp["services"], Today = new(2026, 11, 27) });

        Assert.False(result.Succeeded);
        var error = Assert.Single(result.Diagnostics, d => d.Severity == Severity.Error);
        Assert.Equal(DiagnosticCodes.OrukNotUnicode, error.Code);
        Assert.Equal((3, 13), (error.Line, error.Column));
        Assert.Contains(message, error.Message);
        Assert.False(Directory.Exists(temp["services"]));
    }

    [Fact]
    public void Oruk_json_with_a_property_name_that_is_not_text_is_a_located_error()
    {
        using var temp = new LocalOfferGen.Tests.OpenReferral.TempFolder();
        File.WriteAllText(temp["list.json"], "[ { \"name\": \"Good\", \"\\ud800\": 1 } ]");
        var result = OrukImporter.Import(new OrukImportOptions { Source = temp["list.json"], Into = temp["services"], Today = new(2026, 11, 27) });
        var error = Assert.Single(result.Diagnostics, d => d.Severity == Severity.Error);
        Assert.Equal("list.json(1,21): error LO0730: this property name holds a lone surrogate escape (such as \\ud800, half of a character pair), which is no character; the system that exported it wrote it wrongly",
            error.ToString()[(error.ToString().IndexOf("list.json", StringComparison.Ordinal))..]);
    }
}
