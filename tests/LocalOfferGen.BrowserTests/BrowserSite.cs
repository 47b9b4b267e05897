using LocalOfferGen.Building;
using LocalOfferGen.Output;
using LocalOfferGen.Serving;
using Microsoft.Playwright;

[assembly: AssemblyFixture(typeof(LocalOfferGen.BrowserTests.BrowserSite))]

namespace LocalOfferGen.BrowserTests;

/// <summary>Shared by every browser test, once per run: the sample built into a temp folder, served on 127.0.0.1
/// by the same static server <c>localoffer serve</c> uses (without its reload script, so the browser sees exactly
/// the built files), and Debian's chromium driven by Playwright. Playwright never downloads a browser here.</summary>
public sealed class BrowserSite : IAsyncLifetime
{
    public const string ChromiumPath = "/usr/bin/chromium";

    private static readonly string[] ChromiumArgs =
        ["--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"];

    private readonly string _folder = Path.Combine(Path.GetTempPath(), "localoffer-browser-" + Guid.NewGuid().ToString("N"));
    private StaticFileServer? _server;
    private IPlaywright? _playwright;
    private IBrowser? _browser;

    public string Output => Path.Combine(_folder, "output");

    /// <summary>The site path of every page of the built site (<c>/</c>, <c>/education/</c>, <c>/404.html</c>), in order.</summary>
    public IReadOnlyList<string> Pages { get; private set; } = [];

    public Uri Address => _server!.Address;

    /// <summary>Where screenshots go: the test output folder, for people to look at.</summary>
    public static string Screenshots { get; } = Path.Combine(AppContext.BaseDirectory, "screenshots");

    public async ValueTask InitializeAsync()
    {
        Environment.SetEnvironmentVariable("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1");
        // A busy shared machine can be slow to run a page's script; waiting longer costs nothing when it is not.
        Assertions.SetDefaultExpectTimeout(15_000);
        var result = SiteBuilder.Build(new BuildOptions
        {
            ContentDirectory = Repository.Content,
            OutputDirectory = Output,
            Settings = new BuildSettings { Today = new(2026, 11, 27) },
        });
        if (!result.Succeeded)
            throw new InvalidOperationException("the sample did not build:\n" + string.Join("\n", result.Diagnostics));
        Pages = Directory.EnumerateFiles(Output, "*.html", SearchOption.AllDirectories)
            .Select(file => "/" + Path.GetRelativePath(Output, file).Replace(Path.DirectorySeparatorChar, '/'))
            .Select(path => path.EndsWith("/index.html", StringComparison.Ordinal) ? path[..^"index.html".Length] : path)
            .Order(StringComparer.Ordinal)
            .ToList();
        _server = new StaticFileServer(Output);
        _server.Start();

        if (!File.Exists(ChromiumPath)) return;
        _playwright = await Playwright.CreateAsync();
        _browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            Args = ChromiumArgs,
        });
    }

    public async ValueTask DisposeAsync()
    {
        if (_browser is not null) await _browser.DisposeAsync();
        _playwright?.Dispose();
        if (_server is not null) await _server.DisposeAsync();
        try { Directory.Delete(_folder, recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
    }

    /// <summary>A fresh browser context (its own cookies and settings) at a size. Skips the test when chromium is
    /// missing on a developer's machine; on CI (CI=true) a missing chromium fails it instead.</summary>
    public async Task<IBrowserContext> NewContextAsync(int width, int height, bool javaScript = true, float scale = 1)
    {
        if (_browser is null)
        {
            var message = $"the browser tests need chromium at {ChromiumPath} (Debian: apt-get install chromium)";
            if (string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase))
                throw new InvalidOperationException(message + "; on CI they must run, so .ci/run installs it");
            Assert.Skip(message);
        }
        return await _browser.NewContextAsync(new BrowserNewContextOptions
        {
            ViewportSize = new ViewportSize { Width = width, Height = height },
            DeviceScaleFactor = scale,
            JavaScriptEnabled = javaScript,
            BaseURL = Address.ToString(),
        });
    }

    /// <summary>Opens a site path and waits until the page and its scripts have settled.</summary>
    public static async Task<IResponse> OpenAsync(IPage page, string path)
    {
        var response = await page.GotoAsync(path.TrimStart('/'), new PageGotoOptions { WaitUntil = WaitUntilState.NetworkIdle });
        return response ?? throw new InvalidOperationException($"no response for {path}");
    }

    /// <summary>A service's own page (the first service of the sample).</summary>
    public static string ServicePage =>
        "/services/" + Path.GetFileNameWithoutExtension(Directory.GetFiles(Path.Combine(Repository.Content, "services"), "*.yml").Order(StringComparer.Ordinal).First()) + "/";

    /// <summary>The first easy-read page.</summary>
    public string EasyReadPage => Pages.First(p => p.StartsWith("/easy-read/", StringComparison.Ordinal) && p != "/easy-read/");
}

/// <summary>Paths of the repository, found from the test's working folder.</summary>
public static class Repository
{
    public static string Root { get; } = FindRoot();
    public static string Content => Path.Combine(Root, "content");

    /// <summary>A copy of the sample content in <paramref name="target"/>, for tests that edit it.</summary>
    public static string CopyContent(string target)
    {
        foreach (var file in Directory.EnumerateFiles(Content, "*", SearchOption.AllDirectories))
        {
            var to = Path.Combine(target, Path.GetRelativePath(Content, file));
            Directory.CreateDirectory(Path.GetDirectoryName(to)!);
            File.Copy(file, to);
        }
        return target;
    }

    private static string FindRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "LocalOfferGen.sln")))
            directory = directory.Parent;
        return directory?.FullName ?? throw new InvalidOperationException("cannot find LocalOfferGen.sln above the test folder");
    }
}
