using System.Diagnostics;
using System.Text;
using LocalOfferGen.Building;
using LocalOfferGen.Diagnostics;
using LocalOfferGen.Loading;
using LocalOfferGen.Output;

namespace LocalOfferGen.Tests.Hostile;

/// <summary>Huge and absurdly nested content: the build answers with a result (a diagnostic, or a site) in
/// reasonable time and memory, and never crashes. Each build runs on a thread with a 1 MB stack, smaller
/// than the command line's, so a recursion deep enough to matter would show here first.</summary>
public sealed class BigInputTests
{
    private const string FrontMatter = "---\ntitle: Big\nsummary: S\nreviewed: 2026-10-01\nowner: Team\ntopics: []\n---\n\n";

    public static TheoryData<string> DeepMarkdown() => new()
    {
        "quotes",
        "lists",
        "ordered-lists",
        "brackets",
        "links-in-links",
        "images-in-links",
        "emphasis",
        "strong-emphasis",
        "mixed-emphasis",
        "quotes-and-lists",
        "inline-html",
        "backticks",
    };

    private static string Deep(string shape, int depth) => shape switch
    {
        "quotes" => Repeat("> ", depth) + "deep\n",
        "lists" => Repeat("- ", depth) + "deep\n",
        "ordered-lists" => Repeat("1. ", depth) + "deep\n",
        "brackets" => Repeat("[", depth) + "x" + Repeat("]", depth) + "\n",
        "links-in-links" => Repeat("[a ", depth) + "x" + Repeat("](/about/)", depth) + "\n",
        "images-in-links" => Repeat("[![a ", depth) + "x" + Repeat("](/images/family.png)](/about/)", depth) + "\n",
        "emphasis" => Repeat("*a ", depth) + "x" + Repeat(" b*", depth) + "\n",
        "strong-emphasis" => Repeat("**", depth) + "x" + Repeat("**", depth) + "\n",
        "mixed-emphasis" => Repeat("*_", depth) + "x" + Repeat("_*", depth) + "\n",
        "quotes-and-lists" => Repeat("> - ", depth) + "deep\n",
        "inline-html" => Repeat("<span>", depth) + "x" + Repeat("</span>", depth) + "\n",
        "backticks" => Repeat("`", depth) + "x" + Repeat("`", depth / 2) + "\n",
        _ => throw new ArgumentOutOfRangeException(nameof(shape)),
    };

    private static string Repeat(string text, int count) => new StringBuilder(text.Length * count).Insert(0, text, count).ToString();

    [Theory]
    [MemberData(nameof(DeepMarkdown))]
    public void Markdown_nested_10000_levels_deep_is_refused_or_built_without_crashing(string shape)
    {
        using var content = HostileContent.Create();
        content.Write("pages/deep.md", FrontMatter + Deep(shape, 10_000));
        // The same nesting inside a service's Markdown field, counted from the field's own line.
        content.Write("services/deep.yml", "name: Deep\norganisation: Org\ndescription: |\n  " + Deep(shape, 10_000) +
            "eligibility: Anyone.\nhow_to_access: Call.\ncost: Free.\ncategories: [social-care]\nage_range: { min: 0, max: 25 }\n" +
            "reviewed: 2026-10-01\ncontact:\n  phone: \"0123\"\n");
        var (result, elapsed) = BuildOnSmallStack(content);
        Assert.True(elapsed < TimeSpan.FromSeconds(60), $"took {elapsed}");
        if (!result.Succeeded)
        {
            var errors = result.Diagnostics.Where(d => d.Severity == Severity.Error).ToList();
            Assert.NotEmpty(errors);
            Assert.All(errors, e => Assert.Equal(DiagnosticCodes.NestedTooDeeply, e.Code));
            Assert.Contains(errors, e => e.Path.EndsWith("pages/deep.md", StringComparison.Ordinal) && e.Line == 9);
            Assert.Contains(errors, e => e.Path.EndsWith("services/deep.yml", StringComparison.Ordinal) && e.Line == 4);
        }
        else Assert.Empty(OutputChecks.Problems(content.Output));
    }

