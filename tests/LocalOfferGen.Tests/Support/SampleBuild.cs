using LocalOfferGen.Building;
using LocalOfferGen.Output;

namespace LocalOfferGen.Tests;

/// <summary>The sample Local Offer built once for all the tests of a class (every format), into a temporary folder.</summary>
public sealed class SampleBuild : IDisposable
{
    public SampleBuild()
    {
        Root = Path.Combine(Path.GetTempPath(), "localoffer-sample-" + Guid.NewGuid().ToString("N"));
        Output = Path.Combine(Root, "output");
        Result = SiteBuilder.Build(new BuildOptions
        {
            ContentDirectory = Repository.Content,
            OutputDirectory = Output,
            Settings = new BuildSettings { Today = new DateOnly(2026, 11, 27) },
        });
    }

    public string Root { get; }
    public string Output { get; }
    public BuildResult Result { get; }

    public IEnumerable<string> HtmlFiles => Directory.EnumerateFiles(Output, "*.html", SearchOption.AllDirectories).Order(StringComparer.Ordinal);

    public string Read(string sitePath) => File.ReadAllText(Path.Combine(Output, sitePath));

    public void Dispose()
    {
        try { Directory.Delete(Root, recursive: true); } catch (IOException) { }
    }
}
