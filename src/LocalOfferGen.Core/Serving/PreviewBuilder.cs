using System.Diagnostics;
using LocalOfferGen.Building;
using LocalOfferGen.Diagnostics;
using LocalOfferGen.Loading;
using LocalOfferGen.Reading;
using LocalOfferGen.Model;
using LocalOfferGen.Output;
using LocalOfferGen.Theming;

namespace LocalOfferGen.Serving;

/// <summary>The builds behind <c>localoffer serve</c>: the website and easy-read pages into a preview folder.
/// After a change it rebuilds only what changed when it can: when the only change is the body of information
/// pages, easy-read pages or news posts (their front matter, which feeds menus, lists and cards, untouched), only
/// those files are read and checked again (<see cref="ContentReloader"/>, against the last good load), and only
/// those pages are rendered and replaced. Any other change
/// (front matter, services, settings, glossary, images, the theme, files added or removed) rebuilds everything.
/// A build with errors changes nothing, so the last good build keeps being served.</summary>
public sealed class PreviewBuilder
{
    /// <summary>The formats a browser shows; Word and print files are made by <c>localoffer build</c>.</summary>
    public static readonly IReadOnlyList<string> Formats = ["web", "easy-read"];

    private static readonly string[] BodyOnlyFolders = ["pages/", "easy-read/", "news/"];
    private readonly string _content;
    private readonly BuildSettings _settings;
    private Dictionary<string, string> _frontMatter = new(StringComparer.Ordinal);
    // The content as the last good build loaded it, which a body-only change updates file by file.
    private LoadResult? _lastGoodLoad;
    // The theme's templates for body-only rebuilds, parsed once; every full build (after a change to the theme or
    // site.yml, which names the theme) starts again.
    private TemplateEngine? _templates;
    // Files changed since the last good build: after a failed build, the next one must cover its changes too.
    private readonly HashSet<string> _unbuilt = new(StringComparer.Ordinal);

    public PreviewBuilder(string contentDirectory, string outputDirectory, BuildSettings settings)
    {
        _content = Path.GetFullPath(contentDirectory);
        OutputDirectory = Path.GetFullPath(outputDirectory);
        _settings = settings;
    }

    public string OutputDirectory { get; }

    /// <summary>True once a build succeeded: from then on a failed build leaves that one being served.</summary>
    public bool HasGoodBuild { get; private set; }

    public PreviewResult BuildAll()
    {
        var clock = Stopwatch.StartNew();
        _templates = null;
        var frontMatter = ReadFrontMatter();
        var result = SiteBuilder.Build(new BuildOptions
        {
            ContentDirectory = _content,
            OutputDirectory = OutputDirectory,
            Formats = Formats.ToList(),
            Settings = _settings,
        });
        if (result.Succeeded)
        {
            _frontMatter = frontMatter;
            _lastGoodLoad = result.Load;
            HasGoodBuild = true;
            _unbuilt.Clear();
        }
        return new PreviewResult(result.Succeeded, result.Diagnostics, null, result.FilesWritten.Count, clock.Elapsed);
    }

    /// <summary>Rebuilds after a change to these files (full paths, in the content folder or the theme).</summary>
    public PreviewResult Rebuild(IReadOnlyCollection<string> changedFiles)
    {
        if (!HasGoodBuild) return BuildAll();
        var steps = new StepTimes();
        _unbuilt.UnionWith(changedFiles.Select(Path.GetFullPath));
        var bodyOnly = BodyOnlyChanges(_unbuilt);
        steps.Done("compare front matter");
        var result = bodyOnly is null ? BuildAll() : RenderPages(bodyOnly, steps);
        if (result.Succeeded) _unbuilt.Clear();
        return result;
    }

    /// <summary>The content paths (<c>pages/x.md</c>) of the changed files when every change is a body-only change
    /// to a page, easy-read page or news post; otherwise null.</summary>
    private HashSet<string>? BodyOnlyChanges(IReadOnlyCollection<string> changedFiles)
    {
        var paths = new HashSet<string>(StringComparer.Ordinal);
        foreach (var file in changedFiles)
        {
            var full = Path.GetFullPath(file);
            if (!full.StartsWith(_content + Path.DirectorySeparatorChar, StringComparison.Ordinal)) return null;
            var path = Path.GetRelativePath(_content, full).Replace(Path.DirectorySeparatorChar, '/');
            if (!path.EndsWith(".md", StringComparison.Ordinal) || !BodyOnlyFolders.Any(f => path.StartsWith(f, StringComparison.Ordinal)))
                return null;
            if (!_frontMatter.TryGetValue(path, out var before) || FrontMatterOf(new ConfinedFolder(_content, "", "the content folder"), path) is not { } after || after != before)
                return null;
            paths.Add(path);
        }
        return paths;
    }

