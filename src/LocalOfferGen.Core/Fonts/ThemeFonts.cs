using LocalOfferGen.Theming;

namespace LocalOfferGen.Fonts;

/// <summary>Reads the fonts from the theme, never from the machine: the default theme's <c>fonts/</c>
/// folder (embedded in the library) and the council's <c>themes/&lt;name&gt;/fonts/</c> on top of it. A theme may
/// name its own families in <c>fonts/families.txt</c>, one per line, ahead of the built-in ones, which always
/// follow as fallbacks. So the same content is measured and drawn with the same fonts on every machine.</summary>
public static class ThemeFonts
{
    public const string Folder = "fonts/";
    public const string FamiliesFile = "fonts/families.txt";

    /// <summary>The built-in chain: Atkinson Hyperlegible Next for the words, then Noto faces for the characters it
    /// lacks: Noto Sans (Greek, Cyrillic, more Latin), Noto Sans Symbols (arrows, technical symbols), monochrome
    /// Noto Emoji (before Symbols 2, which has some emoji too, so all emoji look alike), Noto Sans Symbols 2 (ticks, dingbats).</summary>
    public static readonly IReadOnlyList<string> BuiltInFamilies =
        ["Atkinson Hyperlegible Next", "Noto Sans", "Noto Sans Symbols", "Noto Emoji", "Noto Sans Symbols 2"];

    /// <summary>The families in fallback order, or null with the families that no font file in the theme belongs to.</summary>
    public static IReadOnlyList<FontFamilyFaces>? Load(Theme theme, out IReadOnlyList<string> missing, out IReadOnlyList<string> found)
    {
        var files = theme.List(Folder)
            .Where(f => f.EndsWith(".ttf", StringComparison.OrdinalIgnoreCase) || f.EndsWith(".otf", StringComparison.OrdinalIgnoreCase))
            .Select(f => theme.ReadBytes(f) is { } data ? FontFileInfo.Parse(f, data) : null)
            .OfType<FontFileInfo>()
            .ToList();
        found = files.Select(f => f.Family).Distinct(StringComparer.OrdinalIgnoreCase).Order(StringComparer.Ordinal).ToList();
        var families = new List<FontFamilyFaces>();
        var absent = new List<string>();
        foreach (var family in Families(theme))
        {
            if (Faces(files, family) is { } faces) families.Add(faces);
            else absent.Add(family);
        }
        missing = absent;
        return absent.Count > 0 || families.Count == 0 ? null : families;
    }

    /// <summary>The theme's own families (if it lists any) then the built-in ones, each once.</summary>
    private static IEnumerable<string> Families(Theme theme)
    {
        var own = theme.ReadText(FamiliesFile)?.Split('\n').Select(l => l.Split('#')[0].Trim()).Where(l => l.Length > 0) ?? [];
        return own.Concat(BuiltInFamilies).Distinct(StringComparer.OrdinalIgnoreCase);
    }

    private static FontFamilyFaces? Faces(List<FontFileInfo> files, string family)
    {
        var faces = files.Where(f => string.Equals(f.Family, family, StringComparison.OrdinalIgnoreCase)).ToList();
        var regular = faces.FirstOrDefault(f => !f.Bold && !f.Italic);
        if (regular is null) return null;
        FontFileInfo? Face(bool bold, bool italic) => faces.FirstOrDefault(f => f.Bold == bold && f.Italic == italic);
        return new FontFamilyFaces(regular.Family, regular, Face(true, false), Face(false, true), Face(true, true));
    }
}
