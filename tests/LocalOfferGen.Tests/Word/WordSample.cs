using LocalOfferGen.Building;
using LocalOfferGen.Output;

namespace LocalOfferGen.Tests.Word;

/// <summary>The sample Local Offer built once with the word format (large print on), shared by the tests
/// that read the documents back.</summary>
[CollectionDefinition(Name)]
public sealed class WordSampleCollection : ICollectionFixture<WordSample>
{
    public const string Name = "Word sample";
}

public sealed class WordSample : IDisposable
{
    public WordSample()
    {
        Output = Path.Combine(Path.GetTempPath(), "localoffer-word-" + Guid.NewGuid().ToString("N"));
        Result = SiteBuilder.Build(new BuildOptions
        {
            ContentDirectory = Repository.Content,
            OutputDirectory = Output,
            Formats = ["word"],
            Settings = new BuildSettings { Today = new(2026, 11, 27), LargePrint = true },
        });
    }

    public string Output { get; }
    public BuildResult Result { get; }

    public string PathOf(string documentPath) => Path.Combine(Output, documentPath);

    public IEnumerable<string> Documents => Directory.EnumerateFiles(Output, "*.docx", SearchOption.AllDirectories).Order(StringComparer.Ordinal);

    public void Dispose()
    {
        try { Directory.Delete(Output, recursive: true); } catch (IOException) { }
    }
}
