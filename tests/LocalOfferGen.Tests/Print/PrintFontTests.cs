using System.Text;
using LocalOfferGen.Diagnostics;
using LocalOfferGen.Fonts;
using LocalOfferGen.Print.Fonts;
using LocalOfferGen.Print.Layout;
using LocalOfferGen.Theming;
using UglyToad.PdfPig;

namespace LocalOfferGen.Tests.Print;

/// <summary>The PDFs draw every character in a shipped face that has it: Welsh, Polish and Romanian letters,
/// arrows, currency and ticks, emoji in monochrome Noto Emoji; what no face has is left out with a warning.</summary>
public class PrintFontTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("lo-print-fonts-").FullName;

    private string Content => Path.Combine(_root, "content");

    public PrintFontTests() => Hostile.HostileContent.Copy(Repository.Content, Content);

    public void Dispose()
    {
        try { Directory.Delete(_root, recursive: true); } catch (IOException) { }
    }

    private void AddSection(string heading, string text)
    {
        var file = Path.Combine(Content, "leaflets", "your-local-offer.yml");
        var yaml = File.ReadAllText(file);
        // Replaces the last section, so the leaflet still fits its panels.
        var last = yaml.LastIndexOf("  - heading:", StringComparison.Ordinal);
        File.WriteAllText(file, yaml[..last] + $"  - heading: {heading}\n    text: |\n      {text}\n");
    }

    private (LocalOfferGen.Building.BuildResult Result, PdfDocument Pdf) Build()
    {
        var output = Path.Combine(_root, "output");
        var result = PrintedSample.Build(output, Content);
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        return (result, PdfDocument.Open(File.ReadAllBytes(Path.Combine(output, "print", "your-local-offer.pdf"))));
    }

    [Fact]
    public void Welsh_Polish_Romanian_letters_symbols_and_emoji_are_drawn_in_a_face_that_has_them()
    {
        AddSection("Croeso ŵ", "Łódź ŵyr ŷ ș ț Ș Ț: fees → £5 or €6 ✓ 😀😁 👍 done.");
        var (result, pdf) = Build();
        using var _ = pdf;
        Assert.DoesNotContain(result.Diagnostics, d => d.Code == DiagnosticCodes.UndrawableCharacter);
        var letters = Enumerable.Range(1, pdf.NumberOfPages).SelectMany(n => pdf.GetPage(n).Letters).ToList();
        string FontOf(string character)
        {
            var found = letters.Where(l => l.Value == character && IsBody(l)).ToList();
            Assert.True(found.Count == 1, $"'{character}': " + string.Join(" ", letters.Where(l => l.Value == character).Select(l => $"{l.FontName}@{l.PointSize}")));
            var letter = found[0];
            Assert.True(letter.GlyphRectangle.Width > 0, $"'{character}' has no width");
            return (letter.FontName ?? "").Replace(" ", "");
            bool IsBody(UglyToad.PdfPig.Content.Letter l) => l.PointSize < 13; // the section's text, not its heading
        }
        foreach (var c in new[] { "Ł", "ź", "ŷ", "ș", "ț", "Ș", "Ț", "£", "€" }) Assert.Contains("AtkinsonHyperlegibleNext", FontOf(c));
        Assert.Contains("NotoSansSymbols", FontOf("→"));
        Assert.Contains("NotoSansSymbols2", FontOf("✓"));
        Assert.Contains("NotoEmoji", FontOf("😀"));
        Assert.Contains("NotoEmoji", FontOf("😁"));
        Assert.Contains("NotoEmoji", FontOf("👍"));
        var heading = letters.Where(l => l.PointSize >= 13 && l.Value == "ŵ").ToList();
        Assert.NotEmpty(heading);
        Assert.All(heading, l => Assert.Contains("AtkinsonHyperlegibleNext", (l.FontName ?? "").Replace(" ", "")));
        // The whole sentence reads back in order, nothing left out.
        var text = string.Concat(letters.Select(l => l.Value));
        Assert.Contains("Łódź", text);
        Assert.Contains("£5", text);
        Assert.Contains("✓😀😁👍", text.Replace(" ", ""));
    }

    [Fact]
    public void A_character_no_shipped_face_has_is_left_out_with_a_located_warning()
    {
        AddSection("Languages", "We can translate into 中文 on request \U0010FFFD too.");
        var (result, pdf) = Build();
        using var _ = pdf;
        var warnings = result.Diagnostics.Where(d => d.Code == DiagnosticCodes.UndrawableCharacter).ToList();
        Assert.All(warnings, w => Assert.Equal(Severity.Warning, w.Severity));
        var cjk = Assert.Single(warnings, w => w.Message.Contains("U+4E2D"));
        Assert.Contains("'中'", cjk.Message);
        Assert.Contains("'Languages'", cjk.Message);
        Assert.EndsWith("leaflets/your-local-offer.yml", cjk.Path);
        var lines = File.ReadAllLines(Path.Combine(Content, "leaflets", "your-local-offer.yml"));
        Assert.Contains("Languages", lines[cjk.Line - 1]);
        Assert.Single(warnings, w => w.Message.Contains("U+6587"));
        Assert.Single(warnings, w => w.Message.Contains("U+10FFFD"));
        var letters = Enumerable.Range(1, pdf.NumberOfPages).SelectMany(n => pdf.GetPage(n).Letters).ToList();
        Assert.DoesNotContain(letters, l => l.Value == "中" || l.Value == "\U0010FFFD");
        // Left out, not drawn as an empty box: the words around them read on.
        Assert.Contains("translate into on request too.", WordsOf(pdf));
        Assert.All(letters.Where(l => l.Value != " "), l => Assert.True(l.GlyphRectangle.Width > 0, $"'{l.Value}' is drawn with no width"));
    }

    [Fact]
    public void Easy_read_PDFs_fall_back_and_warn_the_same_way()
    {
        var file = Path.Combine(Content, "easy-read", "about", "index.md");
        var page = File.ReadAllText(file).Replace("It tells you about help for children and young people with SEND.",
            "It tells you about help 👍 → £0 and 中 too.");
        File.WriteAllText(file, page);
        var output = Path.Combine(_root, "output");
        var result = PrintedSample.Build(output, Content);
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        var warning = Assert.Single(result.Diagnostics, d => d.Code == DiagnosticCodes.UndrawableCharacter);
        Assert.Contains("U+4E2D", warning.Message);
        Assert.EndsWith("easy-read/about/index.md", warning.Path);
        Assert.True(warning.Line > 0);
        using var pdf = PdfDocument.Open(File.ReadAllBytes(Path.Combine(output, "print", "easy-read", "about.pdf")));
        var letters = pdf.GetPage(1).Letters;
        Assert.Contains("NotoEmoji", Assert.Single(letters, l => l.Value == "👍").FontName!.Replace(" ", ""));
        Assert.Contains("NotoSansSymbols", Assert.Single(letters, l => l.Value == "→").FontName!.Replace(" ", ""));
        Assert.Contains("help 👍 → £0 and too.", WordsOf(pdf));
    }

    private static string WordsOf(PdfDocument pdf) =>
        string.Join(" ", Enumerable.Range(1, pdf.NumberOfPages).SelectMany(n => pdf.GetPage(n).GetWords()).Select(w => w.Text));

    [Fact]
    public void The_fallback_splits_runs_where_the_face_changes_and_drops_invisible_characters()
    {
        var chain = new PrintFontChain(ThemeFonts.Load(new Theme(null, null), out var missing, out _)!);
        Assert.Empty(missing);
        var diagnostics = new DiagnosticBag();
        var fallback = new GlyphFallback(chain, new UndrawableCharacters(diagnostics));
        var runs = fallback.Split([new Run("A → b ❤\uFE0F\u200D"), Run.Bold("ŵ✓")], new BlockSource("test", SourceSpan.File("x.md")));
        // A space stays with the text before it; the line breaker breaks there anyway.
        Assert.Equal(["A ", "→ ", "b ", "❤", "ŵ", "✓"], runs.Select(r => r.Text));
        Assert.Equal([0, 2, 0, 3, 0, 4], runs.Select(r => r.Face.Font));
        Assert.Equal([false, false, false, false, true, true], runs.Select(r => r.Face.Bold));
        Assert.Empty(diagnostics.ToSortedList());
        Assert.Equal(ThemeFonts.BuiltInFamilies, chain.Families.Select(f => f.Family));
    }

    [Fact]
    public void A_theme_can_ship_its_own_font_ahead_of_the_built_in_ones()
    {
        var fonts = Path.Combine(_root, "themes", "default", "fonts");
        Directory.CreateDirectory(fonts);
        // A council's own family: the shipped regular face renamed, as a stand-in for a licensed font.
        var regular = new Theme(null, null).ReadBytes("fonts/AtkinsonHyperlegibleNext-Regular.ttf")!;
        File.WriteAllBytes(Path.Combine(fonts, "CouncilSans-Regular.ttf"), Renamed(regular, "Atkinson", "Councilx"));
        File.WriteAllText(Path.Combine(fonts, "families.txt"), "# Families the council licenses\nCouncilx Hyperlegible Next\n");
        var (_, pdf) = Build();
        using var _ = pdf;
        var letters = pdf.GetPage(1).Letters.Where(l => l.Value != " ").ToList();
        // Only the regular face is there; bold is simulated from it.
        Assert.All(letters, l => Assert.Contains("Councilx", l.FontName ?? ""));
    }

    [Fact]
    public void A_family_the_theme_names_but_does_not_ship_is_an_error()
    {
        var fonts = Path.Combine(_root, "themes", "default", "fonts");
        Directory.CreateDirectory(fonts);
        File.WriteAllText(Path.Combine(fonts, "families.txt"), "No Such Sans\n");
        var result = PrintedSample.Build(Path.Combine(_root, "output"), Content);
        Assert.False(result.Succeeded);
        var error = Assert.Single(result.Diagnostics, d => d.Code == DiagnosticCodes.NoPrintFont);
        Assert.Contains("No Such Sans", error.Message);
        Assert.Contains("Atkinson Hyperlegible Next", error.Message);
    }

    /// <summary>The font with every UTF-16 (name table) spelling of one word replaced by another of the same length.</summary>
    private static byte[] Renamed(byte[] font, string from, string to)
    {
        var data = (byte[])font.Clone();
        var find = Encoding.BigEndianUnicode.GetBytes(from);
        var put = Encoding.BigEndianUnicode.GetBytes(to);
        for (var i = data.AsSpan().IndexOf(find); i >= 0; i = data.AsSpan().IndexOf(find))
            put.CopyTo(data, i);
        var ascii = Encoding.ASCII.GetBytes(from);
        for (var i = data.AsSpan().IndexOf(ascii); i >= 0; i = data.AsSpan().IndexOf(ascii))
            Encoding.ASCII.GetBytes(to).CopyTo(data, i);
        return data;
    }
}
