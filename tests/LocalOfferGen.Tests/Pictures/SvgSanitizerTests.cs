using LocalOfferGen.Pictures;

namespace LocalOfferGen.Tests.Pictures;

/// <summary>What SVG keeps when sanitized for the web and Word: drawing, yes; anything that runs or reaches out, no.</summary>
public class SvgSanitizerTests
{
    private static string Clean(string body, string attributes = "") =>
        SvgSanitizer.Sanitize($"<svg xmlns=\"http://www.w3.org/2000/svg\" xmlns:xlink=\"http://www.w3.org/1999/xlink\" viewBox=\"0 0 10 10\"{attributes}>{body}</svg>").Text;

    [Theory]
    [InlineData("<script>alert(1)</script>", "alert")]
    [InlineData("<foreignObject><div xmlns=\"http://www.w3.org/1999/xhtml\">hi</div></foreignObject>", "hi")]
    [InlineData("<rect width=\"5\" height=\"5\" onclick=\"alert(1)\"/>", "onclick")]
    [InlineData("<image href=\"https://tracker.example/pixel.png\" width=\"5\" height=\"5\"/>", "tracker")]
    [InlineData("<use xlink:href=\"https://evil.example/sprite.svg#a\"/>", "evil")]
    [InlineData("<a href=\"javascript:alert(1)\"><rect width=\"5\" height=\"5\"/></a>", "javascript")]
    [InlineData("<style>@import url(https://evil.example/x.css);</style>", "evil")]
    [InlineData("<rect width=\"5\" height=\"5\" fill=\"url(https://evil.example/p.svg#g)\"/>", "evil")]
    [InlineData("<rect width=\"5\" height=\"5\" style=\"fill:url(http://evil.example/a)\"/>", "evil")]
    [InlineData("<animate attributeName=\"href\" to=\"javascript:alert(1)\"/>", "javascript")]
    [InlineData("<set attributeName=\"onclick\" to=\"alert(1)\"/>", "alert")]
    [InlineData("<metadata><rdf xmlns=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\">secret</rdf></metadata>", "secret")]
    public void What_could_run_or_reach_out_is_removed(string body, string gone)
    {
        var clean = Clean(body);
        Assert.DoesNotContain(gone, clean);
        Assert.StartsWith("<svg xmlns=\"http://www.w3.org/2000/svg\"", clean);
    }

    [Fact]
    public void An_event_handler_on_the_svg_element_is_removed()
    {
        Assert.DoesNotContain("onload", Clean("<rect width=\"5\" height=\"5\"/>", " onload=\"alert(1)\""));
    }

    [Fact]
    public void Drawing_is_kept_with_references_inside_the_file()
    {
        var clean = Clean("""
            <title>A blue square</title>
            <defs><linearGradient id="g"><stop offset="0" stop-color="#00f"/><stop offset="1" stop-color="#fff"/></linearGradient>
            <symbol id="s"><circle cx="5" cy="5" r="2"/></symbol></defs>
            <rect width="10" height="10" fill="url(#g)" stroke="#000" stroke-width="0.5"/>
            <use xlink:href="#s"/>
            <text x="1" y="9" font-family="sans-serif" font-size="2">Hello</text>
            <style>.a { fill: url(#g); }</style>
            """);
        foreach (var kept in new[] { "<title>A blue square</title>", "linearGradient", "fill=\"url(#g)\"", "<use href=\"#s\"", ">Hello</text>", ".a { fill: url(#g); }", "viewBox=\"0 0 10 10\"" })
            Assert.Contains(kept, clean);
        Assert.Null(System.Xml.Linq.XDocument.Parse(clean).Root!.Attribute("onload"));
    }

    [Fact]
    public void Inkscape_and_Illustrator_extras_are_dropped_and_the_drawing_kept()
    {
        var clean = SvgSanitizer.Sanitize("""
            <svg xmlns="http://www.w3.org/2000/svg" xmlns:inkscape="http://www.inkscape.org/namespaces/inkscape"
                 xmlns:sodipodi="http://sodipodi.sourceforge.net/DTD/sodipodi-0.dtd" width="10" height="10" inkscape:version="1.3">
              <sodipodi:namedview id="nv" pagecolor="#fff"/>
              <g inkscape:label="Layer 1" inkscape:groupmode="layer"><path d="M0 0L10 10" stroke="#000"/></g>
            </svg>
            """).Text;
        Assert.DoesNotContain("inkscape", clean);
        Assert.DoesNotContain("namedview", clean);
        Assert.Contains("<path d=\"M0 0L10 10\" stroke=\"#000\"", clean);
    }

    [Fact]
    public void A_DTD_is_not_processed_so_entities_cannot_expand_or_fetch()
    {
        var billionLaughs = """
            <?xml version="1.0"?>
            <!DOCTYPE svg [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;"><!ENTITY c SYSTEM "file:///etc/passwd">]>
            <svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 1 1"><text>&b;&c;</text></svg>
            """;
        var error = Assert.Throws<FormatException>(() => SvgSanitizer.Sanitize(billionLaughs));
        Assert.Contains("not valid SVG", error.Message);
        // A DOCTYPE with nothing in it used is ignored.
        Assert.Contains("<rect", SvgSanitizer.Sanitize("""
            <!DOCTYPE svg PUBLIC "-//W3C//DTD SVG 1.1//EN" "http://www.w3.org/Graphics/SVG/1.1/DTD/svg11.dtd">
            <svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 1 1"><rect width="1" height="1"/></svg>
            """).Text);
    }

    [Theory]
    [InlineData("<html><body>not svg</body></html>", "not an SVG")]
    [InlineData("<svg xmlns=\"http://www.w3.org/2000/svg\"><rect", "not valid SVG")]
    public void Text_that_is_not_SVG_is_refused(string text, string says)
    {
        Assert.Contains(says, Assert.Throws<FormatException>(() => SvgSanitizer.Sanitize(text)).Message);
    }

    [Fact]
    public void What_was_removed_is_listed()
    {
        var result = SvgSanitizer.Sanitize("<svg xmlns=\"http://www.w3.org/2000/svg\" onload=\"x()\"><script>x()</script><rect width=\"1\" height=\"1\"/></svg>");
        Assert.Contains("element script", result.Removed);
        Assert.Contains("attribute onload", result.Removed);
    }
}
