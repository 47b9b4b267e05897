using LocalOfferGen.Diagnostics;
using LocalOfferGen.Events;
using LocalOfferGen.Loading;

namespace LocalOfferGen.Tests.Events;

/// <summary>Term dates in site.yml, repeats in term time only, and events written as .yml files.</summary>
public sealed class EventTermTimeAndYamlTests : IDisposable
{
    private readonly TestContent _content = new();

    public void Dispose() => _content.Dispose();

    /// <summary>Adds lines to the test site.yml; returns the line number the first of them has.</summary>
    private int AddToSiteYml(string lines)
    {
        var path = Path.Combine(_content.Content, "site.yml");
        var text = File.ReadAllText(path).TrimEnd('\n') + "\n";
        var first = text.Count(c => c == '\n') + 1;
        _content.Write("site.yml", text + lines);
        return first;
    }

    private const string Terms = """
        term_dates:
          - { from: 2026-09-03, to: 2026-10-23 }
          - { from: 2026-11-02, to: 2026-12-18 }
        """;

    private static string Event(string repeat) => $"""
        ---
        title: After-school club
        summary: Games and crafts after school.
        organiser: Play Team
        online: true
        start: 2026-10-07 16:00
        end: 17:30
        {repeat}
        ---

        Text.
        """;

    private static void NoErrors(LoadResult result) =>
        Assert.DoesNotContain(result.Diagnostics, d => d.Severity == Severity.Error);

    [Fact]
    public void A_weekly_term_time_only_repeat_leaves_out_half_term_and_the_days_after_the_last_term()
    {
        AddToSiteYml(Terms);
        _content.Write("events/2026-10-07-club.md", Event("repeat: { every: week, until: 2027-01-13, term_time_only: true, except: [2026-11-11] }"));
        var result = _content.Load();
        NoErrors(result);
        Assert.Equal([new(2026, 9, 3), new(2026, 10, 23)], [result.Site!.Settings.TermDates![0].From, result.Site.Settings.TermDates[0].To]);
        var dates = result.Site.Events.Single().Occurrences.Select(o => DateOnly.FromDateTime(o.Start.DateTime)).ToList();
        // 28 Oct is half term, 11 Nov an exception; 23 Dec to 13 Jan are after the last term given.
        Assert.Equal([new(2026, 10, 7), new(2026, 10, 14), new(2026, 10, 21), new(2026, 11, 4), new(2026, 11, 18), new(2026, 11, 25),
            new(2026, 12, 2), new(2026, 12, 9), new(2026, 12, 16)], dates);
    }

    [Fact]
    public void The_sample_coffee_morning_is_term_time_only_and_skips_the_Easter_holiday_and_the_May_half_term()
    {
        var result = ContentLoader.Load(Repository.Content);
        NoErrors(result);
        Assert.Equal(6, result.Site!.Settings.TermDates!.Count);
        var coffee = result.Site.Events.Single(e => e.Slug == "2026-10-06-parent-carer-forum-coffee-morning");
        Assert.True(coffee.Repeat!.TermTimeOnly);
        var dates = coffee.Occurrences.Select(o => DateOnly.FromDateTime(o.Start.DateTime)).ToList();
        Assert.DoesNotContain(new DateOnly(2027, 4, 6), dates);
        Assert.DoesNotContain(new DateOnly(2027, 6, 1), dates);
        Assert.Contains(new DateOnly(2027, 5, 4), dates);
        Assert.Equal(8, dates.Count);
    }

    [Fact]
    public void Term_time_only_without_term_dates_is_an_error_at_the_key()
    {
        _content.Write("events/2026-10-07-club.md", Event("repeat:\n  every: week\n  until: 2026-12-01\n  term_time_only: true"));
        var result = _content.Load();
        Assert.Null(result.Site);
        var error = Assert.Single(result.Diagnostics, d => d.Severity == Severity.Error);
        Assert.Equal(DiagnosticCodes.TermTimeWithoutTermDates, error.Code);
        Assert.EndsWith("events/2026-10-07-club.md", error.Path);
        Assert.Equal(11, error.Line);
    }

