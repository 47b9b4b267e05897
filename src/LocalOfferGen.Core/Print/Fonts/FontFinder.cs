namespace LocalOfferGen.Print.Fonts;

/// <summary>Finds the first family of a preference list in the theme's fonts folder, then the system's
/// font folders (Linux, Windows, macOS).</summary>
public static class FontFinder
{
    /// <summary>Used when the theme names no families: common sans-serif faces, most to least likely on a council PC.</summary>
    public static readonly IReadOnlyList<string> DefaultFamilies = ["Arial", "Liberation Sans", "DejaVu Sans"];

    public static IReadOnlyList<string> SystemFolders()
    {
        var home = Environment.GetFolderPath(Environment.SpecialFolder.UserProfile);
        var windows = Environment.GetFolderPath(Environment.SpecialFolder.Windows);
        var folders = new List<string>
        {
            "/usr/share/fonts", "/usr/local/share/fonts", Path.Combine(home, ".local/share/fonts"), Path.Combine(home, ".fonts"),
            "/Library/Fonts", "/System/Library/Fonts", Path.Combine(home, "Library/Fonts"),
        };
        if (windows.Length > 0) folders.Add(Path.Combine(windows, "Fonts"));
        var local = Environment.GetFolderPath(Environment.SpecialFolder.LocalApplicationData);
        if (local.Length > 0) folders.Add(Path.Combine(local, "Microsoft", "Windows", "Fonts"));
        return folders;
    }

    /// <summary>The first preferred family found, searching folders in order; null when none is installed.</summary>
    public static FontFamilyFiles? Find(IReadOnlyList<string> families, IReadOnlyList<string> folders)
    {
        var fonts = folders.Where(Directory.Exists)
            .SelectMany(folder => Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
            .Where(f => f.EndsWith(".ttf", StringComparison.OrdinalIgnoreCase) || f.EndsWith(".otf", StringComparison.OrdinalIgnoreCase))
            .Select(FontFileInfo.Read)
            .OfType<FontFileInfo>()
            .ToList();
        foreach (var family in families)
        {
            var faces = fonts.Where(f => string.Equals(f.Family, family, StringComparison.OrdinalIgnoreCase)).ToList();
            var regular = faces.FirstOrDefault(f => !f.Bold && !f.Italic);
            if (regular is null) continue;
            string? Face(bool bold, bool italic) => faces.FirstOrDefault(f => f.Bold == bold && f.Italic == italic)?.Path;
            return new FontFamilyFiles(regular.Family, regular.Path, Face(true, false), Face(false, true), Face(true, true));
        }
        return null;
    }
}
