using System.Text;
using LocalOfferGen.Diagnostics;
using LocalOfferGen.Files;
using LocalOfferGen.Loading.Yaml;
using LocalOfferGen.Markdown;
using LocalOfferGen.Pictures;
using Markdig;

namespace LocalOfferGen.Fuzz;

/// <summary>Harnesses for one reader each, much faster than a whole build, so AFL++ reaches deeper into the reader
/// in the same time. Each does what the loader (and then the formats) does with an editor's file and returns when
/// the reader answers with its documented result; any exception escaping is a finding.</summary>
public static class Targets
{
    /// <summary>The names <c>--target</c> takes (<c>build</c>, the whole build, is the default).</summary>
    public static readonly IReadOnlyDictionary<string, Action<byte[], string>> All = new Dictionary<string, Action<byte[], string>>
    {
        ["picture"] = Picture,
        ["svg"] = Svg,
        ["heading"] = Heading,
        ["date"] = Date,
        ["pdf"] = Pdf,
    };

    private static readonly string[] RasterExtensions = [".png", ".jpg", ".gif", ".webp"];

    /// <summary>A raster picture (the first byte picks the extension the file is saved under, the rest is the file):
    /// read as the loader reads it and, when readable, decoded at a small size as the formats decode it.</summary>
    private static void Picture(byte[] input, string work)
    {
        if (input.Length == 0) return;
        var file = Path.Combine(work, "picture" + RasterExtensions[input[0] % RasterExtensions.Length]);
        File.WriteAllBytes(file, input.AsSpan(1).ToArray());
        var picture = PictureReader.Read("/images/fuzz", file);
        if (!picture.IsReadable) return;
        using var bitmap = RasterDecoder.Decode(file, Math.Min(picture.Width, 40), Math.Min(picture.Height, 40));
        RasterEncoder.HasTransparency(bitmap);
    }

    /// <summary>An SVG file: sanitized and measured as the loader does, then, when readable, drawn to pixels and to a
    /// PDF page as the web, Word and print formats do.</summary>
    private static void Svg(byte[] input, string work)
    {
        var file = Path.Combine(work, "drawing.svg");
        File.WriteAllBytes(file, input);
        var picture = PictureReader.Read("/images/fuzz.svg", file);
        if (!picture.IsReadable) return;
        var sanitized = SvgSanitizer.Sanitize(File.ReadAllText(file)).Text;
        using (var drawing = SvgDrawing.Load(sanitized, SvgFonts.None))
        using (SvgDrawing.ToBitmap(drawing, 24, 24)) { }
        SvgDrawing.ToPdf(SvgDrawing.Load(sanitized, SvgFonts.None));
    }

    /// <summary>Markdown (headings with <c>{#id .class}</c> attributes): parsed with the content pipeline, cleaned,
    /// heading ids settled, and written as HTML, as the loader and the web format do.</summary>
    private static void Heading(byte[] input, string work)
    {
        var text = Encoding.UTF8.GetString(input);
        Markdig.Syntax.MarkdownDocument document;
        try
        {
            document = Markdig.Markdown.Parse(text, MarkdownPipelines.Content);
        }
        catch (ArgumentException)
        {
            return; // Markdig's nesting limit: the loader answers LO0116.
        }
        // Deeper than the loader accepts: it answers LO0116 and goes no further, so neither does this.
        if (MarkdownWalker.Descendants(document).Any(d => d.Depth > Loading.LoadContext.MaxNesting)) return;
        var diagnostics = new DiagnosticBag();
        HtmlSafety.Clean(document, "pages/fuzz.md", 0, diagnostics);
        HeadingIds.Settle(document, "pages/fuzz.md", 0, diagnostics);
        _ = document.ToHtml(MarkdownPipelines.Content);
        _ = diagnostics.ToSortedList();
    }

    /// <summary>A date or date-time as written in front matter (<c>reviewed:</c>, <c>date:</c>, event times).</summary>
    private static void Date(byte[] input, string work)
    {
        if (DateText.TryParse(Encoding.UTF8.GetString(input), out var value))
            _ = value.Moment?.UtcDateTime;
    }

    /// <summary>A PDF under files/: its pages and tags, as the downloads reader reads them.</summary>
    private static void Pdf(byte[] input, string work)
    {
        var file = Path.Combine(work, "leaflet.pdf");
        File.WriteAllBytes(file, input);
        _ = FileTypes.For(file);
        var (facts, problem) = PdfFacts.Read(file);
        if (facts is null && string.IsNullOrEmpty(problem)) throw new InvalidOperationException("PdfFacts gave neither facts nor a problem");
    }
}
