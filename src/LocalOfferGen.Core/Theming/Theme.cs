using System.Reflection;

namespace LocalOfferGen.Theming;

/// <summary>The default theme (embedded in the library) with a council's own theme folder on top: a file in
/// <c>themes/&lt;name&gt;/</c> beside the content folder replaces the default file of the same relative path.</summary>
public sealed class Theme
{
    private const string ResourcePrefix = "theme/";
    private static readonly Assembly Library = typeof(Theme).Assembly;
    private readonly string? _overrideFolder;

    public Theme(string? themesDirectory, string? name)
    {
        if (themesDirectory is null) return;
        var folder = Path.Combine(themesDirectory, name ?? "default");
        if (Directory.Exists(folder)) _overrideFolder = Path.GetFullPath(folder);
    }

    /// <summary>A theme file's text, e.g. <c>layouts/base.html</c>; null when neither theme has it.</summary>
    public string? ReadText(string path)
    {
        var bytes = ReadBytes(path);
        return bytes is null ? null : SourceFileText(bytes);
    }

    public byte[]? ReadBytes(string path)
    {
        if (_overrideFolder is not null)
        {
            var file = Path.Combine(_overrideFolder, path.Replace('/', Path.DirectorySeparatorChar));
            if (File.Exists(file)) return File.ReadAllBytes(file);
        }
        using var stream = Library.GetManifestResourceStream(ResourcePrefix + path);
        if (stream is null) return null;
        var buffer = new MemoryStream();
        stream.CopyTo(buffer);
        return buffer.ToArray();
    }

    /// <summary>Every file under a folder of the theme (e.g. <c>assets/</c>), from both themes, in a fixed order.</summary>
    public IReadOnlyList<string> List(string folder)
    {
        var files = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var name in Library.GetManifestResourceNames())
            if (name.StartsWith(ResourcePrefix + folder, StringComparison.Ordinal)) files.Add(name[ResourcePrefix.Length..]);
        if (_overrideFolder is not null && Directory.Exists(Path.Combine(_overrideFolder, folder)))
            foreach (var file in Directory.EnumerateFiles(Path.Combine(_overrideFolder, folder), "*", SearchOption.AllDirectories))
                files.Add(Path.GetRelativePath(_overrideFolder, file).Replace(Path.DirectorySeparatorChar, '/'));
        return files.ToList();
    }

    private static string SourceFileText(byte[] bytes) =>
        Loading.SourceFile.NormaliseLineEndings(new System.Text.UTF8Encoding(false).GetString(bytes).TrimStart('\uFEFF'));
}
