using LocalOfferGen.Diagnostics;
using LocalOfferGen.Loading;

namespace LocalOfferGen.Tests.Loading;

public class SampleLoadTests
{
    [Fact]
    public void The_sample_loads_without_errors()
    {
        var result = ContentLoader.Load(Repository.Content);
        Assert.Empty(result.Diagnostics.Where(d => d.Severity == Severity.Error).Select(d => d.ToString()));
        Assert.NotNull(result.Site);
    }
}