    [Fact]
    public void A_term_time_only_repeat_wholly_in_the_holidays_never_happens()
    {
        AddToSiteYml(Terms);
        _content.Write("events/2026-10-07-club.md", Event("start: 2026-10-28 16:00").Replace("start: 2026-10-07 16:00\n", "")
            .Replace("end: 17:30", "end: 17:30\nrepeat: { every: week, until: 2026-10-30, term_time_only: true }"));
        var result = _content.Load();
        Assert.Null(result.Site);
        var error = Assert.Single(result.Diagnostics, d => d.Severity == Severity.Error);
        Assert.Equal(DiagnosticCodes.EventNeverOccurs, error.Code);
        Assert.Contains("outside the term dates", error.Message);
    }

    [Theory]
    [InlineData("term_dates:\n  - { from: 2026-10-23, to: 2026-09-03 }", "LO1075", 1)]
    [InlineData("term_dates:\n  - { from: 2026-09-03, to: 2026-10-23 }\n  - { from: 2026-10-20, to: 2026-12-18 }", "LO1075", 2)]
    [InlineData("term_dates:\n  - { from: 2026-09-03, to: 2026-13-01 }", "LO0102", 1)]
    [InlineData("term_dates:\n  - { from: 2026-09-03 }", "LO0111", 1)]
    [InlineData("term_dates:\n  - 2026-09-03", "LO0112", 1)]
    public void Bad_term_dates_are_located_errors_in_site_yml(string lines, string code, int entry)
    {
        var first = AddToSiteYml(lines);
        var result = _content.Load();
        Assert.Null(result.Site);
        var error = Assert.Single(result.Diagnostics, d => d.Severity == Severity.Error);
        Assert.Equal(code, error.Code);
        Assert.EndsWith("site.yml", error.Path);
        Assert.Equal(first + entry, error.Line);
    }

    [Fact]
    public void An_event_yml_file_has_the_same_keys_and_its_text_in_description()
    {
        _content.Write("events/2026-11-18-webinar.yml", """
            title: Preparing for adulthood webinar
            summary: An online talk about moving on from school.
            start: 2026-11-18 18:30
            end: 19:30
            online: true
            organiser: SENDIASS
            description: |
              Ask questions in the **chat**.

              A recording is sent to everyone who books.
            """);
        var result = _content.Load();
        NoErrors(result);
        Assert.DoesNotContain(result.Diagnostics, d => d.Path.EndsWith(".yml", StringComparison.Ordinal));
        var webinar = result.Site!.Events.Single();
        Assert.Equal("2026-11-18-webinar", webinar.Slug);
        Assert.Equal(EventUrls.ForEvent("2026-11-18-webinar"), webinar.Url);
        Assert.Contains("A recording is sent", webinar.Body.Source);
        Assert.Equal(new DateTimeOffset(2026, 11, 18, 18, 30, 0, TimeSpan.Zero), webinar.Occurrences.Single().Start);
    }

    [Fact]
    public void A_bad_time_in_an_event_yml_file_is_located_at_its_line()
    {
        _content.Write("events/2026-11-18-webinar.yml", "title: Webinar\nsummary: A talk.\nstart: 2026-11-18 25:00\nend: 19:30\nonline: true\norganiser: SENDIASS\n");
        var result = _content.Load();
        Assert.Null(result.Site);
        var error = Assert.Single(result.Diagnostics, d => d.Severity == Severity.Error);
        Assert.Equal(DiagnosticCodes.EventTimeInvalid, error.Code);
        Assert.EndsWith("events/2026-11-18-webinar.yml", error.Path);
        Assert.Equal(3, error.Line);
    }

    [Fact]
    public void An_md_and_a_yml_event_of_one_name_are_an_error()
    {
        _content.Write("events/2026-10-07-club.md", Event(""));
        _content.Write("events/2026-10-07-club.yml", "title: Club\nsummary: A club.\nstart: 2026-10-07 16:00\nend: 17:00\nonline: true\norganiser: Play Team\n");
        var result = _content.Load();
        Assert.Null(result.Site);
        var error = Assert.Single(result.Diagnostics, d => d.Severity == Severity.Error);
        Assert.Equal(DiagnosticCodes.EventFileDuplicate, error.Code);
        Assert.EndsWith("events/2026-10-07-club.yml", error.Path);
    }

    [Fact]
    public void A_body_key_in_an_md_event_is_not_known()
    {
        _content.Write("events/2026-10-07-club.md", Event("description: words"));
        var result = _content.Load();
        Assert.Contains(result.Diagnostics, d => d.Path.EndsWith("events/2026-10-07-club.md", StringComparison.Ordinal) && d.Line == 8 && d.Code == DiagnosticCodes.UnknownKey);
    }
}
