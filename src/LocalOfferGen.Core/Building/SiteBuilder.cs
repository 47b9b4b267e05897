using System.Diagnostics;
using LocalOfferGen.Audit;
using LocalOfferGen.Audit.Reports;
using LocalOfferGen.Diagnostics;
using LocalOfferGen.EasyRead.Linting;
using LocalOfferGen.Loading;
using LocalOfferGen.Output;

namespace LocalOfferGen.Building;

/// <summary>The pipeline: load the content into the site model, audit it, then write each chosen format
/// and the audit report into a staging folder, then swap it in. Any error leaves the previous output untouched.</summary>
public static class SiteBuilder
{
    public static BuildResult Build(BuildOptions options, IProgress<BuildStep>? progress = null, CancellationToken cancellation = default)
    {
        var clock = Stopwatch.StartNew();
        var formats = OutputFormats.All.Where(f => options.Formats.Count == 0 || options.Formats.Contains(f.Name)).ToList();
        var steps = formats.Count + 2;

        var themes = options.Settings.ThemesDirectory
            ?? Path.Combine(Path.GetDirectoryName(Path.GetFullPath(options.ContentDirectory))!, "themes");
        var diagnostics = new DiagnosticBag();
        // Checked first, so a refused --output is never touched; the content is still loaded, to report every error at once.
        var outputAllowed = OutputGuard.Check(options.OutputDirectory, options.ContentDirectory, themes, diagnostics);

        progress?.Report(new BuildStep("Loading content", 1, steps));
        var loaded = ContentLoader.Load(options.ContentDirectory);
        diagnostics.AddRange(loaded.Diagnostics);
        if (loaded.Site is { } loadedSite) InternalError.While("checking the easy-read pages", () => EasyReadLinter.Lint(loadedSite, diagnostics));
        AuditReport? audit = null;
        if (loaded.Site is not { } site || Failed(diagnostics, options.Strict))
            return Finish(null);

        // The audit runs before any format, so that its errors (an anchor that leads nowhere) stop the build
        // early; its warnings are for the report. Links into the folders formats write are checked after them.
        progress?.Report(new BuildStep("Auditing", 2, steps));
        var auditContext = new AuditContext
        {
            Site = site,
            Today = options.Settings.Today,
            ContentPath = options.ContentDirectory.Replace('\\', '/').TrimEnd('/'),
            BuiltFormats = formats.Select(f => f.Name).ToList(),
            Strict = options.Strict,
        };
        audit = InternalError.While("auditing the site", () => AuditRunner.Run(auditContext));
        AddAuditErrors(audit.Findings, diagnostics);
        if (Failed(diagnostics, options.Strict)) return Finish(null);

        var settings = options.Settings with { ThemesDirectory = themes, Formats = formats.Select(f => f.Name).ToList() };
        // The theme folder is checked before any format reads from it (templates, assets, print fonts): a symbolic
        // link in it that leads outside stops the build here, before anything behind it is read.
        diagnostics.AddRange(InternalError.While("reading the theme", () => new Theming.Theme(settings.ThemesDirectory, site.Settings.Theme).Problems));
        if (Failed(diagnostics, options.Strict)) return Finish(null);
        try
        {
            return WriteAndCommit();
        }
        catch (Exception e) when (OutputWriteException.Within(e) is { } failure)
        {
            // A full or read-only disk: the staging folder is already removed and the output untouched.
            diagnostics.Add(failure.ToDiagnostic(options.OutputDirectory));
            return Finish(null);
        }

        BuildResult WriteAndCommit()
        {
            using var swap = OutputSwap.Begin(options.OutputDirectory, diagnostics);
            if (swap is null) return Finish(null);
            try
            {
                var output = new OutputFolder(swap.Staging);
                for (var i = 0; i < formats.Count; i++)
                {
                    cancellation.ThrowIfCancellationRequested();
                    progress?.Report(new BuildStep($"Writing {formats[i].Name}", i + 3, steps));
                    var format = formats[i];
                    InternalError.While($"writing the {format.Name} format", () => format.Write(site, output, settings, diagnostics));
                }
                cancellation.ThrowIfCancellationRequested();
                var started = audit;
                audit = InternalError.While("auditing the built files",
                    () => AuditRunner.Complete(started, auditContext with { BuiltFiles = output.Written.Keys.ToHashSet(StringComparer.Ordinal) }));
                AddAuditErrors(audit.Findings, diagnostics);
                output.WriteText(HtmlAuditReport.SitePath, HtmlAuditReport.Write(PublishedPaths.For(audit, auditContext.ContentPath)));
                output.WriteText(HtmlAuditReport.StylesheetPath, HtmlAuditReport.Stylesheet);
                if (Failed(diagnostics, options.Strict)) return Finish(null);
                swap.Commit(output);
                return Finish(output);
            }
            catch (Exception e) when (OutputWriteException.Within(e) is not null)
            {
                swap.Discard();
                throw;
            }
        }

        BuildResult Finish(OutputFolder? written) => new(
            loaded.Site, diagnostics.ToSortedList(), written?.Written ?? new Dictionary<string, long>(), clock.Elapsed, written is not null)
        {
            Audit = audit,
            Load = loaded,
            OutputRefused = !outputAllowed,
        };
    }

    /// <summary>Audit errors are build errors (the same error twice is reported once); warnings and notices stay in the report.</summary>
    private static void AddAuditErrors(IEnumerable<AuditFinding> findings, DiagnosticBag diagnostics)
    {
        foreach (var f in findings.Where(f => f.Severity == AuditSeverity.Error))
            diagnostics.Add(new Diagnostic(Severity.Error, f.Code, f.Path, f.Line, f.Column, f.Message));
    }

    private static bool Failed(DiagnosticBag diagnostics, bool strict) =>
        diagnostics.HasErrors || (strict && diagnostics.ToSortedList().Count > 0);
}
