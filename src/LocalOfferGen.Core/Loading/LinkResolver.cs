using LocalOfferGen.Diagnostics;
using LocalOfferGen.Markdown;
using LocalOfferGen.Model;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

using SourceSpan = LocalOfferGen.Diagnostics.SourceSpan;

namespace LocalOfferGen.Loading;

/// <summary>Turns every link and image of the content into a site path, once every file is known.
/// Editors may write a site path (<c>/education/post-16/</c>), a path to the Markdown file
/// (<c>../education/post-16.md</c>) or a relative address; all become the same site path, so each
/// format reads one form. Links that lead nowhere, or out of the content folder, are errors.</summary>
internal sealed class LinkResolver(string contentRoot, LinkTargets targets, DiagnosticBag diagnostics)
{

    /// <summary>Documents to download live here (<see cref="Files.DownloadsReader"/>), at the same path on the site.</summary>
    private const string FilesFolder = "files/";

    private static readonly IReadOnlyList<string> ImageExtensions = LocalOfferGen.Pictures.PictureSet.Extensions;

    /// <param name="fileFolder">The content-relative folder of the file the Markdown came from (e.g. <c>pages/education</c>).</param>
    /// <param name="ownUrl">The site path of the page itself, for relative addresses.</param>
    public void Resolve(MarkdownDocument document, string path, int lineOffset, string fileFolder, string ownUrl)
    {
        // An autolink such as <javascript:alert(1)> is a link too (found by the property tests): an unsafe one
        // becomes plain text.
        foreach (var autolink in MarkdownWalker.All<AutolinkInline>(document).ToList())
        {
            if (autolink.IsEmail || !HtmlSafety.IsUnsafeUrl(autolink.Url)) continue;
            diagnostics.Warning(DiagnosticCodes.UnsafeUrlRemoved, new SourceSpan(path, autolink.Line + 1 + lineOffset, autolink.Column + 1),
                $"an unsafe address ({autolink.Url.Split(':')[0].Trim()}:) was removed from this link");
            autolink.ReplaceBy(new LiteralInline(autolink.Url));
        }
        foreach (var link in MarkdownWalker.All<LinkInline>(document).ToList())
        {
            var at = new SourceSpan(path, link.Line + 1 + lineOffset, link.Column + 1);
            var url = link.Url ?? "";
            if (HtmlSafety.IsUnsafeUrl(url))
            {
                diagnostics.Warning(DiagnosticCodes.UnsafeUrlRemoved, at, $"an unsafe address ({url.Split(':')[0].Trim()}:) was removed from this link");
                link.Url = link.IsImage ? "" : "#";
                continue;
            }
            var resolved = link.IsImage ? ResolveImage(url, fileFolder, at) : ResolveLink(url, fileFolder, ownUrl, at);
            if (resolved is not null) link.Url = resolved;
        }
    }

    private string? ResolveLink(string url, string fileFolder, string ownUrl, SourceSpan at)
    {
        if (url.Length == 0 || url.StartsWith('#') || HasScheme(url)) return null;
        if (IsAbsoluteFilePath(url))
        {
            diagnostics.Error(DiagnosticCodes.EscapesContent, at, $"'{url}' is a path on someone's computer; link to a page of the site instead");
            return null;
        }
        var (target, fragment) = SplitFragment(url);
        string? sitePath;
        if (target.StartsWith('/'))
            sitePath = target;
        else if (target.EndsWith(".md", StringComparison.OrdinalIgnoreCase))
        {
            var file = InsideContent(fileFolder, target, at);
            if (file is null) return null;
            sitePath = FileToUrl(file);
            if (sitePath is null)
            {
                diagnostics.Error(DiagnosticCodes.BrokenLink, at, $"'{url}' is not a page: link to a file under pages/ or easy-read/");
                return null;
            }
        }
        else
        {
            var file = InsideContent(fileFolder, target, at);
            if (file is null) return null;
            if (file.StartsWith("images/", StringComparison.Ordinal) || file.StartsWith(FilesFolder, StringComparison.Ordinal)) sitePath = "/" + file;
            else
            {
                // A relative web address: resolve it against the page's own address. Some text is no address at
                // all (found by fuzzing: "z:1!7s" reads as a drive letter), and that is a broken link, not a crash.
                if (!Uri.TryCreate(new Uri("https://site.invalid" + ownUrl), target, out var combined))
                {
                    diagnostics.Error(DiagnosticCodes.BrokenLink, at, $"'{url}' is not an address a link can follow");
                    return null;
                }
                sitePath = combined.AbsolutePath;
            }
        }
        if (sitePath.StartsWith("/" + FilesFolder, StringComparison.Ordinal)) return ResolveFile(url, Uri.UnescapeDataString(sitePath), fragment, at);
        if (!IsKnown(sitePath) && IsKnown(sitePath + "/")) sitePath += "/";
        if (!IsKnown(sitePath))
        {
            diagnostics.Error(DiagnosticCodes.BrokenLink, at, $"the link '{url}' leads to no page of this site");
            return null;
        }
        return sitePath + fragment;
    }