    /// <summary>Nesting just under the limit reaches every format's renderer, which must cope with it.
    /// A list level is two nodes deep (list, item), a quoted list three.</summary>
    [Theory]
    [InlineData("quotes", 60)]
    [InlineData("lists", 30)]
    [InlineData("quotes-and-lists", 20)]
    [InlineData("mixed-emphasis", 60)]
    public void Markdown_nested_up_to_the_limit_builds_in_every_format(string shape, int levels)
    {
        using var content = HostileContent.Create();
        content.Write("pages/deep.md", FrontMatter + Deep(shape, levels));
        var (result, _) = BuildOnSmallStack(content);
        Assert.True(result.Succeeded, string.Join('\n', result.Diagnostics));
        Assert.Empty(OutputChecks.Problems(content.Output));
    }

    [Fact]
    public void Yaml_nested_10000_levels_deep_is_refused_without_crashing()
    {
        using var content = HostileContent.Create();
        content.Write("services/deep.yml", "name: " + Repeat("[", 10_000) + Repeat("]", 10_000) + "\n");
        content.Write("pages/deep.md", "---\ntitle: " + Repeat("{a: ", 10_000) + "x" + Repeat("}", 10_000) + "\n---\n\nText.\n");
        var (result, elapsed) = BuildOnSmallStack(content);
        Assert.False(result.Succeeded);
        Assert.True(elapsed < TimeSpan.FromSeconds(30), $"took {elapsed}");
        Assert.Contains(result.Diagnostics, d => d.Path.EndsWith("services/deep.yml", StringComparison.Ordinal) && d.Code == DiagnosticCodes.NestedTooDeeply);
        Assert.Contains(result.Diagnostics, d => d.Path.EndsWith("pages/deep.md", StringComparison.Ordinal) && d.Code == DiagnosticCodes.NestedTooDeeply);
    }

    /// <summary>Builds each registered format in its own command-line process, so each one's memory is
    /// measured alone. The web and easy-read formats stay under 1.5 GB for a 20 MB page; any format must stay
    /// under 5 GB and 5 minutes (27 November 2026: web 0.9 GB, easy-read, print and ORUK about 0.5 GB, Word 2.9 GB).</summary>
    [Fact]
    public void A_20_MB_page_builds_in_every_format_in_sane_time_and_memory()
    {
        using var content = HostileContent.Create();
        var body = new StringBuilder(FrontMatter, 21_000_000);
        var paragraph = "An **EHC plan** says what help a child gets. Read [about us](/about/) and see ![a family](/images/family.png). " +
            "Ask the *SENCO* or phone 01234 567890; café, naïve, “quotes” and emoji 👪 too.\n\n";
        var headings = 0;
        while (body.Length < 20 * 1024 * 1024)
        {
            if (body.Length / 200_000 > headings) body.Append($"## Part {++headings}\n\n");
            body.Append(paragraph);
        }
        content.Write("pages/big.md", body.ToString());
        var measured = new List<string>();
        foreach (var format in OutputFormats.Names)
        {
            var output = Path.Combine(content.Root, "out-" + format);
            var (elapsed, peak) = RunCommandLineBuild(content.Content, output, format);
            measured.Add($"{format}: {peak / 1024 / 1024} MB, {elapsed.TotalSeconds:0} s");
            var limit = format is "web" or "easy-read" ? 1536L : 5120L;
            Assert.True(peak < limit * 1024 * 1024, string.Join("; ", measured));
            Assert.True(elapsed < TimeSpan.FromMinutes(5), string.Join("; ", measured));
            Assert.Empty(OutputChecks.Problems(output));
            if (format == "web") Assert.True(new FileInfo(Path.Combine(output, "big", "index.html")).Length > 20 * 1024 * 1024);
        }
        TestContext.Current.SendDiagnosticMessage("20 MB page: " + string.Join("; ", measured));
    }

