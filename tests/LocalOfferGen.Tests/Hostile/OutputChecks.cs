using System.Text;
using System.Text.Json;
using System.Xml.Linq;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace LocalOfferGen.Tests.Hostile;

/// <summary>What every built file must satisfy whatever the content: HTML parses and carries the
/// Content-Security-Policy, and nothing that policy (default-src 'self') would block, or that could run
/// a script, is in it; JSON and XML files parse; the search index can never close a script element.</summary>
public static class OutputChecks
{
    private static readonly string[] UrlAttributes = ["href", "src", "action", "formaction", "poster", "data", "srcset", "xlink:href"];

    /// <returns>Every problem found, as "file: problem" lines; empty when the output is safe.</returns>
    public static List<string> Problems(string outputFolder)
    {
        var problems = new List<string>();
        foreach (var file in Directory.EnumerateFiles(outputFolder, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            var name = Path.GetRelativePath(outputFolder, file).Replace('\\', '/');
            var extension = Path.GetExtension(file).ToLowerInvariant();
            try
            {
                switch (extension)
                {
                    case ".html":
                        problems.AddRange(HtmlProblems(File.ReadAllText(file)).Select(p => $"{name}: {p}"));
                        break;
                    case ".json": JsonDocument.Parse(File.ReadAllBytes(file)).Dispose(); break;
                    case ".xml" or ".svg": XDocument.Parse(File.ReadAllText(file)); break;
                }
                if (extension == ".svg" && File.ReadAllText(file).Contains("<script", StringComparison.OrdinalIgnoreCase))
                    problems.Add($"{name}: an SVG with a script");
            }
            catch (Exception e) when (e is JsonException or System.Xml.XmlException)
            {
                problems.Add($"{name}: does not parse: {e.Message}");
            }
            if (name.EndsWith("search-index.json", StringComparison.Ordinal) && File.ReadAllText(file).Contains('<'))
                problems.Add($"{name}: has a raw '<', which could close a script element if the index were ever inlined");
        }
        return problems;
    }

    public static IEnumerable<string> HtmlProblems(string html)
    {
        if (!html.TrimEnd().EndsWith("</html>", StringComparison.OrdinalIgnoreCase)) yield return "the page is cut short: it does not end with </html>";
        var document = new HtmlParser().ParseDocument(html);
        var csp = document.QuerySelector("meta[http-equiv='Content-Security-Policy' i]")?.GetAttribute("content") ?? "";
        if (!csp.Split(';').Select(p => p.Trim()).Contains("default-src 'self'"))
            yield return "no Content-Security-Policy meta tag with default-src 'self'";
        if (csp.Contains("unsafe-inline") || csp.Contains("unsafe-eval") || csp.Contains("data:"))
            yield return $"the Content-Security-Policy is weakened: {csp}";
        foreach (var element in document.All)
        {
            var tag = element.LocalName;
            if (tag == "script" && (!element.HasAttribute("src") || element.TextContent.Trim().Length > 0))
                yield return "an inline <script>";
            if (tag == "script" && element.GetAttribute("type") is { } type && type != "module" && type.Contains("json") is false && type.Length > 0 && type != "text/javascript")
                yield return $"a <script type=\"{type}\">";
            if (tag == "style") yield return "an inline <style> element";
            if (tag is "iframe" or "object" or "embed" or "frame" or "base") yield return $"a <{tag}> element";
            foreach (var attribute in element.Attributes)
            {
                var attributeName = attribute.Name.ToLowerInvariant();
                if (attributeName.StartsWith("on", StringComparison.Ordinal)) yield return $"an event handler {attribute.Name} on <{tag}>";
                if (attributeName == "style") yield return $"a style attribute on <{tag}>";
                if (UrlAttributes.Contains(attributeName) && IsForbiddenUrl(attribute.Value))
                    yield return $"<{tag} {attribute.Name}=\"{attribute.Value}\">: a URL that the policy blocks or that runs code";
            }
        }
    }

    /// <summary>Scripts, data: URLs and addresses on other sites (for scripts and styles) are all blocked by the policy.</summary>
    private static bool IsForbiddenUrl(string value)
    {
        var url = new string(value.Where(c => !char.IsWhiteSpace(c) && !char.IsControl(c)).ToArray()).ToLowerInvariant();
        return url.StartsWith("javascript:", StringComparison.Ordinal) || url.StartsWith("vbscript:", StringComparison.Ordinal)
            || url.StartsWith("data:", StringComparison.Ordinal);
    }

    /// <summary>Every HTML page's visible text, joined, to prove that hostile values arrive as text.</summary>
    public static string AllText(string outputFolder, string pattern = "*.html")
    {
        var text = new StringBuilder();
        foreach (var file in Directory.EnumerateFiles(outputFolder, pattern, SearchOption.AllDirectories).Order(StringComparer.Ordinal))
            text.Append(new HtmlParser().ParseDocument(File.ReadAllText(file)).Body?.TextContent).Append('\n');
        return text.ToString();
    }

    public static IEnumerable<IElement> Elements(string outputFolder, string selector)
    {
        foreach (var file in Directory.EnumerateFiles(outputFolder, "*.html", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
            foreach (var element in new HtmlParser().ParseDocument(File.ReadAllText(file)).QuerySelectorAll(selector))
                yield return element;
    }
}
