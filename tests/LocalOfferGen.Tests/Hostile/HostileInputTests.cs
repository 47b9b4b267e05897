using LocalOfferGen.Loading;

namespace LocalOfferGen.Tests.Hostile;

/// <summary>Each folder under Hostile/Inputs is one ugly input an editor could commit, laid over the small
/// valid base content; its expected.txt lists the exact diagnostics (MSBuild form) the loader must give.
/// The loader must answer with diagnostics, never an exception. Set HOSTILE_UPDATE=1 to rewrite the
/// expected files after a deliberate change of wording, then review the diff.</summary>
public sealed class HostileInputTests
{
    public static TheoryData<string> Cases()
    {
        var data = new TheoryData<string>();
        foreach (var folder in Directory.GetDirectories(HostileContent.InputsFolder).Order(StringComparer.Ordinal))
            data.Add(Path.GetFileName(folder));
        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Gives_exactly_the_expected_diagnostics(string caseName)
    {
        using var content = HostileContent.Create(caseName);
        var result = ContentLoader.Load(content.Content);
        var actual = content.Lines(result.Diagnostics);

        var expectedFile = Path.Combine(HostileContent.InputsFolder, caseName, "expected.txt");
        if (Environment.GetEnvironmentVariable("HOSTILE_UPDATE") == "1" && Environment.GetEnvironmentVariable("CI") != "true")
            File.WriteAllText(expectedFile, string.Concat(actual.Select(l => l + "\n")));
        Assert.True(File.Exists(expectedFile), $"{caseName} has no expected.txt");
        var expected = File.ReadAllLines(expectedFile).Where(l => l.Length > 0).ToList();
        Assert.Equal(expected, actual);
    }

    [Fact]
    public void The_base_content_loads_without_any_diagnostic()
    {
        using var content = HostileContent.Create();
        var result = ContentLoader.Load(content.Content);
        Assert.Empty(result.Diagnostics);
        Assert.NotNull(result.Site);
    }
}
