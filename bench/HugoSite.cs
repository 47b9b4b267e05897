using System.Text;

namespace LocalOfferGen.Benchmarks;

/// <summary>The same information pages as a Hugo project with a minimal layout, so Hugo and LocalOfferGen
/// build the same Markdown side by side. Section pages (<c>index.md</c>) become Hugo's <c>_index.md</c>;
/// the front matter keeps the keys Hugo knows (title, date, weight) and the summary as a parameter; the
/// Markdown body, with its site-path links, is copied as it is.</summary>
public static class HugoSite
{
    private const string Config = """
        baseURL = "https://localoffer.example.gov.uk/"
        languageCode = "en-gb"
        title = "Exampleshire SEND Local Offer"
        # No taxonomy pages: LocalOfferGen has none either. Hugo still writes every page, each section's list, the sitemap and RSS.
        disableKinds = ["taxonomy", "term"]
        """;

    private const string BaseOf = """
        <!DOCTYPE html>
        <html lang="en-GB">
        <head><meta charset="utf-8"><title>{{ .Title }} | {{ site.Title }}</title><meta name="description" content="{{ .Params.summary }}"></head>
        <body>
        <nav>{{ range .Ancestors.Reverse }}<a href="{{ .RelPermalink }}">{{ .Title }}</a> › {{ end }}</nav>
        <main>{{ block "main" . }}{{ end }}</main>
        <footer>{{ site.Title }}</footer>
        </body>
        </html>
        """;

    private const string Single = """{{ define "main" }}<h1>{{ .Title }}</h1>{{ .Content }}{{ end }}""";

    private const string List = """
        {{ define "main" }}<h1>{{ .Title }}</h1>{{ .Content }}
        <ul>{{ range .Pages }}<li><a href="{{ .RelPermalink }}">{{ .Title }}</a> {{ .Params.summary }}</li>{{ end }}</ul>{{ end }}
        """;

    /// <summary>Writes the Hugo project into <paramref name="hugoDirectory"/> from the generated content folder.</summary>
    public static void Write(string hugoDirectory, string contentDirectory, IReadOnlyList<string> pageFiles)
    {
        if (Directory.Exists(hugoDirectory)) Directory.Delete(hugoDirectory, recursive: true);
        var utf8 = new UTF8Encoding(false);
        WriteFile(hugoDirectory, "config.toml", Config);
        WriteFile(hugoDirectory, "layouts/_default/baseof.html", BaseOf);
        WriteFile(hugoDirectory, "layouts/_default/single.html", Single);
        WriteFile(hugoDirectory, "layouts/_default/list.html", List);
        WriteFile(hugoDirectory, "layouts/index.html", List);
        foreach (var file in pageFiles)
        {
            var text = File.ReadAllText(Path.Combine(contentDirectory, "pages", file), utf8);
            var target = Path.GetFileName(file) == "index.md" ? file[..^"index.md".Length] + "_index.md" : file;
            WriteFile(hugoDirectory, "content/" + target, ForHugo(text));
        }

        void WriteFile(string root, string relative, string text)
        {
            var full = Path.Combine(root, relative.Replace('/', Path.DirectorySeparatorChar));
            Directory.CreateDirectory(Path.GetDirectoryName(full)!);
            File.WriteAllText(full, text, utf8);
        }
    }

    /// <summary>Keeps title, summary and weight, turns <c>reviewed</c> into Hugo's <c>date</c>, drops the rest.</summary>
    private static string ForHugo(string page)
    {
        var end = page.IndexOf("\n---\n", 4, StringComparison.Ordinal);
        var front = page[4..end].Split('\n');
        var text = new StringBuilder("---\n");
        foreach (var line in front)
        {
            if (line.StartsWith("title:", StringComparison.Ordinal) || line.StartsWith("summary:", StringComparison.Ordinal)
                || line.StartsWith("weight:", StringComparison.Ordinal))
                text.Append(line).Append('\n');
            else if (line.StartsWith("reviewed:", StringComparison.Ordinal))
                text.Append("date:").Append(line["reviewed:".Length..]).Append('\n');
        }
        return text.Append(page[end..].TrimStart('\n')).ToString();
    }
}
