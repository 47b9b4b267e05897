using LocalOfferGen.Loading;

namespace LocalOfferGen.Tests.Hostile;

/// <summary>Issue 16, holes 4 and 10: what site.yml gives that becomes an address, a folder name, a page's
/// language or a title on every page is checked where it enters, with a located error, never a crash.</summary>
public sealed class SiteSettingsValidationTests
{
    private static IReadOnlyList<string> Load(string replace, string with, out bool built)
    {
        using var content = HostileContent.Create();
        var site = Path.Combine(content.Content, "site.yml");
        var text = File.ReadAllText(site);
        Assert.Contains(replace, text);
        File.WriteAllText(site, text.Replace(replace, with));
        var result = ContentLoader.Load(content.Content);
        built = result.Site is not null;
        return content.Lines(result.Diagnostics);
    }

    private static IReadOnlyList<string> LoadAdding(string yaml, out bool built) =>
        Load("title: Test Local Offer\n", "title: Test Local Offer\n" + yaml, out built);

    [Theory]
    [InlineData("needs: [\"../..\"]\n", "content/site.yml(2,9): error LO0115: the need id '../..': it becomes a web address, so use lower-case letters, digits and hyphens only (try 'item')")]
    [InlineData("needs: [\"\"]\n", "content/site.yml(2,9): error LO0115: the need id '': it becomes a web address, so use lower-case letters, digits and hyphens only (try 'item')")]
    [InlineData("needs:\n  - id: \"../../index\"\n    label: Home\n", "content/site.yml(3,9): error LO0115: the need id '../../index': it becomes a web address, so use lower-case letters, digits and hyphens only (try 'index')")]
    [InlineData("age_groups:\n  - { id: \"Early/Years\", label: Early, min: 0, max: 5 }\n", "content/site.yml(3,11): error LO0115: the age group id 'Early/Years': it becomes a web address, so use lower-case letters, digits and hyphens only (try 'early-years')")]
    [InlineData("theme: ../../etc\n", "content/site.yml(2,8): error LO0115: the theme name '../../etc': it names the folder themes/<name>/, so use lower-case letters, digits and hyphens only (try 'etc')")]
    [InlineData("needs: [autism, autism]\n", "content/site.yml(2,17): error LO0161: the need id 'autism' is given twice in site.yml (first on line 2); each need needs its own id")]
    public void Ids_that_become_addresses_or_folders_are_checked_like_service_ids(string yaml, string expected)
    {
        var lines = LoadAdding(yaml, out var built);
        Assert.Contains(expected, lines);
        Assert.False(built);
    }

    [Theory]
    [InlineData("https://localoffer.example.gov.uk/\\nDisallow: /")]
    [InlineData("https://localoffer.example.gov.uk/ x")]
    [InlineData("https://localoffer.example.gov.uk/?a=b")]
    [InlineData("javascript:alert(1)")]
    [InlineData("ftp://localoffer.example.gov.uk/")]
    [InlineData("/relative/")]
    public void Base_url_must_be_an_absolute_http_address_without_spaces_or_line_breaks(string value)
    {
        var lines = Load("base_url: https://localoffer.example.gov.uk/", $"base_url: \"{value}\"", out var built);
        Assert.False(built);
        var error = Assert.Single(lines, l => l.Contains("LO0115"));
        Assert.StartsWith("content/site.yml(3,11): error LO0115: 'base_url' must be the site's full address", error);
        Assert.DoesNotContain('\n', error);
    }

    [Theory]
    [InlineData("en-GB")]
    [InlineData("cy")]
    [InlineData("zh-Hant-HK")]
    [InlineData("sr-Latn-RS")]
    [InlineData("en-GB-x-easyread")]
    [InlineData("i-klingon")]
    public void Well_formed_language_tags_are_accepted(string tag)
    {
        var lines = LoadAdding($"language: {tag}\n", out var built);
        Assert.Empty(lines);
        Assert.True(built);
    }

    [Theory]
    [InlineData("en_GB")]
    [InlineData("en-GB\\u0000")]
    [InlineData("\\\" onload=\\\"x")]
    [InlineData("en-\\u212AB")] // a Kelvin sign, which a case-insensitive match would take for 'k'
    [InlineData("en-GB-verylongvariant")]
    [InlineData("en--GB")]
    [InlineData("<script>")]
    public void A_language_tag_with_characters_a_tag_cannot_have_is_a_located_error(string tag)
    {
        var lines = LoadAdding($"language: \"{tag}\"\n", out var built);
        Assert.False(built);
        var error = Assert.Single(lines, l => l.Contains(": error "));
        Assert.StartsWith("content/site.yml(2,11): error LO0162: 'language' must be a language tag (BCP 47)", error);
    }

    [Theory]
    [InlineData("title: Test Local Offer", "title: \"Test\\nLocal Offer\"", "content/site.yml(1,8)")]
    [InlineData("title: Test Local Offer", "title: \"Test\\e[31mLocal\"", "content/site.yml(1,8)")]
    [InlineData("authority: Test Council", "authority: \"Test\\tCouncil\"", "content/site.yml(2,12)")]
    public void Titles_are_one_line_without_control_characters(string replace, string with, string at)
    {
        var lines = Load(replace, with, out var built);
        Assert.False(built);
        var error = Assert.Single(lines);
        Assert.StartsWith($"{at}: error LO0115: '", error);
        Assert.Contains("must be one line of text without control characters", error);
    }

    [Theory]
    [InlineData("en-GB", true)]
    [InlineData("EN-gb", true)]
    [InlineData("x-whatever", true)]
    [InlineData("de-CH-1901", true)]
    [InlineData("en-a-bbb-x-a-ccc", true)]
    [InlineData("", false)]
    [InlineData("e", false)]
    [InlineData("en-", false)]
    [InlineData("en GB", false)]
    [InlineData("abcdefghi", false)]
    [InlineData("en-GB-a", false)]
    public void The_language_tag_grammar(string tag, bool wellFormed) => Assert.Equal(wellFormed, LanguageTag.IsWellFormed(tag));
}
