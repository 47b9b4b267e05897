namespace LocalOfferGen.Tests.Building;

/// <summary>A failed build never touches the existing output; a good one replaces it whole.</summary>
public class OutputSafetyTests
{
    private static Dictionary<string, byte[]> Snapshot(string folder) =>
        Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories)
            .ToDictionary(f => Path.GetRelativePath(folder, f), File.ReadAllBytes);

    [Fact]
    public void A_failing_build_leaves_the_existing_output_byte_for_byte_unchanged()
    {
        using var content = new TestContent();
        Assert.True(content.Build().Succeeded);
        File.WriteAllText(Path.Combine(content.Output, "editor-notes.txt"), "not ours, but kept as it was");
        var before = Snapshot(content.Output);

        content.Write("pages/education/plans.md", "---\ntitle: Broken\nreviewed: whenever\n---\n");
        var result = content.Build();

        Assert.False(result.Succeeded);
        var after = Snapshot(content.Output);
        Assert.Equal(before.Keys.Order(), after.Keys.Order());
        foreach (var (file, bytes) in before) Assert.True(bytes.AsSpan().SequenceEqual(after[file]), $"{file} changed");
        Assert.Empty(Directory.EnumerateDirectories(content.Root, ".output.*"));
    }

    [Fact]
    public void A_successful_build_replaces_the_output_and_leaves_no_staging_folders()
    {
        using var content = new TestContent();
        Assert.True(content.Build().Succeeded);
        File.WriteAllText(Path.Combine(content.Output, "stale.html"), "old");
        Assert.True(content.Build().Succeeded);
        Assert.False(File.Exists(Path.Combine(content.Output, "stale.html")));
        Assert.True(File.Exists(Path.Combine(content.Output, "index.html")));
        // Only the output before last stays beside it, for the next build to write over.
        Assert.Equal([".output.previous"], Directory.EnumerateDirectories(content.Root, ".output.*").Select(Path.GetFileName));
    }

    [Fact]
    public void A_second_build_into_a_locked_output_is_refused_with_a_clear_message()
    {
        using var content = new TestContent();
        Directory.CreateDirectory(content.Root);
        using var held = new FileStream(Path.Combine(content.Root, ".output.lock"), FileMode.Create, FileAccess.ReadWrite, FileShare.None);
        var result = content.Build();
        Assert.False(result.Succeeded);
        Assert.Contains(result.Diagnostics, d => d.Code == "LO0901" && d.Message.Contains("another build"));
    }
}
