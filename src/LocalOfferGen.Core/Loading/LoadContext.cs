using LocalOfferGen.Diagnostics;
using LocalOfferGen.Loading.Yaml;
using LocalOfferGen.Markdown;
using LocalOfferGen.Model;
using LocalOfferGen.Reading;
using Markdig.Syntax;

using SourceSpan = LocalOfferGen.Diagnostics.SourceSpan;

namespace LocalOfferGen.Loading;

/// <summary>What every reader of one load shares: where the content is, the diagnostics, the settings,
/// and the Markdown whose links wait to be resolved once every file is known.</summary>
internal sealed class LoadContext
{
    /// <summary>Deeper nesting than this is refused: no real page needs it, and it protects every
    /// format's renderer from stack exhaustion.</summary>
    public const int MaxNesting = 64;

    private readonly string _displayRoot;
    private readonly List<PendingLinks> _pending;
    private readonly Lock _pendingGate; // files are parsed in parallel

    public LoadContext(string contentRoot, string displayRoot, DiagnosticBag diagnostics)
        : this(contentRoot, displayRoot, diagnostics, [], new Lock(), new ConfinedFolder(contentRoot, displayRoot, "the content folder")) { }

    private LoadContext(string contentRoot, string displayRoot, DiagnosticBag diagnostics, List<PendingLinks> pending, Lock pendingGate,
        ConfinedFolder files)
    {
        ContentRoot = contentRoot;
        Files = files;
        _displayRoot = displayRoot;
        Diagnostics = diagnostics;
        _pending = pending;
        _pendingGate = pendingGate;
    }

    /// <summary>The context for reading one file: this load's settings and waiting links, but the file's own
    /// diagnostics (which also go to this load's), so that serve can replace them when it reads the file again.</summary>
    public LoadContext ForFile(DiagnosticBag fileDiagnostics) =>
        new(ContentRoot, _displayRoot, fileDiagnostics, _pending, _pendingGate, Files) { Settings = Settings, Topics = Topics };

    public string ContentRoot { get; }

    /// <summary>Every content file is found and read through this, by its real path inside the content folder.</summary>
    public ConfinedFolder Files { get; }
    public DiagnosticBag Diagnostics { get; }
    public SiteSettings Settings { get; set; } = SiteSettingsReader.Defaults;
    public IReadOnlyList<StatutoryTopic> Topics { get; set; } = [];

    /// <summary>The path shown in diagnostics: the content folder as the user named it, then the file.</summary>
    public string Display(string contentRelative) => _displayRoot.Length == 0 ? contentRelative : $"{_displayRoot}/{contentRelative}";

    public string FullPath(string contentRelative) => Path.Combine(ContentRoot, contentRelative.Replace('/', Path.DirectorySeparatorChar));

    /// <summary>Whether a content file is there to read (one behind a symbolic link that leaves the content folder
    /// counts: reading it reports the link).</summary>
    public bool FileExists(string contentRelative) => Files.Exists(contentRelative);

    /// <summary>Reads a text file that must not be empty.</summary>
    /// <param name="namedAt">Where the file was named (a transcript_file key), for the error if it is outside the content folder.</param>
    public string? ReadText(string contentRelative, SourceSpan? namedAt = null)
    {
        var display = Display(contentRelative);
        if (Files.CheckedFile(contentRelative, Diagnostics, namedAt) is not { } real)
        {
            if (!Files.Exists(contentRelative))
                Diagnostics.Error(DiagnosticCodes.CannotRead, namedAt ?? SourceSpan.File(display), "cannot read this file: it does not exist");
            return null;
        }
        var text = SourceFile.ReadText(real, display, Diagnostics);
        if (text is not null && string.IsNullOrWhiteSpace(text))
        {
            Diagnostics.Error(DiagnosticCodes.EmptyFile, SourceSpan.File(display), "this file is empty");
            return null;
        }
        return text;
    }

    /// <summary>Reads a whole YAML file that must hold a set of keys (or a list, when <paramref name="list"/>).</summary>
    public YamlNode? ReadYamlFile(string contentRelative, bool list = false)
    {
        var text = ReadText(contentRelative);
        if (text is null) return null;
        var display = Display(contentRelative);
        var root = YamlDocumentReader.Read(text, display, 0, Diagnostics);
        if (root is null) return null;
        if (list ? root is YamlSequence : root is YamlMapping) return root;
        Diagnostics.Error(DiagnosticCodes.NotAMapping, root.Span,
            list ? $"this file must be a list (lines starting with '- '), not {root.Kind}" : $"this file must be a set of keys (key: value lines), not {root.Kind}");
        return null;
    }

