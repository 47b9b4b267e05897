using LocalOfferGen.Building;
using LocalOfferGen.Diagnostics;
using LocalOfferGen.EasyRead.Linting;
using LocalOfferGen.Loading;
using LocalOfferGen.Output;

namespace LocalOfferGen.Tests.EasyRead.Linting;

public class SampleEasyReadTests
{
    [Fact]
    public void The_sample_easy_read_pages_have_no_warnings()
    {
        var site = ContentLoader.Load(Repository.Content).Site!;
        Assert.Equal(5, site.EasyReadPages.Count);
        Assert.Empty(EasyReadLinter.Lint(site).Select(d => d.ToString()));
    }
}
