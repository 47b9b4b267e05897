using System.Collections.Concurrent;
using LocalOfferGen.Model;
using LocalOfferGen.Output;

namespace LocalOfferGen.Print.Fonts;

/// <summary>Chooses the font for print: the theme may list families in <c>themes/&lt;theme&gt;/fonts/families.txt</c>
/// (one per line) and ship font files beside it; otherwise the default list is searched for in the system's fonts.</summary>
public static class PrintFonts
{
    public const string FamiliesFile = "families.txt";
    private static readonly ConcurrentDictionary<string, FontFamilyFiles?> Found = new(StringComparer.Ordinal);

    public sealed record Choice(string PdfFamily, FontFamilyFiles Files);

    /// <summary>The chosen font registered with PDFsharp, or null with the families and folders that were searched.</summary>
    public static Choice? Choose(Site site, BuildSettings settings, out IReadOnlyList<string> families, out IReadOnlyList<string> folders)
    {
        var themeFonts = settings.ThemesDirectory is null ? null
            : Path.Combine(settings.ThemesDirectory, site.Settings.Theme ?? "default", "fonts");
        families = ReadFamilies(themeFonts) ?? FontFinder.DefaultFamilies;
        folders = (themeFonts is null ? [] : new[] { themeFonts }).Concat(FontFinder.SystemFolders()).ToList();
        var searchFolders = folders;
        var searchFamilies = families;
        var files = Found.GetOrAdd(string.Join("|", families) + "||" + string.Join("|", folders),
            _ => FontFinder.Find(searchFamilies, searchFolders));
        return files is null ? null : new Choice(PrintFontResolver.Instance.Register(files), files);
    }

    private static IReadOnlyList<string>? ReadFamilies(string? themeFonts)
    {
        var file = themeFonts is null ? null : Path.Combine(themeFonts, FamiliesFile);
        if (file is null || !File.Exists(file)) return null;
        var families = File.ReadAllLines(file).Select(l => l.Split('#')[0].Trim()).Where(l => l.Length > 0).ToList();
        return families.Count > 0 ? families : null;
    }
}
