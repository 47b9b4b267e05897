using LocalOfferGen.Diagnostics;

namespace LocalOfferGen.Tests.Hostile;

/// <summary>Temporary content folders for hostile-input tests: the small valid base content
/// (Hostile/Base) with one case's files laid over it. Deleted when disposed.</summary>
public sealed class HostileContent : IDisposable
{
    public static string BaseFolder => Path.Combine(Repository.Root, "tests", "LocalOfferGen.Tests", "Hostile", "Base");
    public static string InputsFolder => Path.Combine(Repository.Root, "tests", "LocalOfferGen.Tests", "Hostile", "Inputs");

    private HostileContent(string root)
    {
        Root = root;
        Content = Path.Combine(root, "content");
        Output = Path.Combine(root, "output");
    }

    public string Root { get; }
    public string Content { get; }
    public string Output { get; }

    /// <summary>The base content, plus the named case's content/ files, less the files its delete.txt lists.</summary>
    public static HostileContent Create(string? caseName = null)
    {
        var folder = new HostileContent(Directory.CreateTempSubdirectory("lo-hostile-").FullName);
        Copy(BaseFolder, folder.Content);
        if (caseName is null) return folder;
        var caseFolder = Path.Combine(InputsFolder, caseName);
        if (Directory.Exists(Path.Combine(caseFolder, "content"))) Copy(Path.Combine(caseFolder, "content"), folder.Content);
        var deletions = Path.Combine(caseFolder, "delete.txt");
        if (File.Exists(deletions))
            foreach (var line in File.ReadAllLines(deletions).Where(l => l.Length > 0))
                File.Delete(Path.Combine(folder.Content, line));
        return folder;
    }

    public void Write(string contentRelative, string text) => Write(contentRelative, System.Text.Encoding.UTF8.GetBytes(text));

    public void Write(string contentRelative, byte[] bytes)
    {
        var path = Path.Combine(Content, contentRelative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllBytes(path, bytes);
    }

    /// <summary>Diagnostics in MSBuild form, with the temporary folder shown as <c>content</c>.</summary>
    public IReadOnlyList<string> Lines(IEnumerable<Diagnostic> diagnostics) =>
        diagnostics.Select(d => d.ToString().Replace(Content.Replace('\\', '/'), "content")).ToList();

    public static void Copy(string from, string to)
    {
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target, overwrite: true);
        }
    }

    public void Dispose()
    {
        try { Directory.Delete(Root, recursive: true); }
        catch (IOException) { }
    }
}
