using System.Reflection;
using LocalOfferGen.Diagnostics;
using LocalOfferGen.Reading;

namespace LocalOfferGen.Theming;

/// <summary>The default theme (embedded in the library) with a council's own theme folder on top: a file in
/// <c>themes/&lt;name&gt;/</c> beside the content folder replaces the default file of the same relative path.
/// The council's folder is read like the content (<see cref="ConfinedFolder"/>): a symbolic link in it that leads
/// outside the theme folder is an error in <see cref="Problems"/>, and nothing behind it is read or published.</summary>
public sealed class Theme
{
    private const string ResourcePrefix = "theme/";
    private static readonly Assembly Library = typeof(Theme).Assembly;
    private readonly ConfinedFolder? _override;

    /// <summary>The council's files, each a folder-relative path with forward slashes, as listed once when the theme is made.</summary>
    private readonly HashSet<string> _overrideFiles = new(StringComparer.Ordinal);

    public Theme(string? themesDirectory, string? name)
    {
        var problems = new DiagnosticBag();
        Problems = [];
        if (themesDirectory is null) return;
        var folder = Path.Combine(themesDirectory, name ?? "default");
        if (!Directory.Exists(folder) && new FileInfo(folder).LinkTarget is null) return;
        var display = Shown(folder);
        var themes = new ConfinedFolder(themesDirectory, Shown(themesDirectory), "the themes folder");
        // The theme's own folder may not itself be a link out of themes/.
        if (themes.Resolve(name ?? "default").Kind != ConfinedPathKind.Folder)
        {
            themes.CheckedFile(name ?? "default", problems);
            Problems = problems.ToSortedList();
            return;
        }
        _override = new ConfinedFolder(folder, display, "the theme folder");
        foreach (var file in _override.Enumerate("", problems)) _overrideFiles.Add(file);
        Problems = problems.ToSortedList();
    }

    /// <summary>What is wrong with the council's theme folder (symbolic links that leave it); any error stops the build.</summary>
    public IReadOnlyList<Diagnostic> Problems { get; }

    /// <summary>A theme file's text, e.g. <c>layouts/base.html</c>; null when neither theme has it.</summary>
    public string? ReadText(string path)
    {
        var bytes = ReadBytes(path);
        return bytes is null ? null : SourceFileText(bytes);
    }

    public byte[]? ReadBytes(string path)
    {
        // Checked again when read, in case a link changed since the folder was listed. A refused file falls back to
        // the default, so rendering goes on to report every problem; the error in Problems stops the build.
        if (_override is not null && _overrideFiles.Contains(path) && _override.ReadAllBytes(path, new DiagnosticBag()) is { } own) return own;
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
        foreach (var file in _overrideFiles)
            if (file.StartsWith(folder, StringComparison.Ordinal)) files.Add(file);
        return files.ToList();
    }

    /// <summary>A folder as diagnostics show it: from the current folder, like the content folder's paths.</summary>
    private static string Shown(string folder) => Path.GetRelativePath(Environment.CurrentDirectory, Path.GetFullPath(folder)).Replace('\\', '/');

    private static string SourceFileText(byte[] bytes) =>
        Loading.SourceFile.NormaliseLineEndings(new System.Text.UTF8Encoding(false).GetString(bytes).TrimStart('\uFEFF'));
}
