using System.Text.RegularExpressions;
using Ganss.Xss;
using LocalOfferGen.Diagnostics;
using Markdig.Helpers;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

using SourceSpan = LocalOfferGen.Diagnostics.SourceSpan;

namespace LocalOfferGen.Markdown;

/// <summary>Removes raw HTML that could run code or restyle the page (scripts, event handlers,
/// javascript: and data: URLs, iframes and other embeds, style attributes) and reports each removal,
/// so an editor learns why their paste changed. Harmless markup such as &lt;abbr&gt; or &lt;br&gt; stays.</summary>
public static partial class HtmlSafety
{
    private static readonly HashSet<string> InlineTags = new(StringComparer.OrdinalIgnoreCase)
    {
        "abbr", "b", "br", "cite", "code", "del", "dfn", "em", "i", "ins", "kbd", "mark", "q", "s", "small",
        "span", "strong", "sub", "sup", "time", "u", "wbr",
    };

    private static readonly HashSet<string> EmbedTags = new(StringComparer.OrdinalIgnoreCase)
    {
        "iframe", "frame", "frameset", "object", "embed", "applet", "video", "audio", "source", "track", "portal",
    };

    /// <summary>Cleans every raw HTML node of a document in place.</summary>
    public static void Clean(MarkdownDocument document, string path, int lineOffset, DiagnosticBag diagnostics)
    {
        foreach (var block in MarkdownWalker.All<HtmlBlock>(document).ToList())
        {
            var at = new SourceSpan(path, block.Line + 1 + lineOffset, block.Column + 1);
            var clean = CleanBlock(block.Lines.ToString(), at, diagnostics);
            block.Lines = new StringLineGroup(clean);
        }
        foreach (var inline in MarkdownWalker.All<HtmlInline>(document).ToList())
        {
            var at = new SourceSpan(path, inline.Line + 1 + lineOffset, inline.Column + 1);
            inline.Tag = CleanTag(inline.Tag, at, diagnostics);
        }
    }

    /// <summary>Cleans a block of HTML with HtmlSanitizer, reporting what it removed.</summary>
    public static string CleanBlock(string html, SourceSpan at, DiagnosticBag diagnostics)
    {
        var sanitizer = CreateSanitizer();
        sanitizer.RemovingTag += (_, e) =>
        {
            var name = e.Tag.TagName.ToLowerInvariant();
            Report(name, at, diagnostics);
            // The sanitizer keeps a removed tag's children as text; a script's code or a style sheet is not text.
            if (name is "script" or "style" or "template" or "noscript" || EmbedTags.Contains(name)) e.Tag.TextContent = "";
        };
        sanitizer.RemovingAttribute += (_, e) => ReportAttribute(e.Attribute.Name, e.Attribute.Value, at, diagnostics);
        sanitizer.PostProcessNode += (_, e) =>
        {
            if (e.Node is AngleSharp.Dom.IElement element && element.GetAttribute("id") is { } id && !IsSafeId(id))
            {
                element.RemoveAttribute("id");
                ReportAttribute("id", id, at, diagnostics);
            }
        };
        sanitizer.RemovingStyle += (_, _) => diagnostics.Warning(DiagnosticCodes.StyleRemoved, at, "a style was removed; the theme sets how pages look");
        return sanitizer.Sanitize(html);
    }

    /// <summary>One inline tag (<c>&lt;b&gt;</c>, <c>&lt;/b&gt;</c>): kept when it is a harmless inline tag,
    /// with its unsafe attributes removed; dropped otherwise.</summary>
    public static string CleanTag(string tag, SourceSpan at, DiagnosticBag diagnostics)
    {
        var match = TagPattern().Match(tag);
        if (!match.Success) return ""; // comments, processing instructions, CDATA: never shown
        var name = match.Groups["name"].Value;
        if (!InlineTags.Contains(name))
        {
            Report(name.ToLowerInvariant(), at, diagnostics);
            return "";
        }
        if (match.Groups["close"].Success) return $"</{name.ToLowerInvariant()}>";
        var kept = new List<string>();
        foreach (Match attribute in AttributePattern().Matches(match.Groups["attributes"].Value))
        {
            var attributeName = attribute.Groups["name"].Value.ToLowerInvariant();
            var value = attribute.Groups["value"].Success ? System.Net.WebUtility.HtmlDecode(attribute.Groups["value"].Value.Trim('"', '\'')) : "";
            if ((attributeName is "title" or "lang" or "dir" or "datetime" || attributeName == "id" && IsSafeId(value)) && !IsUnsafeUrl(value))
                kept.Add($" {attributeName}=\"{System.Net.WebUtility.HtmlEncode(value)}\"");
            else
                ReportAttribute(attributeName, value, at, diagnostics);
        }
        return $"<{name.ToLowerInvariant()}{string.Concat(kept)}{(match.Groups["self"].Success ? " /" : "")}>";
    }

    /// <summary>True for URLs that run code or smuggle content: javascript:, vbscript: and data:.</summary>
    public static bool IsUnsafeUrl(string url)
    {
        var compact = new string(url.Where(c => !char.IsWhiteSpace(c) && !char.IsControl(c)).ToArray());
        return compact.StartsWith("javascript:", StringComparison.OrdinalIgnoreCase)
            || compact.StartsWith("vbscript:", StringComparison.OrdinalIgnoreCase)
            || compact.StartsWith("data:", StringComparison.OrdinalIgnoreCase);
    }

