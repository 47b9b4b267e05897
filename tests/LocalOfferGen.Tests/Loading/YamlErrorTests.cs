using LocalOfferGen.Diagnostics;

namespace LocalOfferGen.Tests.Loading;

/// <summary>YAML mistakes editors make, each told in plain words at the line and column of the file where the fix goes.</summary>
public sealed class YamlErrorTests : IDisposable
{
    private const string Service = """
        name: Portage
        organisation: Testshire Portage
        description: Home visits for young children.
        categories: [education]
        age_range: { min: 0, max: 5 }
        eligibility: Children under 5.
        how_to_access: Ask your health visitor.
        contact:
          phone: 01234 000001
        reviewed: 2026-09-01

        """;

    private readonly TestContent _content = new();

    public void Dispose() => _content.Dispose();

    private Diagnostic ServiceError(string extra)
    {
        _content.Write("services/portage.yml", Service + extra);
        var result = _content.Load();
        var error = Assert.Single(result.Diagnostics, d => d.Code == DiagnosticCodes.YamlSyntax);
        Assert.EndsWith("services/portage.yml", error.Path);
        Assert.Equal(Severity.Error, error.Severity);
        return error;
    }

    [Fact]
    public void A_colon_inside_a_value_says_to_put_the_value_in_quotes()
    {
        var error = ServiceError("schedule: Open: 9am to 5pm\n");
        Assert.Equal((11, 11), (error.Line, error.Column));
        Assert.Contains("put the value in quotes: schedule: \"Open: 9am to 5pm\"", error.Message);
        Assert.DoesNotContain("invalid mapping", error.Message);
    }

    [Fact]
    public void A_colon_inside_a_value_in_front_matter_is_located_in_the_file_not_the_yaml()
    {
        _content.Write("pages/education/plans.md", """
            ---
            title: EHC plans: what they are
            summary: What an EHC plan is.
            reviewed: 2026-09-01
            owner: SEND Team
            ---

            An EHC plan is a legal document.
            """);
        var error = Assert.Single(_content.Load().Diagnostics, d => d.Code == DiagnosticCodes.YamlSyntax);
        Assert.Equal((2, 8), (error.Line, error.Column));
        Assert.Contains("put the value in quotes: title: \"EHC plans: what they are\"", error.Message);
    }

    [Fact]
    public void A_value_with_a_double_quote_and_a_colon_is_quoted_with_single_quotes()
    {
        var error = ServiceError("schedule: Open: \"most\" days\n");
        Assert.Contains("put the value in quotes: schedule: 'Open: \"most\" days'", error.Message);
    }

    [Fact]
    public void A_tab_used_for_indenting_points_at_the_tab()
    {
        _content.Write("services/portage.yml", Service.Replace("  phone: 01234 000001", "\tphone: 01234 000001"));
        var error = Assert.Single(_content.Load().Diagnostics, d => d.Code == DiagnosticCodes.YamlSyntax);
        Assert.Equal((9, 1), (error.Line, error.Column));
        Assert.Contains("indented with a tab: YAML allows only spaces for indenting; replace the tab with spaces", error.Message);
    }

    [Fact]
    public void A_quote_never_closed_points_at_the_opening_quote()
    {
        var error = ServiceError("cost: \"Free for families\nschedule: Monday\n");
        Assert.Equal((11, 7), (error.Line, error.Column));
        Assert.Contains("the quote \" that starts here is never closed: end the value with another \" on the same line", error.Message);

        var single = ServiceError("cost: 'Free for families\n");
        Assert.Equal((11, 7), (single.Line, single.Column));
        Assert.Contains("'it''s'", single.Message);
    }

    [Fact]
    public void Words_after_a_closing_quote_say_to_quote_the_whole_value()
    {
        var error = ServiceError("cost: \"Free\" for families\n");
        Assert.Equal(11, error.Line);
        Assert.Contains("put the whole value inside the quotes: cost: \"Free for families\"", error.Message);
    }

    [Fact]
    public void A_list_item_at_the_wrong_indent_names_the_item_it_should_line_up_with()
    {
        var error = ServiceError("topics:\n  - send-provision\n - short-breaks-statement\n");
        Assert.Equal((13, 2), (error.Line, error.Column));
        Assert.Contains("this list item is not in line with the item on line 12: start every '- ' of one list at the same column (3)", error.Message);
    }

    [Fact]
    public void A_list_with_no_key_says_to_put_it_under_its_key()
    {
        var error = ServiceError("- send-provision\n");
        Assert.Equal((11, 1), (error.Line, error.Column));
        Assert.Contains("put the list under its key", error.Message);
    }

    [Fact]
    public void A_key_out_of_line_names_the_key_above()
    {
        var less = ServiceError("locations:\n  - name: Hub\n    address: 1 High Street\n   postcode: EX1 2BB\n");
        Assert.Equal((14, 4), (less.Line, less.Column));
        Assert.Contains("not in line with 'address' on line 13", less.Message);

        var more = ServiceError("locations:\n  - name: Hub\n    address: 1 High Street\n      postcode: EX1 2BB\n");
        Assert.Equal(14, more.Line);
        Assert.Contains("indented more than 'address' on line 13", more.Message);
        Assert.Contains("start it at column 5", more.Message);
    }

    [Fact]
    public void A_value_starting_with_a_character_YAML_keeps_says_to_quote_it()
    {
        var error = ServiceError("cost: @free\n");
        Assert.Equal((11, 7), (error.Line, error.Column));
        Assert.Contains("a value cannot start with '@' in YAML: put the value in quotes: cost: \"@free\"", error.Message);
    }
}
