using LocalOfferGen.Output;
using LocalOfferGen.Serving;

namespace LocalOfferGen.BrowserTests;

/// <summary><c>localoffer serve</c> running on a content folder, its preview in a temporary folder, for the
/// tests that watch it in a browser. Disposing stops the server and deletes the folder.</summary>
public sealed class ServedPreview : IAsyncDisposable
{
    private readonly CancellationTokenSource _stop = new();
    private Task _serving = Task.CompletedTask;

    /// <summary>A temporary folder of the test's own: the preview goes in it, and a copy of the sample can too.</summary>
    public string Folder { get; } = Path.Combine(Path.GetTempPath(), "localoffer-serve-test-" + Guid.NewGuid().ToString("N"));

    /// <summary>A copy of the sample content inside <see cref="Folder"/>, for a test that edits it.</summary>
    public string CopySample() => Repository.CopyContent(Path.Combine(Folder, "content"));

    /// <summary>Starts serving <paramref name="content"/> and returns the address once the server listens.</summary>
    public async Task<Uri> StartAsync(string content, TimeSpan wait)
    {
        var session = new PreviewSession(new PreviewOptions
        {
            ContentDirectory = content,
            OutputDirectory = Path.Combine(Folder, "preview"),
            Port = 0,
            Settings = new BuildSettings { Today = new(2026, 11, 27) },
        });
        var listening = new TaskCompletionSource<Uri>(TaskCreationOptions.RunContinuationsAsynchronously);
        session.Listening += address => listening.TrySetResult(address);
        _serving = Task.Run(() => session.RunAsync(_stop.Token));
        return await listening.Task.WaitAsync(wait);
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        await _serving;
        _stop.Dispose();
        try { Directory.Delete(Folder, recursive: true); } catch (IOException) { }
    }
}