    /// <summary>A link to a document in content/files: it must be there, and of a type that is published.</summary>
    private string? ResolveFile(string url, string sitePath, string fragment, SourceSpan at)
    {
        if (targets.FilePaths.Contains(sitePath)) return sitePath + fragment;
        var file = "content" + sitePath;
        if (targets.UnpublishedFiles.Contains(sitePath))
        {
            diagnostics.Error(DiagnosticCodes.LinkToUnpublishedFile, at,
                $"the link '{url}' leads to {file}, which is not published because files of its type may not go in content/files (see docs/content.md): save it as a PDF, Word, Excel, OpenDocument, CSV, text or RTF file");
            return null;
        }
        var sameButCase = targets.FilePaths.FirstOrDefault(p => string.Equals(p, sitePath, StringComparison.OrdinalIgnoreCase));
        diagnostics.Error(DiagnosticCodes.MissingFile, at, sameButCase is null
            ? $"the link '{url}' leads to a file that does not exist: there is no {file}; put the file there or correct the link"
            : $"the link '{url}' leads to a file that does not exist: there is no {file}, but there is content{sameButCase} (letter case matters in addresses)");
        return null;
    }

    private string? ResolveImage(string url, string fileFolder, SourceSpan at)
    {
        if (HasScheme(url))
        {
            diagnostics.Error(DiagnosticCodes.MissingImage, at, $"images must be files in content/images, not '{url}': a picture from another website may vanish or track readers");
            return null;
        }
        if (IsAbsoluteFilePath(url))
        {
            diagnostics.Error(DiagnosticCodes.EscapesContent, at, $"'{url}' is a path on someone's computer; put the picture in content/images and use its path");
            return null;
        }
        string? file = url.StartsWith('/') ? InsideContent("", url.TrimStart('/'), at) : InsideContent(fileFolder, url, at);
        if (file is null) return null;
        if (!ImageExtensions.Contains(Path.GetExtension(file).ToLowerInvariant()))
        {
            diagnostics.Error(DiagnosticCodes.UnsupportedImage, at, $"'{url}' is not a picture the site can show: use PNG, JPEG, SVG, GIF or WebP");
            return null;
        }
        var sitePath = "/" + file;
        if (!targets.ImagePaths.Contains(sitePath))
        {
            diagnostics.Error(DiagnosticCodes.MissingImage, at, $"the picture '{url}' does not exist (looked for content/{file})");
            return null;
        }
        targets.UsedPictures.TryAdd(sitePath, 0);
        if (targets.Pictures.Find(sitePath) is { Problem: { } problem })
        {
            diagnostics.Error(DiagnosticCodes.PictureUnreadable, at, $"the picture '{url}' (content/{file}) cannot be used: {problem}");
            return null;
        }
        return sitePath;
    }

    /// <summary>A content-relative path for <paramref name="relative"/> seen from <paramref name="folder"/>,
    /// or null (reported) when it climbs out of the content folder.</summary>
    private string? InsideContent(string folder, string relative, SourceSpan at)
    {
        var decoded = Uri.UnescapeDataString(relative);
        var full = Path.GetFullPath(Path.Combine(contentRoot, folder, decoded));
        var root = Path.GetFullPath(contentRoot).TrimEnd(Path.DirectorySeparatorChar) + Path.DirectorySeparatorChar;
        if (!full.StartsWith(root, StringComparison.Ordinal))
        {
            diagnostics.Error(DiagnosticCodes.EscapesContent, at, $"'{relative}' points outside the content folder");
            return null;
        }
        return full[root.Length..].Replace(Path.DirectorySeparatorChar, '/');
    }

    private static string? FileToUrl(string contentRelative)
    {
        if (contentRelative.StartsWith("pages/", StringComparison.Ordinal))
            return SiteUrls.ForPage(contentRelative["pages/".Length..]);
        if (contentRelative.StartsWith("easy-read/", StringComparison.Ordinal))
            return SiteUrls.ForEasyRead(SiteUrls.ForPage(contentRelative["easy-read/".Length..]));
        if (contentRelative.StartsWith("news/", StringComparison.Ordinal))
            return NewsFileName.TryParse(Path.GetFileName(contentRelative), out _, out var slug) ? SiteUrls.ForNews(slug) : null;
        return null;
    }

    private bool IsKnown(string sitePath) =>
        targets.Urls.Contains(sitePath) || targets.ImagePaths.Contains(sitePath) || SiteUrls.GeneratedFolders.Any(f => sitePath.StartsWith(f, StringComparison.Ordinal));

    private static (string Target, string Fragment) SplitFragment(string url)
    {
        var hash = url.IndexOf('#');
        var target = hash < 0 ? url : url[..hash];
        var fragment = hash < 0 ? "" : url[hash..];
        var query = target.IndexOf('?');
        if (query >= 0) target = target[..query];
        return (target, fragment);
    }

    private static bool HasScheme(string url)
    {
        var colon = url.IndexOf(':');
        return colon > 1 && url[..colon].All(c => char.IsAsciiLetterOrDigit(c) || c is '+' or '-' or '.')
            && !IsAbsoluteFilePath(url);
    }

    private static bool IsAbsoluteFilePath(string url) =>
        url.StartsWith("file:", StringComparison.OrdinalIgnoreCase)
        || (url.Length > 2 && char.IsAsciiLetter(url[0]) && url[1] == ':' && (url[2] == '\\' || url[2] == '/'))
        || url.Contains('\\');
}
