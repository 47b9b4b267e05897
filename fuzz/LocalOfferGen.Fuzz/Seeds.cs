using System.Text;

namespace LocalOfferGen.Fuzz;

/// <summary>The starting corpus: each file of the minimal content as it is (its index as the first byte),
/// plus a few hostile variants, so AFL++ begins from inputs that reach deep into the loader.</summary>
public static class Seeds
{
    public static void Write(string folder)
    {
        Directory.CreateDirectory(folder);
        var files = MinimalContent.Files;
        for (var i = 0; i < files.Count; i++)
            Write(folder, $"{i:00}-{Path.GetFileName(files[i].Path)}", i, files[i].Text);
        Write(folder, "90-alias", 1, "---\na: &a [x, x]\nb: &b [*a, *a]\ntitle: *b\n---\nbody\n");
        Write(folder, "91-html", 1, "---\ntitle: \"<script>alert(1)</script>\"\nsummary: x\n---\n<div onclick=\"x()\" style=\"color:red\">hi</div>\n\n[a](javascript:alert(1)) ![b](data:image/png;base64,AA==)\n");
        Write(folder, "92-nesting", 1, "---\ntitle: t\nsummary: s\n---\n" + new string('>', 200) + " deep\n\n" + new string('[', 200) + "x" + new string(']', 200) + "\n");
        Write(folder, "93-crlf", 1, "---\r\ntitle: t\r\nTitle: u\r\nsumary: s\r\n---\r\n\r\n# Hi\r[x](../../../etc/passwd)\r");
        Write(folder, "94-tabs", 3, "name: x\n\tdescription: y\n");
    }

    private static void Write(string folder, string name, int target, string text)
    {
        var bytes = Encoding.UTF8.GetBytes(text);
        File.WriteAllBytes(Path.Combine(folder, name), [(byte)target, .. bytes]);
    }
}
