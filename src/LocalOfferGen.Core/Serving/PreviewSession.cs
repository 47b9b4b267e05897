using LocalOfferGen.Diagnostics;
using LocalOfferGen.Output;

namespace LocalOfferGen.Serving;

/// <summary><c>localoffer serve</c> as a whole: a first build, the server, and a rebuild (then a browser reload,
/// or the errors over the last good page) after every change to the content or the theme, until cancelled.</summary>
public sealed class PreviewSession
{
    private readonly PreviewOptions _options;
    private readonly PreviewBuilder _builder;
    private readonly LiveReload _liveReload = new();
    private readonly SemaphoreSlim _building = new(1, 1);

    public PreviewSession(PreviewOptions options)
    {
        _options = options;
        _builder = new PreviewBuilder(options.ContentDirectory, options.OutputDirectory, options.Settings);
    }

    /// <summary>Raised after each build, on the building thread.</summary>
    public event Action<PreviewResult>? Built;

    /// <summary>Raised once the server listens.</summary>
    public event Action<Uri>? Listening;

    /// <summary>The folders watched: the content folder and the themes folder beside it.</summary>
    public IReadOnlyList<string> WatchedFolders => [Path.GetFullPath(_options.ContentDirectory), ThemesDirectory];

    private string ThemesDirectory => _options.Settings.ThemesDirectory
        ?? Path.Combine(Path.GetDirectoryName(Path.GetFullPath(_options.ContentDirectory))!, "themes");

    /// <summary>Builds, serves and rebuilds until <paramref name="cancellation"/> is cancelled (Ctrl+C).</summary>
    public async Task RunAsync(CancellationToken cancellation)
    {
        Build(null);
        await using var server = new StaticFileServer(_builder.OutputDirectory, _options.Port, _liveReload);
        server.Start();
        Listening?.Invoke(server.Address);
        using var watcher = new ChangeWatcher(WatchedFolders, changed => Build(changed));
        try { await Task.Delay(Timeout.Infinite, cancellation); }
        catch (OperationCanceledException) { }
        // Let a rebuild under way finish, so no staging folder is left behind.
        await _building.WaitAsync(CancellationToken.None);
        _building.Release();
    }

    private void Build(IReadOnlyCollection<string>? changed)
    {
        _building.Wait();
        try
        {
            PreviewResult result;
            try { result = changed is null ? _builder.BuildAll() : _builder.Rebuild(changed); }
            catch (Exception e) when (changed is not null && e is not OperationCanceledException)
            {
                // A rebuild that breaks (a theme template with a mistake, a file held by another program) is
                // reported like a content error, and the last good build keeps being served.
                result = new PreviewResult(false,
                    [new Diagnostic(Severity.Error, DiagnosticCodes.InternalError, _options.ContentDirectory, 0, 0, e.Message)], [], 0, TimeSpan.Zero);
            }
            _liveReload.Publish(result.Succeeded, result.Errors.Select(e => e.ToString()).ToList());
            Built?.Invoke(result);
        }
        finally
        {
            _building.Release();
        }
    }
}

public sealed record PreviewOptions
{
    public string ContentDirectory { get; init; } = "content";
    /// <summary>The private folder the preview is built into (<see cref="PreviewFolder.Site"/>); never the <c>build</c> output.</summary>
    public required string OutputDirectory { get; init; }
    /// <summary>The port on 127.0.0.1; 0 picks a free one.</summary>
    public int Port { get; init; } = 8080;
    public BuildSettings Settings { get; init; } = new();
}
