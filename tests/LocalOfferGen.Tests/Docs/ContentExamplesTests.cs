using LocalOfferGen.Building;
using LocalOfferGen.Output;
using LocalOfferGen.Tests.OpenReferral;

namespace LocalOfferGen.Tests.Docs;

/// <summary>Editors copy the examples of docs/content.md (and print.md's leaflet) word for word, so each one, put
/// where its section says, must build as written: the examples are taken from the pages themselves and built
/// with the sample's other files.</summary>
public sealed class ContentExamplesTests : IDisposable
{
    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    /// <summary>The page under docs/, its section, and where the section's first example goes in a content folder.</summary>
    private static readonly (string Doc, string Heading, string Path)[] Examples =
    [
        ("content.md", "site.yml", "site.yml"),
        ("content.md", "Pages (pages/**.md)", "pages/ehc-plans/asking-for-an-assessment.md"),
        ("content.md", "Easy-read pages (easy-read/**.md)", "easy-read/ehc-plans/asking-for-an-assessment.md"),
        ("content.md", "Services (services/*.yml)", "services/portage-home-visiting.yml"),
        ("content.md", "News (news/YYYY-MM-DD-slug.md)", "news/2026-03-16-autism-hub.md"),
        ("content.md", "Feedback (feedback/*.yml): \"You said, we did\"", "feedback/2025-to-2026.yml"),
        ("content.md", "Leaflets (leaflets/*.yml)", "leaflets/your-local-offer.yml"),
        ("content.md", "Journeys (journeys/*.yml)", "journeys/ehc-needs-assessment.yml"),
        ("content.md", "Glossary (glossary.yml)", "glossary.yml"),
        ("content.md", "Statutory topics (topics.yml)", "topics.yml"),
        ("print.md", "Writing a leaflet", "leaflets/print-guide-example.yml"),
    ];

    [Fact]
    public void Every_example_file_in_the_content_guide_builds_as_written()
    {
        var content = _temp.CopyOfSample();
        foreach (var (doc, heading, path) in Examples)
        {
            var blocks = FirstBlockOfEachSection(File.ReadAllLines(Path.Combine(Repository.Root, "docs", doc)));
            Assert.True(blocks.TryGetValue(heading, out var example), $"docs/{doc} has no example under '## {heading}'");
            File.WriteAllText(Path.Combine(content, path), example);
        }

        var result = SiteBuilder.Build(new BuildOptions
        {
            ContentDirectory = content,
            OutputDirectory = _temp["out"],
            Settings = new BuildSettings { Today = new(2026, 11, 27) },
        });

        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        // Not even a warning on an example: what editors copy should be the way to write it.
        bool InExample(string path) => Examples.Any(e => path.Replace('\\', '/').EndsWith("content/" + e.Path, StringComparison.Ordinal));
        Assert.Empty(result.Diagnostics.Where(d => InExample(d.Path)));
        Assert.True(File.Exists(_temp["out/ehc-plans/asking-for-an-assessment/index.html"]));
        Assert.True(File.Exists(_temp["out/journeys/ehc-needs-assessment/index.html"]));
        Assert.True(File.Exists(_temp["out/print/your-local-offer.pdf"]));
        Assert.True(File.Exists(_temp["out/print/print-guide-example.pdf"]));
    }

    /// <summary>The first fenced block after each "## " heading (headings inside blocks, like a page's "## Who can
    /// ask", are part of the example, not the guide).</summary>
    private static Dictionary<string, string> FirstBlockOfEachSection(string[] lines)
    {
        var blocks = new Dictionary<string, string>();
        string? heading = null;
        for (var i = 0; i < lines.Length; i++)
        {
            if (lines[i].StartsWith("```", StringComparison.Ordinal) && !lines[i].StartsWith("````", StringComparison.Ordinal))
            {
                var end = Array.FindIndex(lines, i + 1, l => l.StartsWith("```", StringComparison.Ordinal));
                if (heading is not null && lines[i].Length > 3) blocks.TryAdd(heading, string.Join("\n", lines[(i + 1)..end]) + "\n");
                i = end;
            }
            else if (lines[i].StartsWith("## ", StringComparison.Ordinal)) heading = lines[i][3..];
        }
        return blocks;
    }
}
