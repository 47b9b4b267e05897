using LocalOfferGen.Building;
using LocalOfferGen.Output;
using Microsoft.Playwright;

namespace LocalOfferGen.Tests.Phones;

/// <summary>The sample site's web pages built once, served on 127.0.0.1, and the system's chromium driven by
/// Playwright (no browser download). Each test opens its own context: a fresh phone, 360 px wide.</summary>
public sealed class PhoneBrowser : IAsyncLifetime
{
    public const string Chromium = "/usr/bin/chromium";

    private readonly string _root = Path.Combine(Path.GetTempPath(), "localoffer-phones-" + Guid.NewGuid().ToString("N"));
    private IPlaywright? _playwright;
    private StaticServer? _server;

    public IBrowser Browser { get; private set; } = null!;
    public string BaseUrl => _server!.BaseUrl;
    public string Output => Path.Combine(_root, "output");

    /// <summary>Why the browser tests cannot run here, or null when they can.</summary>
    public string? Unavailable { get; private set; }

    public async ValueTask InitializeAsync()
    {
        if (!File.Exists(Chromium))
        {
            Unavailable = $"chromium is not installed at {Chromium}";
            return;
        }
        var result = SiteBuilder.Build(new BuildOptions
        {
            ContentDirectory = Repository.Content,
            OutputDirectory = Output,
            Formats = ["web"],
            Settings = new BuildSettings { Today = new DateOnly(2026, 11, 27) },
        });
        if (!result.Succeeded) throw new InvalidOperationException("the sample site did not build");
        _server = new StaticServer(Output);
        _playwright = await Playwright.CreateAsync();
        Browser = await LaunchAsync();
    }

    /// <summary>A browser of its own, for tests of service workers and their caches, which must not meet another test's.</summary>
    public Task<IBrowser> LaunchAsync() => _playwright!.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
    {
        ExecutablePath = Chromium,
        Headless = true,
        Args = ["--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
    });

    /// <summary>A new phone: 360 by 740, touch, nothing saved yet.</summary>
    public Task<IBrowserContext> NewPhoneAsync(bool javaScript = true, IBrowser? browser = null) => (browser ?? Browser).NewContextAsync(new BrowserNewContextOptions
    {
        BaseURL = BaseUrl,
        ViewportSize = new ViewportSize { Width = 360, Height = 740 },
        IsMobile = true,
        HasTouch = true,
        JavaScriptEnabled = javaScript,
        ServiceWorkers = ServiceWorkerPolicy.Allow,
    });

    /// <summary>Skips the test when there is no browser, except on CI, where a missing browser is a failure.</summary>
    public void RequireBrowser()
    {
        if (Unavailable is null) return;
        if (Environment.GetEnvironmentVariable("CI") == "true") throw new InvalidOperationException(Unavailable);
        Assert.Skip(Unavailable);
    }

    public async ValueTask DisposeAsync()
    {
        if (Browser is not null) await Browser.CloseAsync();
        _playwright?.Dispose();
        _server?.Dispose();
        try { Directory.Delete(_root, recursive: true); } catch (IOException) { }
    }
}
