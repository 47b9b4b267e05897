using System.Text;

namespace LocalOfferGen.Fuzz;

/// <summary>The starting corpus: each file of the base content as it is (its index as the first byte),
/// plus a few hostile variants, so AFL++ begins from inputs that reach deep into the loader.</summary>
public static class Seeds
{
    public static void Write(string folder, IReadOnlyList<BaseContent.ContentFile> files)
    {
        Directory.CreateDirectory(folder);
        for (var i = 0; i < files.Count; i++)
            File.WriteAllBytes(Path.Combine(folder, $"{i:00}-{Path.GetFileName(files[i].Path)}"), [(byte)i, .. files[i].Bytes]);
        var home = Index(files, "pages/index.md");
        var service = Index(files, "services/play-scheme.yml");
        Write(folder, "90-alias", home, "---\na: &a [x, x]\nb: &b [*a, *a]\ntitle: *b\n---\nbody\n");
        Write(folder, "91-html", home, "---\ntitle: \"<script>alert(1)</script>\"\nsummary: x\n---\n<div onclick=\"x()\" style=\"color:red\">hi</div>\n\n[a](javascript:alert(1)) ![b](data:image/png;base64,AA==)\n");
        Write(folder, "92-nesting", home, "---\ntitle: t\nsummary: s\n---\n" + new string('>', 200) + " deep\n\n" + new string('[', 200) + "x" + new string(']', 200) + "\n");
        Write(folder, "93-crlf", home, "---\r\ntitle: t\r\nTitle: u\r\nsumary: s\r\n---\r\n\r\n# Hi\r[x](../../../etc/passwd)\r");
        Write(folder, "94-tabs", service, "name: x\n\tdescription: y\n");
    }

    private static int Index(IReadOnlyList<BaseContent.ContentFile> files, string path) =>
        files.Select((f, i) => (f, i)).First(x => x.f.Path == path).i;

    private static void Write(string folder, string name, int target, string text) =>
        File.WriteAllBytes(Path.Combine(folder, name), [(byte)target, .. Encoding.UTF8.GetBytes(text)]);
}
