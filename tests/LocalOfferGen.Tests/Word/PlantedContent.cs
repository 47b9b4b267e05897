using LocalOfferGen.Building;
using LocalOfferGen.Output;

namespace LocalOfferGen.Tests.Word;

/// <summary>A copy of the sample content in a temporary folder, to plant a page or a setting in, and build.</summary>
public sealed class PlantedContent : IDisposable
{
    public PlantedContent()
    {
        Root = Path.Combine(Path.GetTempPath(), "localoffer-word-planted-" + Guid.NewGuid().ToString("N"));
        Copy(Repository.Content, Content);
    }

    public string Root { get; }
    public string Content => Path.Combine(Root, "content");
    public string Output => Path.Combine(Root, "output");

    public void Write(string path, string text) => File.WriteAllText(Path.Combine(Content, path), text);

    public void Append(string path, string text) => File.AppendAllText(Path.Combine(Content, path), text);

    public BuildResult Build(bool largePrint = false) => SiteBuilder.Build(new BuildOptions
    {
        ContentDirectory = Content,
        OutputDirectory = Output,
        Formats = ["word"],
        Settings = new BuildSettings { Today = new(2026, 11, 27), LargePrint = largePrint },
    });

    public string PathOf(string documentPath) => Path.Combine(Output, documentPath);

    public void Dispose()
    {
        try { Directory.Delete(Root, recursive: true); } catch (IOException) { }
    }

    private static void Copy(string from, string to)
    {
        Directory.CreateDirectory(to);
        foreach (var file in Directory.EnumerateFiles(from)) File.Copy(file, Path.Combine(to, Path.GetFileName(file)));
        foreach (var folder in Directory.EnumerateDirectories(from)) Copy(folder, Path.Combine(to, Path.GetFileName(folder)));
    }
}
