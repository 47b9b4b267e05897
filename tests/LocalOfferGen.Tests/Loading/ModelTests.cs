namespace LocalOfferGen.Tests.Loading;

public class ModelTests
{
    [Fact]
    public void Pages_are_in_site_order_and_drafts_are_left_out()
    {
        using var content = new TestContent();
        content.Write("pages/education/a-draft.md", "---\ntitle: A draft\nsummary: S.\nreviewed: 2026-01-01\nowner: Me\ndraft: true\n---\nBody\n");
        content.Write("pages/about.md", "---\ntitle: About\nsummary: S.\nreviewed: 2026-01-01\nowner: Me\nweight: 5\n---\nBody\n");
        var site = content.Load().Site!;
        Assert.Equal(["/", "/education/", "/education/plans/", "/about/"], site.Pages.Select(p => p.Url));
        Assert.Equal(["/education/plans/"], site.ChildrenOf(site.FindPage("/education/")!).Select(p => p.Url));
        Assert.Equal(["/", "/education/"], site.AncestorsOf("/education/plans/").Select(p => p.Url));
    }

    [Fact]
    public void Review_by_defaults_to_reviewed_plus_review_months()
    {
        using var content = new TestContent();
        var page = content.Load().Site!.FindPage("/education/")!;
        Assert.Equal(new DateOnly(2027, 9, 1), page.ReviewBy);
    }

    [Fact]
    public void Topics_yml_adds_local_topics_and_retitles_built_in_ones()
    {
        using var content = new TestContent();
        content.Write("topics.yml", "- id: young-carers\n  title: Support for young carers\n  level: should\n- id: childcare\n  title: Childcare and holiday clubs\n");
        var topics = content.Load().Site!.Topics;
        Assert.Equal(39, topics.Count);
        Assert.Equal("Childcare and holiday clubs", topics.Single(t => t.Id == "childcare").Title);
        Assert.True(topics.Single(t => t.Id == "young-carers").IsLocal);
    }

    [Fact]
    public void The_built_in_topic_list_matches_the_statutory_list()
    {
        var topics = LocalOfferGen.Loading.ContentLoader.Load(Repository.Content).Site!.Topics;
        Assert.Equal(38, topics.Count);
        Assert.Equal(37, topics.Count(t => t.Level == LocalOfferGen.Model.TopicLevel.Must));
        Assert.Contains(topics, t => t.Id == "short-breaks-statement" && t.Reference.Contains("Breaks for Carers"));
    }

    [Fact]
    public void Links_are_resolved_to_site_paths_in_the_model()
    {
        using var content = new TestContent();
        var home = content.Load().Site!.Home;
        var links = LocalOfferGen.Markdown.MarkdownWalker.All<Markdig.Syntax.Inlines.LinkInline>(home.Body.Document).Select(l => l.Url);
        Assert.Equal(["/education/", "/education/plans/"], links);
    }
}
