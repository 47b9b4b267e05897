using LocalOfferGen.Building;
using LocalOfferGen.Output;

namespace LocalOfferGen.Tests.Print;

/// <summary>The sample content built once with the print format, shared by the tests that read the PDFs.</summary>
[CollectionDefinition(Name)]
public sealed class PrintedSampleCollection : ICollectionFixture<PrintedSample>
{
    public const string Name = "Printed sample";
}

public sealed class PrintedSample : IDisposable
{
    public PrintedSample()
    {
        Output = Path.Combine(Path.GetTempPath(), "lo-print-" + Guid.NewGuid().ToString("N"));
        Result = Build(Output);
    }

    public string Output { get; }
    public BuildResult Result { get; }

    public string PathOf(string sitePath) => Path.Combine(Output, sitePath.Replace('/', Path.DirectorySeparatorChar));

    public static BuildResult Build(string output, string? content = null, bool printMarks = true) => SiteBuilder.Build(new BuildOptions
    {
        ContentDirectory = content ?? Repository.Content,
        OutputDirectory = output,
        Formats = ["print"],
        Settings = new BuildSettings { Today = new(2026, 11, 27), PrintMarks = printMarks },
    });

    public void Dispose()
    {
        try { Directory.Delete(Output, recursive: true); } catch (IOException) { }
    }
}
