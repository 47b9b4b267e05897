using System.Text.RegularExpressions;
using System.Xml;
using System.Xml.Linq;

namespace LocalOfferGen.Pictures;

/// <summary>Reduces SVG text to a safe subset that can be published on the web, embedded in a Word document or drawn:
/// only allow-listed SVG elements and attributes are kept, so there is no script, no event handler (on...), no
/// foreignObject, no embedded picture, no animation, and no reference outside the file (href and url() may only
/// name an id in it, as <c>#arrow</c>; CSS with @import or an outside url() is dropped). The text is read as XML with
/// DTD processing off (no entities, nothing fetched). Elements of other namespaces (Inkscape's, Illustrator's
/// metadata) are dropped with everything inside them.</summary>
public static class SvgSanitizer
{
    public const string SvgNamespace = "http://www.w3.org/2000/svg";
    private const string XlinkNamespace = "http://www.w3.org/1999/xlink";
    private static readonly XNamespace Svg = SvgNamespace;

    private static readonly HashSet<string> Elements = new(StringComparer.Ordinal)
    {
        "svg", "g", "defs", "symbol", "use", "title", "desc", "style",
        "path", "rect", "circle", "ellipse", "line", "polyline", "polygon",
        "text", "tspan", "textPath",
        "linearGradient", "radialGradient", "stop", "pattern", "clipPath", "mask", "marker",
        "filter", "feBlend", "feColorMatrix", "feComponentTransfer", "feComposite", "feDropShadow", "feFlood",
        "feFuncA", "feFuncB", "feFuncG", "feFuncR", "feGaussianBlur", "feMerge", "feMergeNode", "feMorphology", "feOffset",
    };

    private static readonly HashSet<string> Attributes = new(StringComparer.Ordinal)
    {
        "id", "class", "style", "lang", "role", "aria-label", "aria-hidden", "aria-labelledby", "aria-describedby",
        "version", "viewBox", "preserveAspectRatio", "x", "y", "x1", "y1", "x2", "y2", "cx", "cy", "r", "rx", "ry",
        "fx", "fy", "fr", "width", "height", "d", "points", "pathLength", "transform", "href",
        "fill", "fill-opacity", "fill-rule", "stroke", "stroke-width", "stroke-linecap", "stroke-linejoin",
        "stroke-miterlimit", "stroke-dasharray", "stroke-dashoffset", "stroke-opacity", "opacity", "color",
        "clip-path", "clip-rule", "mask", "filter", "visibility", "display", "overflow", "vector-effect", "paint-order",
        "shape-rendering", "text-rendering", "image-rendering", "color-interpolation", "color-interpolation-filters",
        "font-family", "font-size", "font-weight", "font-style", "font-variant", "font-stretch", "text-anchor",
        "dominant-baseline", "alignment-baseline", "baseline-shift", "letter-spacing", "word-spacing", "text-decoration",
        "writing-mode", "direction", "dx", "dy", "rotate", "textLength", "lengthAdjust", "startOffset", "side",
        "stop-color", "stop-opacity", "offset", "gradientUnits", "gradientTransform", "spreadMethod",
        "patternUnits", "patternContentUnits", "patternTransform", "clipPathUnits", "maskUnits", "maskContentUnits",
        "markerWidth", "markerHeight", "markerUnits", "refX", "refY", "orient", "marker-start", "marker-mid", "marker-end",
        "filterUnits", "primitiveUnits", "in", "in2", "result", "mode", "operator", "k1", "k2", "k3", "k4", "values",
        "type", "tableValues", "slope", "intercept", "amplitude", "exponent", "stdDeviation", "edgeMode", "radius",
        "flood-color", "flood-opacity", "media",
    };

    /// <summary>CSS that can reach outside the file or run anything: any url() not naming an id in the file,
    /// @import, expressions and script addresses.</summary>
    private static readonly Regex UnsafeCss = new(@"@import|url\s*\(\s*(?!['""]?\s*#)|expression\s*\(|javascript:|behavior\s*:|-moz-binding",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));

    /// <summary>The sanitized SVG and a list of what was removed (e.g. "element script", "attribute onclick").</summary>
    public sealed record Result(string Text, IReadOnlyList<string> Removed);

    /// <exception cref="FormatException">The text is not well-formed XML, or its root is not an svg element.</exception>
    public static Result Sanitize(string svgText)
    {
        var settings = new XmlReaderSettings
        {
            DtdProcessing = DtdProcessing.Ignore,
            XmlResolver = null,
            MaxCharactersFromEntities = 0,
            IgnoreComments = true,
            IgnoreProcessingInstructions = true,
        };
        XDocument document;
        try
        {
            using var reader = XmlReader.Create(new StringReader(svgText), settings);
            document = XDocument.Load(reader, LoadOptions.None);
        }
        catch (XmlException e)
        {
            throw new FormatException($"it is not valid SVG: {e.Message}", e);
        }
        var root = document.Root;
        if (root is null || root.Name.LocalName != "svg" || (root.Name.NamespaceName is not (SvgNamespace or "")))
            throw new FormatException("it is not an SVG file: its first element is not <svg>");
        var noNamespace = root.Name.NamespaceName == "";
        var removed = new List<string>();
        var cleaned = CleanElement(root, noNamespace, removed)!;
        // The namespace first, as every SVG file writes it.
        var clean = new XElement(cleaned.Name, new XAttribute("xmlns", SvgNamespace), cleaned.Attributes(), cleaned.Nodes());
        return new Result(clean.ToString(SaveOptions.DisableFormatting), removed);
    }

    private static XElement? CleanElement(XElement element, bool noNamespace, List<string> removed)
    {
        var name = element.Name;
        if ((name.NamespaceName != SvgNamespace && !(noNamespace && name.NamespaceName == "")) || !Elements.Contains(name.LocalName))
        {
            removed.Add($"element {name.LocalName}");
            return null;
        }
        if (name.LocalName == "style" && UnsafeCss.IsMatch(element.Value))
        {
            removed.Add("element style (its CSS reaches outside the file)");
            return null;
        }
        var clean = new XElement(Svg + name.LocalName);
        foreach (var attribute in element.Attributes())
        {
            if (attribute.IsNamespaceDeclaration) continue;
            var local = attribute.Name.LocalName;
            var ns = attribute.Name.NamespaceName;
            var isHref = local == "href" && ns is "" or XlinkNamespace;
            var allowed = isHref || (ns == "" && Attributes.Contains(local)) || (ns == XNamespace.Xml.NamespaceName && local is "space" or "lang");
            if (!allowed || !SafeValue(attribute.Value, isHref))
            {
                removed.Add($"attribute {local}");
                continue;
            }
            // xlink:href becomes plain href (SVG 2); both are read by browsers, Word and Svg.Skia.
            clean.SetAttributeValue(isHref ? "href" : attribute.Name, attribute.Value);
        }
        foreach (var node in element.Nodes())
        {
            switch (node)
            {
                case XElement child when CleanElement(child, noNamespace, removed) is { } kept:
                    clean.Add(kept);
                    break;
                case XText text: // also CDATA, as in <style>
                    clean.Add(new XText(text.Value));
                    break;
            }
        }
        return clean;
    }

    private static bool SafeValue(string value, bool isHref)
    {
        if (isHref) return value.TrimStart().StartsWith('#');
        return !UnsafeCss.IsMatch(value);
    }
}
