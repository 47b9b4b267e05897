using LocalOfferGen.Diagnostics;
using LocalOfferGen.Markdown;
using LocalOfferGen.Model;
using Markdig.Syntax.Inlines;

namespace LocalOfferGen.Audit.Checks;

/// <summary>Links into the folders other formats write (/documents/, /print/, /openreferral/) must lead
/// to a file the build actually wrote. It runs once the formats have written their files; a folder no
/// format of this build wrote is reported once as not checked.</summary>
public sealed class BuiltLinksCheck : IAuditCheck
{
    public string Id => AuditCheckIds.Links;
    public string Title => "Links";
    public bool NeedsBuiltOutput => true;

    public void Run(AuditContext context, AuditFindings findings)
    {
        var built = context.BuiltFiles ?? throw new InvalidOperationException("the built files are not known yet");
        var notBuilt = new HashSet<string>(StringComparer.Ordinal);
        foreach (var document in AuditDocument.All(context.Site))
        {
            foreach (var link in MarkdownWalker.All<LinkInline>(document.Text.Document))
            {
                if (link.Url is not { Length: > 0 } url) continue;
                var (path, _) = LinksCheck.Split(url);
                if (SiteUrls.GeneratedFolders.FirstOrDefault(f => path.StartsWith(f, StringComparison.Ordinal)) is not { } folder) continue;
                var file = path.TrimStart('/');
                if (file.EndsWith('/')) file += "index.html";
                if (built.Contains(file)) continue;
                var at = document.At(link);
                if (!built.Any(f => f.StartsWith(folder.TrimStart('/'), StringComparison.Ordinal)))
                {
                    if (notBuilt.Add(folder))
                        findings.Notice(DiagnosticCodes.BuiltFolderNotChecked, at,
                            $"links into {folder} were not checked: the build did not write that folder (its format was not built)");
                    continue;
                }
                findings.Error(DiagnosticCodes.MissingBuiltFile, at,
                    $"the link '{url}' leads to a file the build did not write (there is no {file} in the output): check the address against the output folder");
            }
        }
    }
}