    private PreviewResult RenderPages(HashSet<string> sourcePaths, StepTimes steps)
    {
        var clock = Stopwatch.StartNew();
        var loaded = _lastGoodLoad is { } last ? ContentReloader.Reload(last, _content, sourcePaths) : null;
        if (loaded is null) return BuildAll();
        steps.Done("read changed files");
        var diagnostics = new DiagnosticBag();
        diagnostics.AddRange(loaded.Diagnostics);
        if (loaded.Site is not { } site || diagnostics.HasErrors)
            return new PreviewResult(false, diagnostics.ToSortedList(), [], 0, clock.Elapsed);

        var urls = UrlsOf(site, sourcePaths);
        // Named like a build's staging folder, so the next full build clears it away if this process is killed.
        var staging = Path.Combine(Path.GetDirectoryName(OutputDirectory)!, $".{Path.GetFileName(OutputDirectory)}.staging-pages-{Guid.NewGuid():N}");
        try
        {
            var output = new OutputFolder(staging);
            var themes = _settings.ThemesDirectory ?? Path.Combine(Path.GetDirectoryName(_content)!, "themes");
            var settings = _settings with
            {
                ThemesDirectory = themes,
                Formats = Formats,
                OnlyPages = urls,
                Templates = _templates ??= new TemplateEngine(new Theme(themes, site.Settings.Theme)),
            };
            foreach (var format in OutputFormats.All.Where(f => Formats.Contains(f.Name)))
                format.Write(site, output, settings, diagnostics);
            steps.Done("render");
            if (diagnostics.HasErrors)
                return new PreviewResult(false, diagnostics.ToSortedList(), [], 0, clock.Elapsed);
            // Each file replaces its old self in one rename, so a reader never gets half a page.
            foreach (var path in output.Written.Keys)
            {
                var target = Path.Combine(OutputDirectory, path);
                Directory.CreateDirectory(Path.GetDirectoryName(target)!);
                File.Move(output.FullPath(path), target, overwrite: true);
            }
            steps.Done("replace files");
            _lastGoodLoad = loaded;
            return new PreviewResult(true, diagnostics.ToSortedList(), urls.Order(StringComparer.Ordinal).ToList(), output.Written.Count, clock.Elapsed)
            {
                Steps = steps.Times,
            };
        }
        finally
        {
            if (Directory.Exists(staging)) Directory.Delete(staging, recursive: true);
        }
    }

    private static HashSet<string> UrlsOf(Site site, HashSet<string> sourcePaths) =>
        site.Pages.Where(p => sourcePaths.Contains(p.SourcePath)).Select(p => p.Url)
            .Concat(site.EasyReadPages.Where(p => sourcePaths.Contains(p.SourcePath)).Select(p => p.Url))
            .Concat(site.News.Where(p => sourcePaths.Contains(p.SourcePath)).Select(p => p.Url))
            .ToHashSet(StringComparer.Ordinal);

    /// <summary>The front matter of every Markdown file that a body-only rebuild may handle.</summary>
    private Dictionary<string, string> ReadFrontMatter()
    {
        var all = new Dictionary<string, string>(StringComparer.Ordinal);
        // Through the one reader of content files, so a link out of the content folder is not read here either
        // (the load reports it).
        var content = new ConfinedFolder(_content, "", "the content folder");
        var ignored = new DiagnosticBag();
        foreach (var folder in BodyOnlyFolders)
            foreach (var file in content.Enumerate(folder, ignored, ".md"))
                if (FrontMatterOf(content, file) is { } text)
                    all[file] = text;
        return all;
    }

    private static string? FrontMatterOf(ConfinedFolder content, string file)
    {
        string text;
        try
        {
            if (content.ReadAllBytes(file, new DiagnosticBag()) is not { } bytes) return null;
            text = SourceFile.NormaliseLineEndings(new System.Text.UTF8Encoding(false).GetString(bytes));
        }
        catch (IOException) { return null; }
        catch (UnauthorizedAccessException) { return null; }
        return FrontMatter.Split(text, file, new DiagnosticBag())?.Yaml;
    }
}

/// <summary>One preview build: whether it succeeded, what it found, and which pages it rendered
/// (<see cref="RenderedPages"/> is null for a full build).</summary>
public sealed record PreviewResult(
    bool Succeeded,
    IReadOnlyList<Diagnostic> Diagnostics,
    IReadOnlyList<string>? RenderedPages,
    int FilesWritten,
    TimeSpan Elapsed)
{
    public bool Full => RenderedPages is null;
    /// <summary>How long each step of a pages-only rebuild took, in order (empty for a full build).</summary>
    public IReadOnlyList<(string Step, TimeSpan Time)> Steps { get; init; } = [];
    public IEnumerable<Diagnostic> Errors => Diagnostics.Where(d => d.Severity == Severity.Error);
}
