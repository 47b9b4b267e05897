using LocalOfferGen.Diagnostics;
using LocalOfferGen.Markdown;
using LocalOfferGen.Model;
using Markdig.Syntax.Inlines;

namespace LocalOfferGen.Word;

/// <summary>Every picture the documents use, read once per build (documents are written in parallel and
/// the handbook repeats every page). Word shows PNG, JPEG and GIF; for an SVG or WebP picture a PNG or
/// JPEG of the same name beside it is used, as the sample content keeps one. A picture Word cannot show
/// is reported once, where it is first used, and its description is printed in its place.</summary>
internal sealed class PictureCatalog
{
    private static readonly string[] StandIns = [".png", ".jpg", ".jpeg", ".gif"];
    private readonly Dictionary<string, PictureFile?> _pictures = new(StringComparer.Ordinal);

    public static PictureCatalog Build(Site site, DiagnosticBag diagnostics)
    {
        var catalog = new PictureCatalog();
        var known = site.ImagePaths.ToHashSet(StringComparer.Ordinal);
        foreach (var (text, source) in Texts(site))
        {
            foreach (var link in MarkdownWalker.All<LinkInline>(text.Document))
            {
                if (!link.IsImage || string.IsNullOrEmpty(link.Url) || catalog._pictures.ContainsKey(link.Url)) continue;
                catalog._pictures[link.Url] = Load(site, known, link.Url, source, diagnostics);
            }
        }
        return catalog;
    }

    /// <summary>The picture for a site path, or null when Word cannot show it.</summary>
    public PictureFile? Find(string sitePath) => _pictures.GetValueOrDefault(sitePath);

    private static PictureFile? Load(Site site, HashSet<string> known, string sitePath, SourceSpan source, DiagnosticBag diagnostics)
    {
        var extension = Path.GetExtension(sitePath).ToLowerInvariant();
        var chosen = sitePath;
        if (extension is ".svg" or ".webp")
        {
            var stem = sitePath[..^extension.Length];
            chosen = StandIns.Select(e => stem + e).FirstOrDefault(known.Contains);
            if (chosen is null)
            {
                diagnostics.Warning(DiagnosticCodes.WordPictureFormat, source,
                    $"Word documents cannot show the {extension[1..].ToUpperInvariant()} picture '{sitePath}'; put a PNG of it beside it ({stem}.png) and the documents will use that. Until then its description is printed instead");
                return null;
            }
        }
        byte[] bytes;
        try { bytes = File.ReadAllBytes(site.FileFor(chosen)); }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            diagnostics.Warning(DiagnosticCodes.WordPictureUnreadable, source, $"cannot read the picture '{chosen}' for the Word documents: {e.Message}");
            return null;
        }
        var picture = PictureFile.Read(chosen, bytes);
        if (picture is null)
            diagnostics.Warning(DiagnosticCodes.WordPictureUnreadable, source,
                $"the picture '{chosen}' is not a PNG, JPEG or GIF file Word can show (the file may be damaged or misnamed); its description is printed instead");
        return picture;
    }

    /// <summary>Every Markdown text documents print, with the file it came from, in site order.</summary>
    private static IEnumerable<(MarkdownText Text, SourceSpan Source)> Texts(Site site)
    {
        foreach (var page in site.Pages) yield return (page.Body, page.Source);
        foreach (var page in site.EasyReadPages) yield return (page.Body, page.Source);
        foreach (var service in site.Services)
        {
            yield return (service.Description, service.Source);
            yield return (service.Eligibility, service.Source);
            yield return (service.HowToAccess, service.Source);
        }
        foreach (var year in site.Feedback)
            if (year.HowWeAsked is { } asked) yield return (asked, year.Source);
    }
}
