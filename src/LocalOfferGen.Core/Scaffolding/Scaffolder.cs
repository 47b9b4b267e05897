using System.Globalization;
using System.Text;
using LocalOfferGen.Loading;

namespace LocalOfferGen.Scaffolding;

/// <summary><c>localoffer new</c>: writes a new content file (or a new minimal Local Offer) that builds as it is.
/// It never overwrites: when a file is already there it writes nothing and says so. Each file is written to a
/// temporary name and then moved into place, so a reader never sees half a file.</summary>
public static class Scaffolder
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    /// <summary>Creates <paramref name="name"/> of the given kind. For a page, the name is its path under pages/
    /// (<c>education/my-page</c>); for a site, the folder to create (its content goes in <c>DIR/content/</c>);
    /// otherwise a file name without extension. Returns the files written, or the reason nothing was.</summary>
    public static ScaffoldResult Create(ScaffoldKind kind, string name, string contentDirectory, DateOnly today)
    {
        if (kind == ScaffoldKind.Site) return CreateSite(name, today);
        var problem = CheckName(kind, name);
        if (problem is not null) return ScaffoldResult.Refused(problem);
        var title = TitleFrom(name.Split('/')[^1]);
        var (path, text) = kind switch
        {
            ScaffoldKind.Page => ($"pages/{name}.md", ScaffoldTexts.Page(title, today)),
            ScaffoldKind.Service => ($"services/{name}.yml", ScaffoldTexts.Service(title, today)),
            ScaffoldKind.News => ($"news/{today.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}-{name}.md", ScaffoldTexts.News(title)),
            ScaffoldKind.Leaflet => ($"leaflets/{name}.yml", ScaffoldTexts.Leaflet(title)),
            _ => throw new ArgumentOutOfRangeException(nameof(kind)),
        };
        return WriteAll(contentDirectory, [.. kind == ScaffoldKind.Page ? MissingSections(name, contentDirectory, today) : [], (path, text)]);
    }

    /// <summary>A page in a folder that has no index.md yet gets that section's page too, so the new page is in
    /// the menu and breadcrumbs under a section someone can write, and the site builds with no warning.</summary>
    private static IEnumerable<(string Path, string Text)> MissingSections(string name, string contentDirectory, DateOnly today)
    {
        var folders = name.Split('/')[..^1];
        for (var depth = 1; depth <= folders.Length; depth++)
        {
            var index = $"pages/{string.Join('/', folders[..depth])}/index.md";
            if (!File.Exists(Path.Combine(contentDirectory, index))) yield return (index, ScaffoldTexts.Page(TitleFrom(folders[depth - 1]), today));
        }
    }

    /// <summary>A new Local Offer's repository: content/ (settings, a home page, one page, one service) and, beside
    /// it, what GitHub needs to build it with the tool at this version (<see cref="RepositoryFiles"/>).</summary>
    private static ScaffoldResult CreateSite(string folder, DateOnly today)
    {
        if (Directory.Exists(folder) && Directory.EnumerateFileSystemEntries(folder).Any())
            return ScaffoldResult.Refused($"{folder} already exists and is not empty; choose a new folder");
        const string page = "about-the-local-offer";
        const string service = "send-information-advice-and-support";
        return WriteAll(folder,
        [
            ("content/site.yml", ScaffoldTexts.SiteSettings()),
            ("content/pages/index.md", ScaffoldTexts.Home("Exampleshire SEND Local Offer", today)),
            ($"content/pages/{page}.md", ScaffoldTexts.Page(TitleFrom(page), today)),
            ($"content/services/{service}.yml", ScaffoldTexts.Service("SEND information, advice and support", today)),
            .. RepositoryFiles.All(),
        ]);
    }

    /// <summary>Why a name cannot be used, or null. Names become web addresses, so they are slugs:
    /// lower-case letters, digits and single hyphens (a page may have sections: <c>education/my-page</c>).</summary>
    private static string? CheckName(ScaffoldKind kind, string name)
    {
        var parts = name.Split('/');
        if (kind != ScaffoldKind.Page && parts.Length > 1)
            return $"'{name}' must be a plain name such as my-{kind.ToString().ToLowerInvariant()}, without '/'";
        var bad = parts.FirstOrDefault(p => !Slug.IsValid(p));
        if (bad is not null)
            return $"'{name}' cannot be part of a web address; use lower-case letters, digits and hyphens, such as '{Slug.From(bad)}'";
        return null;
    }

    /// <summary>"my-new-page" → "My new page".</summary>
    private static string TitleFrom(string slug)
    {
        var words = slug.Replace('-', ' ');
        return char.ToUpperInvariant(words[0]) + words[1..];
    }

    private static ScaffoldResult WriteAll(string root, IReadOnlyList<(string Path, string Text)> files)
    {
        var targets = files.Select(f => (Full: Path.GetFullPath(Path.Combine(root, f.Path)), f.Text)).ToList();
        var existing = targets.FirstOrDefault(t => File.Exists(t.Full));
        if (existing.Full is not null)
            return ScaffoldResult.Refused($"{Path.GetRelativePath(".", existing.Full)} already exists; nothing was written (choose another name)");
        var written = new List<string>();
        foreach (var (full, text) in targets)
        {
            Directory.CreateDirectory(Path.GetDirectoryName(full)!);
            var temporary = Path.Combine(Path.GetDirectoryName(full)!, $".{Path.GetFileName(full)}.{Guid.NewGuid():N}.tmp");
            File.WriteAllText(temporary, text, Utf8);
            try
            {
                // overwrite: false, so a file that appeared meanwhile is still never replaced.
                File.Move(temporary, full, overwrite: false);
            }
            catch (IOException) when (File.Exists(full))
            {
                File.Delete(temporary);
                return new ScaffoldResult(written, $"{Path.GetRelativePath(".", full)} already exists; it was left as it was");
            }
            written.Add(full);
        }
        return new ScaffoldResult(written, null);
    }
}

/// <summary>The files <c>new</c> wrote, and why it stopped when it refused.</summary>
public sealed record ScaffoldResult(IReadOnlyList<string> Files, string? Refusal)
{
    public bool Succeeded => Refusal is null;
    internal static ScaffoldResult Refused(string why) => new([], why);
}
