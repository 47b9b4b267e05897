namespace LocalOfferGen.Fuzz;

/// <summary>The small, valid content folder the hostile-input tests start from
/// (tests/LocalOfferGen.Tests/Hostile/Base): every kind of file, fast to build, and a mutated file
/// still meets working neighbours (links, glossary, leaflets).</summary>
public static class BaseContent
{
    public sealed record ContentFile(string Path, byte[] Bytes);

    public static IReadOnlyList<ContentFile> Read()
    {
        var folder = Find();
        return Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories)
            .Select(f => new ContentFile(System.IO.Path.GetRelativePath(folder, f).Replace('\\', '/'), File.ReadAllBytes(f)))
            .OrderBy(f => f.Path, StringComparer.Ordinal)
            .ToList();
    }

    public static void WriteTo(string folder, IEnumerable<ContentFile> files)
    {
        foreach (var file in files)
        {
            var path = System.IO.Path.Combine(folder, file.Path);
            Directory.CreateDirectory(System.IO.Path.GetDirectoryName(path)!);
            File.WriteAllBytes(path, file.Bytes);
        }
    }

    private static string Find()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(System.IO.Path.Combine(directory.FullName, "LocalOfferGen.sln")))
            directory = directory.Parent;
        if (directory is null) throw new InvalidOperationException("run the harness from inside the repository: it reads tests/LocalOfferGen.Tests/Hostile/Base");
        return System.IO.Path.Combine(directory.FullName, "tests", "LocalOfferGen.Tests", "Hostile", "Base");
    }
}
