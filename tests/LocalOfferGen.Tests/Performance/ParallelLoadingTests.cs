using LocalOfferGen.Loading;

namespace LocalOfferGen.Tests.Performance;

/// <summary>The loader parses files in parallel; the site model and the diagnostics must still come out the same
/// on every run, in the files' order.</summary>
public class ParallelLoadingTests
{
    [Fact]
    public void The_sample_loads_into_the_same_model_every_time()
    {
        var first = ContentLoader.Load(Repository.Content);
        for (var run = 0; run < 3; run++)
        {
            var again = ContentLoader.Load(Repository.Content);
            Assert.Equal(first.Site!.Pages.Select(p => p.Url), again.Site!.Pages.Select(p => p.Url));
            Assert.Equal(first.Site.Services.Select(s => s.Id), again.Site.Services.Select(s => s.Id));
            Assert.Equal(first.Site.EasyReadPages.Select(e => e.Url), again.Site.EasyReadPages.Select(e => e.Url));
            Assert.Equal(first.Diagnostics.Select(d => d.ToString()), again.Diagnostics.Select(d => d.ToString()));
        }
    }

    [Fact]
    public void Problems_in_many_files_are_all_reported_in_file_order()
    {
        using var content = new TestContent();
        for (var i = 0; i < 40; i++)
            content.Write($"pages/education/broken-{i:D2}.md", $"""
                ---
                title: Broken {i}
                summary: A page with a link that leads nowhere.
                reviewed: 2026-09-01
                owner: Local Offer Team
                ---

                See [nowhere](/no-such-page-{i}/).
                """);
        var messages = content.Load().Diagnostics.Where(d => d.Code == LocalOfferGen.Diagnostics.DiagnosticCodes.BrokenLink)
            .Select(d => d.Path).ToList();
        Assert.Equal(40, messages.Count);
        Assert.Equal(messages.Order(StringComparer.Ordinal), messages);
        Assert.Equal(content.Load().Diagnostics.Select(d => d.ToString()), content.Load().Diagnostics.Select(d => d.ToString()));
    }

    [Fact]
    public void A_service_id_used_twice_names_the_first_file_in_order()
    {
        using var content = new TestContent();
        var portage = File.ReadAllText(Path.Combine(content.Content, "services", "portage.yml"));
        for (var i = 0; i < 20; i++) content.Write($"services/copy-{i:D2}.yml", "id: portage\n" + portage);
        var duplicates = content.Load().Diagnostics.Where(d => d.Message.Contains("service id 'portage'")).ToList();
        Assert.Equal(20, duplicates.Count);
        // The first file in order keeps the id; every later one is reported against it.
        Assert.All(duplicates, d => Assert.Contains("copy-00.yml", d.Message));
    }
}