    private static void Report(string tag, SourceSpan at, DiagnosticBag diagnostics)
    {
        if (tag is "script" or "noscript")
            diagnostics.Warning(DiagnosticCodes.ScriptRemoved, at, $"a <{tag}> was removed: pages cannot run scripts");
        else if (EmbedTags.Contains(tag))
            diagnostics.Warning(DiagnosticCodes.EmbedRemoved, at, $"an <{tag}> was removed: embedded content is not allowed; link to it instead");
        else if (tag is "style" or "link")
            diagnostics.Warning(DiagnosticCodes.StyleRemoved, at, $"a <{tag}> was removed; the theme sets how pages look");
        else
            diagnostics.Warning(DiagnosticCodes.HtmlRemoved, at, $"the HTML tag <{tag}> was removed; write it in Markdown instead");
    }

    /// <summary>Whether raw HTML may keep an id. An element's id becomes a property of <c>window</c> (and a
    /// <c>name</c> one of <c>document</c>: <c>&lt;img name="querySelector"&gt;</c> replaces
    /// <c>document.querySelector</c> and stops the theme's scripts), which is called DOM clobbering. <c>name</c> is
    /// never kept; an id is kept only when it is lower-case letters, digits and single hyphens, like the heading ids
    /// the generator makes (script properties are camelCase), and is not one of the lower-case names the browser,
    /// the page or JavaScript already use (<c>top</c>, <c>body</c>, <c>location</c>...).</summary>
    public static bool IsSafeId(string id) =>
        id.Length is > 0 and <= 64 && Loading.Slug.IsValid(id) && char.IsAsciiLetter(id[0]) && !DomNames.Contains(id);

    private static readonly HashSet<string> DomNames = new(StringComparer.Ordinal)
    {
        // window
        "window", "self", "top", "parent", "frames", "opener", "name", "status", "closed", "length", "history", "navigator",
        "screen", "origin", "event", "external", "performance", "crypto", "console", "alert", "confirm", "prompt", "open",
        "close", "stop", "focus", "blur", "print", "fetch", "caches", "localstorage", "sessionstorage", "indexeddb",
        "location", "document", "customelements", "visualviewport", "speechsynthesis", "scheduler", "trustedtypes",
        // document
        "body", "head", "title", "images", "forms", "links", "scripts", "embeds", "plugins", "anchors", "applets", "all",
        "cookie", "domain", "referrer", "doctype", "implementation", "url", "dir", "fonts", "fullscreen", "hidden",
        "timeline", "defaultview", "activeelement", "readystate", "designmode", "children", "attributes", "dataset",
        // JavaScript globals
        "globalthis", "eval", "escape", "unescape", "undefined", "infinity", "nan", "constructor", "prototype", "proto",
        "tostring", "valueof", "hasownproperty", "isfinite", "isnan",
        // the theme's own globals and the service worker
        "serviceworker", "clients", "registration", "require", "module", "exports", "define",
    };

    private static void ReportAttribute(string name, string value, SourceSpan at, DiagnosticBag diagnostics)
    {
        name = name.ToLowerInvariant();
        if (name is "name" or "id")
            diagnostics.Warning(DiagnosticCodes.DomClobberingRemoved, at,
                $"the HTML attribute {name}=\"{value}\" was removed: " + (name == "name"
                    ? "a name can replace what the page's scripts use (document.querySelector and the like)"
                    : "an id here must be lower-case letters, digits and hyphens, and not a name the browser already uses (such as top, body or location)"));
        else if (name.StartsWith("on", StringComparison.Ordinal))
            diagnostics.Warning(DiagnosticCodes.EventHandlerRemoved, at, $"the event handler '{name}' was removed: pages cannot run scripts");
        else if (name == "style")
            diagnostics.Warning(DiagnosticCodes.StyleRemoved, at, "a style attribute was removed; the theme sets how pages look");
        else if (IsUnsafeUrl(value))
            diagnostics.Warning(DiagnosticCodes.UnsafeUrlRemoved, at, $"an unsafe address ({value.Split(':')[0]}:) was removed");
        else
            diagnostics.Warning(DiagnosticCodes.HtmlRemoved, at, $"the HTML attribute '{name}' was removed");
    }

    private static HtmlSanitizer CreateSanitizer()
    {
        var sanitizer = new HtmlSanitizer();
        sanitizer.AllowedAttributes.Remove("style");
        sanitizer.AllowedAttributes.Remove("name"); // DOM clobbering: see IsSafeId
        sanitizer.AllowedAttributes.Add("id"); // an anchor to link to; kept only when IsSafeId (PostProcessNode)
        sanitizer.AllowedSchemes.Clear();
        foreach (var scheme in new[] { "http", "https", "mailto", "tel" }) sanitizer.AllowedSchemes.Add(scheme);
        sanitizer.AllowedCssProperties.Clear();
        sanitizer.AllowDataAttributes = false;
        sanitizer.KeepChildNodes = true;
        foreach (var tag in new[] { "form", "input", "button", "select", "textarea", "option" }) sanitizer.AllowedTags.Remove(tag);
        return sanitizer;
    }

    [GeneratedRegex(@"^<(?<close>/)?(?<name>[A-Za-z][A-Za-z0-9-]*)(?<attributes>[^>]*?)(?<self>/)?>$", RegexOptions.Singleline)]
    private static partial Regex TagPattern();

    [GeneratedRegex(@"(?<name>[^\s=/""'>]+)(\s*=\s*(?<value>""[^""]*""|'[^']*'|[^\s>]+))?")]
    private static partial Regex AttributePattern();
}
