using LocalOfferGen.Diagnostics;
using LocalOfferGen.Reminders;

namespace LocalOfferGen.Tests.Reminders;

/// <summary>site.yml <c>owners:</c>: each owner maps to one GitHub user or team, and anything else is a located error.</summary>
public class OwnerHandlesTests
{
    [Fact]
    public void Users_and_teams_are_read()
    {
        using var site = ReminderSite.With("""
            owners:
              "SEND Team": "@testshire/send-team"
              Local Offer Team: "@j-smith"
            """);
        var loaded = site.Load();
        Assert.Empty(loaded.Diagnostics.Select(d => d.ToString()));
        Assert.Equal([("SEND Team", "@testshire/send-team", 7), ("Local Offer Team", "@j-smith", 8)],
            loaded.Site!.Settings.Owners.Select(o => (o.Owner, o.Handle, o.At.Line)));
    }

    [Fact]
    public void An_owner_mapped_to_anything_but_a_handle_is_an_error_on_its_value()
    {
        using var site = ReminderSite.With("""
            owners:
              "SEND Team": portage team
              "Local Offer Team": jsmith
              "Testshire Portage": "@-portage"
              "A": "@two--hyphens"
              "B": "@exampleshire/"
              "C": [ "@a", "@b" ]
              "D":
              "E": "@a234567890123456789012345678901234567890"
            """);
        var loaded = site.Load();
        Assert.Null(loaded.Site);
        var errors = loaded.Diagnostics.Where(d => d.Code == DiagnosticCodes.OwnerHandleInvalid).ToList();
        Assert.All(errors, e => Assert.Equal(Severity.Error, e.Severity));
        Assert.Equal([(7, 16), (8, 23), (9, 24), (10, 8), (11, 8), (12, 8), (13, 7), (14, 8)], errors.Select(e => (e.Line, e.Column)));
        Assert.EndsWith("site.yml", errors[0].Path);
        Assert.Equal("the owner \"SEND Team\" must map to one GitHub user like @jsmith or team like @exampleshire/portage, not \"portage team\"", errors[0].Message);
        Assert.EndsWith("not \"jsmith\" (try \"@jsmith\")", errors[1].Message);
        Assert.EndsWith("not a list", errors[5].Message);
        Assert.EndsWith("not nothing", errors[6].Message);
    }

    [Fact]
    public void An_owner_given_twice_is_an_error_and_one_no_page_names_a_warning()
    {
        using var site = ReminderSite.With("""
            owners:
              "SEND Team": "@testshire/send"
              "SEND Team": "@testshire/other"
              "Send Team": "@testshire/send"
              "Nobody At All": "@testshire/nobody"
            """);
        var diagnostics = site.Load().Diagnostics;
        var twice = Assert.Single(diagnostics, d => d.Code == DiagnosticCodes.OwnerGivenTwice);
        Assert.Equal((Severity.Error, 8, 3), (twice.Severity, twice.Line, twice.Column));
        Assert.Contains("given twice in 'owners' (first on line 7)", twice.Message);
        var unused = diagnostics.Where(d => d.Code == DiagnosticCodes.OwnerUnused).ToList();
        Assert.All(unused, u => Assert.Equal(Severity.Warning, u.Severity));
        Assert.Equal([9, 10], unused.Select(u => u.Line));
        Assert.EndsWith("names the owner \"Send Team\": did you mean \"SEND Team\"?", unused[0].Message);
        Assert.Contains("so nobody is reminded through it", unused[1].Message);
    }

    [Theory]
    [InlineData("@a", true)]
    [InlineData("@exampleshire/portage", true)]
    [InlineData("@Exampleshire/send_team-2", true)]
    [InlineData("@a23456789012345678901234567890123456789", true)]  // 39 characters
    [InlineData("@a234567890123456789012345678901234567890", false)] // 40
    [InlineData("@a-b-c-d-e-f-g-h-i-j-k-l-m-n-o-p-q-r-s-t", true)]  // 39 with single hyphens
    [InlineData("@a-b-c-d-e-f-g-h-i-j-k-l-m-n-o-p-q-r-s-tu", false)] // 40
    [InlineData("a", false)]
    [InlineData("@", false)]
    [InlineData("@-a", false)]
    [InlineData("@a-", false)]
    [InlineData("@a--b", false)]
    [InlineData("@a/b/c", false)]
    [InlineData("@a b", false)]
    [InlineData("@a\n", false)]
    [InlineData("me@example.gov.uk", false)]
    public void A_handle_follows_GitHubs_rules(string handle, bool valid) => Assert.Equal(valid, GitHubHandle.IsValid(handle));
}
