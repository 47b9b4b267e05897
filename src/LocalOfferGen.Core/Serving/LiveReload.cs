using System.Text.Json;
using System.Text.Json.Serialization;

namespace LocalOfferGen.Serving;

/// <summary>Tells open browser pages that the site was rebuilt. Each build (good or failed) gets a new version;
/// a page long-polls <c>/__localoffer/events?since=N</c> and the answer comes as soon as the version is not N.
/// A good build makes the page reload; a failed one makes it show the errors over the last good page.</summary>
public sealed class LiveReload
{
    /// <summary>Where the script, its style sheet and the events live. Build output never has this folder.</summary>
    public const string Prefix = "/__localoffer/";
    public const string ScriptPath = Prefix + "reload.js";
    public const string StylePath = Prefix + "overlay.css";
    public const string EventsPath = Prefix + "events";

    private readonly Lock _lock = new();
    private BuildState _state = new(0, true, []);
    private TaskCompletionSource _changed = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public BuildState State { get { lock (_lock) return _state; } }

    /// <summary>Records a finished build and wakes every waiting page.</summary>
    public void Publish(bool succeeded, IReadOnlyList<string> errors)
    {
        TaskCompletionSource changed;
        lock (_lock)
        {
            _state = new BuildState(_state.Version + 1, succeeded, errors);
            changed = _changed;
            _changed = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        }
        changed.SetResult();
    }

    /// <summary>The state once its version differs from <paramref name="since"/>, or the current state after the timeout.</summary>
    public async Task<BuildState> WaitAsync(int since, TimeSpan timeout, CancellationToken cancellation)
    {
        Task changed;
        lock (_lock)
        {
            if (_state.Version != since) return _state;
            changed = _changed.Task;
        }
        try { await changed.WaitAsync(timeout, cancellation); }
        catch (TimeoutException) { }
        return State;
    }

    /// <summary>The tags put before <c>&lt;/head&gt;</c> of every HTML page served in serve mode. An external script,
    /// so it runs under the site's Content-Security-Policy (<c>default-src 'self'</c>) without loosening it; and the
    /// serve marker, which tells the theme's offline.js to register no service worker (nothing is cached in serve).</summary>
    public string ScriptTag => $"<meta name=\"localoffer-serve\" content=\"live-reload\">\n<script src=\"{ScriptPath}\" data-version=\"{State.Version}\" defer></script>";

    /// <summary>Adds the script tag to a page; build output itself never gets it.</summary>
    public string Inject(string html)
    {
        var at = html.IndexOf("</head>", StringComparison.OrdinalIgnoreCase);
        if (at < 0) at = html.IndexOf("</body>", StringComparison.OrdinalIgnoreCase);
        return at < 0 ? html + ScriptTag : html.Insert(at, ScriptTag + "\n");
    }

    public static string Json(BuildState state) => JsonSerializer.Serialize(state, JsonOptions);

    private static readonly JsonSerializerOptions JsonOptions = new() { PropertyNamingPolicy = JsonNamingPolicy.CamelCase };
}

/// <summary>The outcome of the latest build, as the browser sees it.</summary>
public sealed record BuildState(
    [property: JsonPropertyName("version")] int Version,
    [property: JsonPropertyName("ok")] bool Succeeded,
    [property: JsonPropertyName("errors")] IReadOnlyList<string> Errors);