    /// <summary>Reads a Markdown file's front matter (as a set of keys) and body.</summary>
    public (YamlMapping? Keys, FrontMatter? Parts) ReadMarkdownFile(string contentRelative)
    {
        var text = ReadText(contentRelative);
        if (text is null) return (null, null);
        var display = Display(contentRelative);
        var parts = FrontMatter.Split(text, display, Diagnostics);
        if (parts is null) return (null, null);
        var root = YamlDocumentReader.Read(parts.Yaml, display, parts.YamlLineOffset, Diagnostics);
        if (root is YamlMapping mapping) return (mapping, parts);
        if (root is null && string.IsNullOrWhiteSpace(parts.Yaml))
            Diagnostics.Error(DiagnosticCodes.MissingKey, new SourceSpan(display, 1, 1), "the front matter is empty; it needs at least 'title'");
        else if (root is not null)
            Diagnostics.Error(DiagnosticCodes.NotAMapping, root.Span, $"the front matter must be a set of keys (key: value lines), not {root.Kind}");
        return (null, parts);
    }

    public YamlFields Fields(YamlMapping mapping, IReadOnlyCollection<string> keys) => new(mapping, Diagnostics, keys);

    /// <summary>The items of a YAML list that must each be a set of keys; any other item is reported
    /// with <paramref name="shape"/>, which says what an item should look like.</summary>
    public IEnumerable<YamlFields> EachMapping(YamlSequence? list, IReadOnlyCollection<string> keys, string shape)
    {
        foreach (var node in list?.Items ?? [])
        {
            if (node is YamlMapping map) yield return Fields(map, keys);
            else Diagnostics.Error(DiagnosticCodes.WrongType, node.Span, shape);
        }
    }

    /// <summary>Parses Markdown once, refuses absurd nesting, removes unsafe HTML, and queues its links
    /// to be resolved when every page is known.</summary>
    public MarkdownText ParseMarkdown(string source, string contentRelative, int lineOffset, string ownUrl, bool allowVideos = true)
    {
        var display = Display(contentRelative);
        MarkdownDocument document;
        try
        {
            document = Markdig.Markdown.Parse(source, MarkdownPipelines.Content);
        }
        catch (ArgumentException)
        {
            // Markdig refuses documents nested past its own limit (brackets or emphasis inside each other
            // hundreds of times) by throwing; that is bad content, not a generator failure.
            var firstLine = source.TakeWhile(c => c is '\n' or ' ' or '\t').Count(c => c == '\n');
            Diagnostics.Error(DiagnosticCodes.NestedTooDeeply, new SourceSpan(display, lineOffset + 1 + firstLine, 1),
                $"the Markdown in this text is nested too deeply to read (brackets, emphasis, quotes or lists inside each other hundreds of times); flatten it");
            document = new MarkdownDocument();
        }
        foreach (var (node, depth) in MarkdownWalker.Descendants(document))
        {
            if (depth <= MaxNesting) continue;
            Diagnostics.Error(DiagnosticCodes.NestedTooDeeply, new SourceSpan(display, node.Line + 1 + lineOffset, node.Column + 1),
                $"the Markdown here is nested more than {MaxNesting} levels deep (quotes or lists inside each other); flatten it");
            document = new MarkdownDocument();
            break;
        }
        HtmlSafety.Clean(document, display, lineOffset, Diagnostics);
        HeadingIds.Settle(document, display, lineOffset, Diagnostics);
        VideoReader.Replace(this, document, contentRelative, lineOffset, ownUrl, allowVideos);
        var folder = Path.GetDirectoryName(contentRelative)?.Replace('\\', '/') ?? "";
        lock (_pendingGate) _pending.Add(new PendingLinks(document, display, lineOffset, folder, ownUrl, Diagnostics));
        return new MarkdownText(source, document, lineOffset);
    }

    /// <summary>Markdown held in a YAML value: its lines count from the value's own line.</summary>
    public MarkdownText? ParseMarkdownField(YamlFields fields, string key, string contentRelative, string ownUrl, bool required)
    {
        var text = fields.Text(key, required, markdown: true);
        if (text is null) return null;
        var span = fields.SpanOf(key);
        return ParseMarkdown(text, contentRelative, Math.Max(span.Line - 1, 0), ownUrl);
    }

    public void ResolveLinks(LinkTargets targets)
    {
        // Each document's links resolve on their own (the resolver only reads; diagnostics are sorted when
        // reported), so the order, and running them in parallel, changes nothing. Each reports to the
        // diagnostics of the file it came from.
        lock (_pendingGate)
        {
            Parallel.ForEach(_pending, p => InternalError.While($"checking the links of {p.DisplayPath}",
                () => new LinkResolver(ContentRoot, targets, p.Diagnostics).Resolve(p.Document, p.DisplayPath, p.LineOffset, p.Folder, p.OwnUrl)));
            _pending.Clear();
        }
    }

    private sealed record PendingLinks(MarkdownDocument Document, string DisplayPath, int LineOffset, string Folder, string OwnUrl,
        DiagnosticBag Diagnostics);
}
