using LocalOfferGen.Diagnostics;
using LocalOfferGen.Journeys;
using LocalOfferGen.Loading.Yaml;
using LocalOfferGen.Model;

namespace LocalOfferGen.Loading;

/// <summary>Reads one leaflet definition, leaflets/*.yml. Read after the pages and journeys, since a section may show a page
/// or a journey.</summary>
internal static class LeafletReader
{
    private static readonly string[] Keys = ["title", "size", "bleed_mm", "crop_marks", "pages", "fold", "panels_mm", "qr", "sections"];
    private static readonly string[] SectionKeys = ["heading", "text", "page", "journey"];

    public static Leaflet? Read(LoadContext context, string file, IReadOnlyDictionary<string, Page> pagesByPath, IReadOnlyList<Journey> journeys)
    {
        if (context.ReadYamlFile(file) is not YamlMapping mapping) return null;
        var fields = context.Fields(mapping, Keys);
        var title = fields.Text("title", required: true);
        var size = ReadSize(context, fields);
        var bleed = fields.Int("bleed_mm", min: 0, max: 10) ?? 3;
        var cropMarks = fields.Bool("crop_marks") ?? true;
        var (pages, fold) = ReadPagesAndFold(context, fields, size);
        var panels = ReadPanels(context, fields, fold);
        var qr = fields.Text("qr") ?? "/";
        if (!qr.StartsWith('/'))
        {
            context.Diagnostics.Error(DiagnosticCodes.InvalidValue, fields.SpanOf("qr"), $"'qr' must be a path on the site starting with /, like /education/, not \"{qr}\"");
            qr = "/";
        }
        var sections = new List<LeafletSection>();
        var list = fields.List("sections", required: true);
        foreach (var section in context.EachMapping(list, SectionKeys, "each section is either { heading: ..., text: ... }, { page: ... } or { journey: ... }"))
        {
            if (section.Has("journey"))
            {
                if (LeafletJourneySection.Read(context, section, journeys) is { } journeySection) sections.Add(journeySection);
            }
            else if (section.Text("page") is { } pagePath)
            {
                var key = "pages/" + pagePath.Trim('/') + ".md";
                var page = pagesByPath.GetValueOrDefault(key) ?? pagesByPath.GetValueOrDefault("pages/" + pagePath.Trim('/') + "/index.md");
                if (page is null)
                    context.Diagnostics.Error(DiagnosticCodes.UnknownLeafletPage, section.SpanOf("page"),
                        $"there is no published page '{pagePath}' (looked for content/{key})");
                else
                    sections.Add(new LeafletSection(null, null, page, section.Mapping.Span));
            }
            else
            {
                var heading = section.Text("heading", required: true);
                var text = context.ParseMarkdownField(section, "text", file, qr, required: true);
                if (heading is not null && text is not null) sections.Add(new LeafletSection(heading, text, null, section.Mapping.Span));
            }
        }
        if (title is null || size is null || list is null) return null;
        return new Leaflet(Path.GetFileNameWithoutExtension(file), file, title, size.Value, bleed, cropMarks, pages, fold, qr, sections,
            new SourceSpan(context.Display(file), 1, 1))
        {
            QrSource = fields.Has("qr") ? fields.SpanOf("qr") : new SourceSpan(context.Display(file), 1, 1),
            PanelsMm = panels,
        };
    }

    /// <summary>A trifold's three panel widths in mm (inside, left to right), adding up to an A4 sheet's 297 mm,
    /// each 90 to 110 mm; the default 100/100/97 when left out.</summary>
    private static IReadOnlyList<double> ReadPanels(LoadContext context, YamlFields fields, LeafletFold fold)
    {
        if (!fields.Has("panels_mm")) return Leaflet.DefaultPanelsMm;
        var words = fields.Words("panels_mm");
        if (fold != LeafletFold.Trifold)
        {
            context.Diagnostics.Error(DiagnosticCodes.LeafletPanelsInvalid, fields.SpanOf("panels_mm"),
                "'panels_mm' is for a trifold leaflet (size: dl, fold: trifold) only; leave it out");
            return Leaflet.DefaultPanelsMm;
        }
        var widths = words.Select(w => double.TryParse(w.Value.Trim(), System.Globalization.NumberStyles.Float,
            System.Globalization.CultureInfo.InvariantCulture, out var mm) ? mm : double.NaN).ToList();
        if (widths.Count != 3 || widths.Any(w => double.IsNaN(w) || w < 90 || w > 110) || Math.Abs(widths.Sum() - 297) > 0.01)
        {
            context.Diagnostics.Error(DiagnosticCodes.LeafletPanelsInvalid, fields.SpanOf("panels_mm"),
                $"'panels_mm' must be three widths in mm of the inside panels, left to right, each 90 to 110 and adding up to 297 (an A4 sheet), like [100, 100, 97], not [{string.Join(", ", words.Select(w => w.Value))}]");
            return Leaflet.DefaultPanelsMm;
        }
        return widths;
    }

    /// <summary>A5 leaflets may have 2 to 8 pages; DL leaflets have 2 flat pages, or 6 panels when folded as a trifold.</summary>
    private static (int Pages, LeafletFold Fold) ReadPagesAndFold(LoadContext context, YamlFields fields, LeafletSize? size)
    {
        var fold = LeafletFold.None;
        switch (fields.Text("fold")?.ToLowerInvariant())
        {
            case null or "none": break;
            case "trifold" when size == LeafletSize.DL: fold = LeafletFold.Trifold; break;
            case "trifold":
                context.Diagnostics.Error(DiagnosticCodes.LeafletFoldInvalid, fields.SpanOf("fold"),
                    "'fold: trifold' needs 'size: dl' (6 DL panels on an A4 sheet); an A5 leaflet is not folded this way");
                break;
            case var other:
                context.Diagnostics.Error(DiagnosticCodes.LeafletFoldInvalid, fields.SpanOf("fold"),
                    $"'fold' must be trifold (with size: dl) or left out, not \"{other}\"");
                break;
        }
        var pages = fields.Int("pages", min: 1, max: 8);
        if (pages is null) return (fold == LeafletFold.Trifold ? 6 : 2, fold);
        var (low, high) = (size, fold) switch
        {
            (LeafletSize.A5, _) => (2, 8),
            (LeafletSize.DL, LeafletFold.Trifold) => (6, 6),
            _ => (2, 2),
        };
        if (pages < low || pages > high)
        {
            var allowed = size == LeafletSize.A5 ? "an A5 leaflet may have 2 to 8 pages"
                : fold == LeafletFold.Trifold ? "a trifold DL leaflet always has 6 panels; leave 'pages' out"
                : "a DL leaflet has 2 pages (front and back); for more room use 'fold: trifold'";
            context.Diagnostics.Error(DiagnosticCodes.LeafletPagesInvalid, fields.SpanOf("pages"), $"'pages: {pages}' is not possible: {allowed}");
            return (low, fold);
        }
        return (pages.Value, fold);
    }

    private static LeafletSize? ReadSize(LoadContext context, YamlFields fields)
    {
        switch (fields.Text("size", required: true)?.ToLowerInvariant())
        {
            case null: return null;
            case "a5": return LeafletSize.A5;
            case "dl": return LeafletSize.DL;
            case var other:
                context.Diagnostics.Error(DiagnosticCodes.InvalidValue, fields.SpanOf("size"), $"'size' must be a5 or dl, not \"{other}\"");
                return null;
        }
    }
}
