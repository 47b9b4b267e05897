using System.Diagnostics;
using LocalOfferGen.Diagnostics;
using LocalOfferGen.EasyRead.Linting;
using LocalOfferGen.Loading;
using LocalOfferGen.Output;

namespace LocalOfferGen.Building;

/// <summary>The pipeline: load the content into the site model, then write each chosen format into a
/// staging folder, then swap it in. Any error leaves the previous output untouched.</summary>
public static class SiteBuilder
{
    public static BuildResult Build(BuildOptions options, IProgress<BuildStep>? progress = null, CancellationToken cancellation = default)
    {
        var clock = Stopwatch.StartNew();
        var formats = OutputFormats.All.Where(f => options.Formats.Count == 0 || options.Formats.Contains(f.Name)).ToList();
        var steps = formats.Count + 1;

        progress?.Report(new BuildStep("Loading content", 1, steps));
        var loaded = ContentLoader.Load(options.ContentDirectory);
        var diagnostics = new DiagnosticBag();
        diagnostics.AddRange(loaded.Diagnostics);
        if (loaded.Site is { } loadedSite) EasyReadLinter.Lint(loadedSite, diagnostics);
        if (loaded.Site is not { } site || Failed(diagnostics, options.Strict))
            return Finish(null);

        using var swap = OutputSwap.Begin(options.OutputDirectory, diagnostics);
        if (swap is null) return Finish(null);
        var output = new OutputFolder(swap.Staging);
        var settings = options.Settings with
        {
            ThemesDirectory = options.Settings.ThemesDirectory
                ?? Path.Combine(Path.GetDirectoryName(Path.GetFullPath(options.ContentDirectory))!, "themes"),
            Formats = formats.Select(f => f.Name).ToList(),
        };
        for (var i = 0; i < formats.Count; i++)
        {
            cancellation.ThrowIfCancellationRequested();
            progress?.Report(new BuildStep($"Writing {formats[i].Name}", i + 2, steps));
            formats[i].Write(site, output, settings, diagnostics);
        }
        cancellation.ThrowIfCancellationRequested();
        if (Failed(diagnostics, options.Strict)) return Finish(null);
        swap.Commit();
        return Finish(output);

        BuildResult Finish(OutputFolder? written) => new(
            loaded.Site, diagnostics.ToSortedList(), written?.Written ?? new Dictionary<string, long>(), clock.Elapsed, written is not null);
    }

    private static bool Failed(DiagnosticBag diagnostics, bool strict) =>
        diagnostics.HasErrors || (strict && diagnostics.ToSortedList().Count > 0);
}