    private static (TimeSpan Elapsed, long PeakWorkingSet) RunCommandLineBuild(string content, string output, string format)
    {
        var cli = Path.Combine(AppContext.BaseDirectory, "localoffer.dll");
        var start = new ProcessStartInfo("dotnet", [cli, "build", "--content", content, "--output", output, "--formats", format, "--today", "2026-11-27"])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        var clock = Stopwatch.StartNew();
        using var process = Process.Start(start)!;
        var standardOutput = process.StandardOutput.ReadToEndAsync(TestContext.Current.CancellationToken);
        var standardError = process.StandardError.ReadToEndAsync(TestContext.Current.CancellationToken);
        long peak = 0;
        while (!process.WaitForExit(50))
        {
            try { process.Refresh(); peak = Math.Max(peak, process.WorkingSet64); }
            catch (InvalidOperationException) { }
        }
        Assert.True(process.ExitCode == 0, $"{format}: exit {process.ExitCode}: {standardOutput.Result} {standardError.Result}");
        return (clock.Elapsed, peak);
    }

    [Fact]
    public void A_page_of_100000_list_items_builds_in_every_format()
    {
        using var content = HostileContent.Create();
        var body = new StringBuilder(FrontMatter);
        for (var i = 0; i < 100_000; i++) body.Append("- item ").Append(i).Append(i % 10 == 0 ? " with an EHC plan\n" : "\n");
        content.Write("pages/list.md", body.ToString());
        var (result, elapsed) = BuildOnSmallStack(content);
        Assert.True(result.Succeeded, string.Join('\n', result.Diagnostics.Take(10)));
        Assert.True(elapsed < TimeSpan.FromMinutes(2), $"took {elapsed}");
        var html = File.ReadAllText(Path.Combine(content.Output, "list", "index.html"));
        Assert.Contains("item 99999", html);
    }

    [Fact]
    public void Very_long_lines_in_markdown_and_yaml_build()
    {
        using var content = HostileContent.Create();
        var line = Repeat("word ", 1_000_000);
        content.Write("pages/long.md", FrontMatter.Replace("summary: S", "summary: " + line) + line + "\n");
        content.Write("services/long.yml", "name: Long\norganisation: Org\ndescription: " + line + "\neligibility: Anyone.\nhow_to_access: Call.\n" +
            "cost: Free.\ncategories: [social-care]\nage_range: { min: 0, max: 25 }\nreviewed: 2026-10-01\ncontact:\n  phone: \"0123\"\n");
        var (result, elapsed) = BuildOnSmallStack(content);
        Assert.True(result.Succeeded, string.Join('\n', result.Diagnostics.Take(10)));
        Assert.True(elapsed < TimeSpan.FromMinutes(2), $"took {elapsed}");
    }

    [Fact]
    public void A_yaml_alias_bomb_is_refused_quickly_with_bounded_memory()
    {
        using var content = HostileContent.Create("yaml-alias-bomb");
        LoadResult? result = null;
        long allocated = 0;
        var clock = Stopwatch.StartNew();
        var thread = new Thread(() =>
        {
            var before = GC.GetAllocatedBytesForCurrentThread();
            result = ContentLoader.Load(content.Content);
            allocated = GC.GetAllocatedBytesForCurrentThread() - before;
        });
        thread.Start();
        thread.Join();
        Assert.Contains(result!.Diagnostics, d => d.Code == DiagnosticCodes.YamlTooLarge);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(10), $"took {clock.Elapsed}");
        // 10^10 values if expanded; refused after reading a few hundred.
        Assert.True(allocated < 64L * 1024 * 1024, $"allocated {allocated / 1024 / 1024} MB");
    }

    private static (BuildResult Result, TimeSpan Elapsed) BuildOnSmallStack(HostileContent content)
    {
        BuildResult? result = null;
        Exception? failure = null;
        var clock = Stopwatch.StartNew();
        var thread = new Thread(() =>
        {
            try
            {
                result = SiteBuilder.Build(new BuildOptions
                {
                    ContentDirectory = content.Content,
                    OutputDirectory = content.Output,
                    Settings = new BuildSettings { Today = new(2026, 11, 27) },
                });
            }
            catch (Exception e)
            {
                failure = e;
            }
        }, maxStackSize: 1024 * 1024);
        thread.Start();
        thread.Join();
        if (failure is not null) throw new Xunit.Sdk.XunitException($"the build threw {failure}");
        return (result!, clock.Elapsed);
    }
}
