using LocalOfferGen.Theming;

namespace LocalOfferGen.Tests.Theming;

public class RelativeUrlsTests
{
    [Theory]
    [InlineData("/", "/services/", "services/")]
    [InlineData("/", "/", "./")]
    [InlineData("/education/", "/", "../")]
    [InlineData("/education/post-16/", "/services/portage/", "../../services/portage/")]
    [InlineData("/education/post-16/", "/images/a.png", "../../images/a.png")]
    [InlineData("/education/post-16/", "/glossary/#ehc-plan", "../../glossary/#ehc-plan")]
    [InlineData("/404.html", "/assets/site.css", "assets/site.css")]
    [InlineData("/education/", "https://www.gov.uk/", "https://www.gov.uk/")]
    [InlineData("/education/", "#top", "#top")]
    [InlineData("/education/", "mailto:a@b.example", "mailto:a@b.example")]
    public void Site_paths_become_relative_to_the_page(string from, string target, string expected) =>
        Assert.Equal(expected, RelativeUrls.From(from, target));
}
