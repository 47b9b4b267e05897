using LocalOfferGen.Output;

namespace LocalOfferGen.Building;

public sealed record BuildOptions
{
    public string ContentDirectory { get; init; } = "content";
    public string OutputDirectory { get; init; } = "output";
    /// <summary>Format names to write; empty means every format.</summary>
    public IReadOnlyCollection<string> Formats { get; init; } = [];
    /// <summary>Treat warnings as errors.</summary>
    public bool Strict { get; init; }
    public BuildSettings Settings { get; init; } = new();
}
