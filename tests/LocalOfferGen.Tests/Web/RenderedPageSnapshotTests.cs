using Snapshooter;
using Snapshooter.Xunit3;

namespace LocalOfferGen.Tests.Web;

/// <summary>The HTML of each kind of page, from the small test site, compared with the approved snapshot in
/// __snapshots__/. A deliberate theme change updates them: delete the .snap files and run the tests once.</summary>
public class RenderedPageSnapshotTests : IClassFixture<RenderedPageSnapshotTests.Built>
{
    private readonly Built _built;

    public RenderedPageSnapshotTests(Built built) => _built = built;

    public sealed class Built : IDisposable
    {
        public Built()
        {
            Content = new TestContent();
            Result = Content.Build("web");
        }

        public TestContent Content { get; }
        public LocalOfferGen.Building.BuildResult Result { get; }
        public string Read(string path) => File.ReadAllText(Path.Combine(Content.Output, path));
        public void Dispose() => Content.Dispose();
    }

    [Theory]
    [InlineData("home", "index.html")]
    [InlineData("section", "education/index.html")]
    [InlineData("page", "education/plans/index.html")]
    [InlineData("service", "services/portage/index.html")]
    [InlineData("directory", "services/index.html")]
    [InlineData("filter", "services/age/early-years/index.html")]
    [InlineData("glossary", "glossary/index.html")]
    [InlineData("not-found", "404.html")]
    public void Rendered_page_matches_its_snapshot(string kind, string path)
    {
        Assert.True(_built.Result.Succeeded, string.Join("\n", _built.Result.Diagnostics));
        Snapshot.Match(_built.Read(path), SnapshotNameExtension.Create(kind));
    }
}
