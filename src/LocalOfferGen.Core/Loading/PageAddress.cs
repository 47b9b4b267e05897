using LocalOfferGen.Diagnostics;
using LocalOfferGen.Model;

namespace LocalOfferGen.Loading;

/// <summary>A page's address comes from its file's path, slugged (see <see cref="SiteUrls.ForPage"/>). When the
/// file name had to change to become an address, the editor is told, so links and the address agree.</summary>
internal static class PageAddress
{
    /// <param name="folder">The content folder the path starts with: <c>pages/</c> or <c>easy-read/</c>.</param>
    public static string For(LoadContext context, string file, string folder)
    {
        var inside = file[folder.Length..];
        var url = SiteUrls.ForPage(inside);
        if (!inside[..^".md".Length].Split('/').All(Slug.IsValid))
        {
            var isIndex = Path.GetFileNameWithoutExtension(inside) == "index";
            var suggestion = url == "/" ? "index.md" : url.Trim('/') + (isIndex ? "/index.md" : ".md");
            context.Diagnostics.Warning(DiagnosticCodes.FileNameSlugged, SourceSpan.File(context.Display(file)),
                $"this file's name is not a web address as it stands, so its page is at {url}; rename it to {folder}{suggestion} " +
                "(lower-case letters, digits and hyphens) so the name and the address agree");
        }
        return url;
    }
}
