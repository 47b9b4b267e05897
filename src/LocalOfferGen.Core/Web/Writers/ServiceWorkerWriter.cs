using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using LocalOfferGen.Model;
using LocalOfferGen.Theming;

namespace LocalOfferGen.Web.Writers;

/// <summary>Writes the theme's service worker to /sw.js, the site's root, so it can serve every page offline.
/// Above the theme's code go the build's version (a hash of every other file the website wrote: the same
/// content gives the same version, and any change gives a new one, which makes browsers replace the worker
/// and delete the old cache) and the files to keep from the start: the theme's assets and My list.</summary>
internal static class ServiceWorkerWriter
{
    public const string ThemeFile = "assets/sw.js";
    public const string OutputFile = "sw.js";

    /// <param name="websiteFiles">The files the web format wrote, as site paths without the leading slash.</param>
    public static void Write(WebContext web, IEnumerable<string> websiteFiles)
    {
        // A serve rebuild of a few pages keeps the worker of the full build (serve registers none anyway).
        if (!web.CopiesFiles || web.Templates.Theme.ReadText(ThemeFile) is not { } code) return;
        var version = Version(web, websiteFiles);
        var precache = web.Templates.Theme.List("assets/").Where(a => a != ThemeFile)
            .Prepend(SiteUrls.MyList.TrimStart('/')).Prepend("./").ToList();
        var header = $"var BUILD = {JsonSerializer.Serialize(version)};\nvar PRECACHE = {JsonSerializer.Serialize(precache)};\n";
        web.Output.WriteText(OutputFile, header + code);
    }

    /// <summary>The first 16 hex digits of a SHA-256 over each file's path and the SHA-256 of its bytes, in path order.</summary>
    public static string Version(WebContext web, IEnumerable<string> websiteFiles)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var path in websiteFiles.Where(p => p != OutputFile).Order(StringComparer.Ordinal))
        {
            hash.AppendData(Encoding.UTF8.GetBytes(path + "\n"));
            hash.AppendData(web.Output.HashOf(path));
        }
        return Convert.ToHexStringLower(hash.GetHashAndReset())[..16];
    }
}
