using System.Globalization;
using LocalOfferGen.Building;
using LocalOfferGen.Output;

namespace LocalOfferGen.Tests.Hostile;

/// <summary>Tests that change the process's time zone, current folder or console, so they run alone.</summary>
[CollectionDefinition(nameof(ProcessWideSettings), DisableParallelization = true)]
public sealed class ProcessWideSettings;

/// <summary>The same content gives byte-identical output in every registered format (HTML, JSON, XML, and
/// DOCX and PDF as those formats land), whatever the culture, the time zone and the order the file
/// system lists the content in.</summary>
[Collection(nameof(ProcessWideSettings))]
public sealed class DeterminismTests
{
    [Fact]
    public void The_sample_builds_byte_identically_under_other_cultures_time_zones_and_file_orders()
    {
        var work = Directory.CreateTempSubdirectory("lo-determinism-").FullName;
        try
        {
            // Each copy is built as "content" from its own folder, as a council builds its repository: reports
            // that name the content folder then name it the same way.
            var inOrder = Path.Combine(work, "in-order");
            HostileContent.Copy(Repository.Content, Path.Combine(inOrder, "content"));
            var reversed = Path.Combine(work, "reversed");
            CopyInReverseOrder(Repository.Content, Path.Combine(reversed, "content"));

            var german = Build(inOrder, Path.Combine(work, "de"), "de-DE", "Pacific/Kiritimati");
            var turkish = Build(inOrder, Path.Combine(work, "tr"), "tr-TR", "America/Adak");
            var shuffled = Build(reversed, Path.Combine(work, "out-reversed"), "en-GB", "UTC");

            var expected = Files(german);
            Assert.NotEmpty(expected);
            AssertSame(expected, Files(turkish), "tr-TR and UTC-10 against de-DE and UTC+14");
            AssertSame(expected, Files(shuffled), "content copied in reverse order");
        }
        finally
        {
            Directory.Delete(work, recursive: true);
        }
    }

    /// <summary>Titles whose order and case mapping differ between cultures (Turkish dotted and dotless i,
    /// German umlauts), in the A to Z, the search index and the services directory.</summary>
    [Fact]
    public void Culture_sensitive_titles_sort_and_case_the_same_in_every_culture()
    {
        using var content = HostileContent.Create();
        string[] titles = ["Ilkley", "ılık", "İzmir", "izmir sounds", "Äpfel", "Apfel", "Zürich", "ZEBRA", "éclair", "Ecole"];
        for (var i = 0; i < titles.Length; i++)
        {
            content.Write($"pages/culture-{i}.md",
                $"---\ntitle: \"{titles[i]}\"\nsummary: \"{titles[i].ToUpperInvariant()} {titles[i].ToLowerInvariant()}\"\nreviewed: 2026-10-0{1 + i % 9}\nowner: Team\ntopics: []\nweight: 1\n---\n\n## {titles[i]}\n\nThe EHC plan for {titles[i]} costs 1.5 or 1,000.25 pounds.\n");
            content.Write($"services/culture-{i}.yml",
                $"name: \"{titles[i]} club\"\norganisation: Org\ndescription: Fun.\neligibility: Anyone.\nhow_to_access: Call.\ncost: Free.\n" +
                $"categories: [social-care]\nage_range: {{ min: {i}, max: 25 }}\nreviewed: 2026-10-01\ncontact:\n  phone: \"0123\"\n");
        }
        var work = Directory.CreateTempSubdirectory("lo-culture-").FullName;
        try
        {
            var turkish = Files(Build(content.Root, Path.Combine(work, "tr"), "tr-TR", "Europe/Istanbul"));
            var german = Files(Build(content.Root, Path.Combine(work, "de"), "de-DE", "Europe/Berlin"));
            var invariant = Files(Build(content.Root, Path.Combine(work, "iv"), "", "UTC"));
            AssertSame(invariant, turkish, "tr-TR against the invariant culture");
            AssertSame(invariant, german, "de-DE against the invariant culture");
        }
        finally
        {
            Directory.Delete(work, recursive: true);
        }
    }

    /// <param name="repository">The folder holding <c>content/</c>; the build runs from there.</param>
    private static string Build(string repository, string output, string culture, string timeZone)
    {
        var (oldCulture, oldUiCulture) = (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture);
        var oldZone = Environment.GetEnvironmentVariable("TZ");
        var oldDirectory = Environment.CurrentDirectory;
        try
        {
            Environment.CurrentDirectory = repository;
            CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(culture);
            Environment.SetEnvironmentVariable("TZ", timeZone);
            TimeZoneInfo.ClearCachedData();
            Assert.Equal(timeZone, TimeZoneInfo.Local.Id);
            var result = SiteBuilder.Build(new BuildOptions
            {
                ContentDirectory = "content",
                OutputDirectory = output,
                Settings = new BuildSettings { Today = new(2026, 11, 27) },
            });
            Assert.True(result.Succeeded, string.Join('\n', result.Diagnostics));
            return output;
        }
        finally
        {
            Environment.CurrentDirectory = oldDirectory;
            CultureInfo.CurrentCulture = oldCulture;
            CultureInfo.CurrentUICulture = oldUiCulture;
            Environment.SetEnvironmentVariable("TZ", oldZone);
            TimeZoneInfo.ClearCachedData();
        }
    }

    private static SortedDictionary<string, byte[]> Files(string folder) =>
        new(Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories)
            .ToDictionary(f => Path.GetRelativePath(folder, f).Replace('\\', '/'), File.ReadAllBytes), StringComparer.Ordinal);

    private static void AssertSame(SortedDictionary<string, byte[]> expected, SortedDictionary<string, byte[]> actual, string what)
    {
        Assert.Equal(expected.Keys, actual.Keys);
        var different = expected.Keys.Where(k => !expected[k].AsSpan().SequenceEqual(actual[k])).ToList();
        Assert.True(different.Count == 0, $"{what}: {different.Count} files differ, first {string.Join(", ", different.Take(5))}");
    }

    /// <summary>Creates folders and files in the reverse of their sorted order, so a file system that lists
    /// entries in creation order (or its reverse) lists this copy differently from the original.</summary>
    private static void CopyInReverseOrder(string from, string to)
    {
        var files = Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal).Reverse();
        foreach (var file in files)
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }
}
