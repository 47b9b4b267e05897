using System.Xml.Linq;
using LocalOfferGen.Diagnostics;
using LocalOfferGen.Loading.Yaml;

namespace LocalOfferGen.Tests.Loading;

/// <summary>Dates written with a time, as <c>hugo new</c> and YAML timestamps write them.</summary>
public sealed class DateTimeTests : IDisposable
{
    private readonly TestContent _content = new();

    public void Dispose() => _content.Dispose();

    [Theory]
    [InlineData("2026-09-08", "2026-09-08", null)]
    [InlineData("2026-09-08T10:30:00", "2026-09-08", "2026-09-08T10:30:00+00:00")]
    [InlineData("2026-09-08T10:30:00+01:00", "2026-09-08", "2026-09-08T10:30:00+01:00")]
    [InlineData("2026-09-08T00:30:00+01:00", "2026-09-08", "2026-09-08T00:30:00+01:00")]
    [InlineData("2026-09-08T10:30:00.123456789Z", "2026-09-08", "2026-09-08T10:30:00+00:00")]
    [InlineData("2026-09-08 10:30", "2026-09-08", "2026-09-08T10:30:00+00:00")]
    [InlineData("2026-09-08 21:59:43.10 -5", "2026-09-08", "2026-09-08T21:59:43-05:00")]
    [InlineData("2026-09-08t10:30:00+0530", "2026-09-08", "2026-09-08T10:30:00+05:30")]
    public void Dates_with_or_without_a_time_are_read(string text, string date, string? moment)
    {
        Assert.True(DateText.TryParse(text, out var value));
        Assert.Equal(DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture), value.Date);
        Assert.Equal(moment, value.Moment is { } m ? LocalOfferGen.Theming.Dates.Iso(m) : null);
    }

    [Theory]
    [InlineData("next spring")]
    [InlineData("2026-09-31")]
    [InlineData("2026-09-08T25:00")]
    [InlineData("2026-09-08T10:61")]
    [InlineData("2026-09-08T10:30+15:00")]
    [InlineData("08/09/2026")]
    [InlineData("2026-09-08T")]
    public void Other_text_is_not_a_date(string text) => Assert.False(DateText.TryParse(text, out _));

    [Fact]
    public void A_reviewed_date_with_a_time_gives_its_date()
    {
        _content.Write("pages/education/plans.md", """
            ---
            title: EHC plans
            summary: What an EHC plan is.
            reviewed: 2026-09-08T10:30:00
            review_by: "2027-03-01T09:00:00+00:00"
            owner: SEND Team
            ---

            An EHC plan is a legal document.
            """);
        var load = _content.Load();
        Assert.Empty(load.Diagnostics);
        var page = load.Site!.FindPage("/education/plans/")!;
        Assert.Equal(new DateOnly(2026, 9, 8), page.Reviewed);
        Assert.Equal(new DateOnly(2027, 3, 1), page.ReviewBy);
    }

    [Fact]
    public void A_wrong_date_says_a_time_may_follow()
    {
        _content.Write("pages/education/plans.md", """
            ---
            title: EHC plans
            summary: What an EHC plan is.
            reviewed: 2026-09-08T25:30:00
            owner: SEND Team
            ---
            """);
        var error = Assert.Single(_content.Load().Diagnostics, d => d.Code == DiagnosticCodes.InvalidDate);
        Assert.Equal((4, 11), (error.Line, error.Column));
        Assert.Contains("a time may follow the date, like 2026-09-14T10:30:00+01:00", error.Message);
    }

    [Fact]
    public void News_keeps_its_time_for_the_order_of_one_day_the_post_page_and_the_feed()
    {
        _content.Write("news/2026-09-08-morning.md", """
            ---
            title: Morning news
            summary: Said in the morning.
            date: 2026-09-08T10:30:00+01:00
            ---

            Morning.
            """);
        _content.Write("news/2026-09-08-afternoon.md", """
            ---
            title: Afternoon news
            summary: Said in the afternoon.
            date: 2026-09-08T15:00:00+01:00
            ---

            Afternoon.
            """);
        _content.Write("news/2026-09-08-a-day.md", """
            ---
            title: News of the day
            summary: Said on the day.
            ---

            Some time that day.
            """);
        var result = _content.Build("web");
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        Assert.Empty(result.Diagnostics);
        Assert.Equal(["afternoon", "morning", "a-day"], result.Site!.News.Select(n => n.Slug));
        Assert.All(result.Site.News, n => Assert.Equal(new DateOnly(2026, 9, 8), n.Date));

        var feed = XDocument.Load(Path.Combine(_content.Output, "feed.xml"));
        XNamespace atom = "http://www.w3.org/2005/Atom";
        var entries = feed.Root!.Elements(atom + "entry").ToList();
        Assert.Equal(["Afternoon news", "Morning news", "News of the day"], entries.Select(e => e.Element(atom + "title")!.Value));
        Assert.Equal(["2026-09-08T15:00:00+01:00", "2026-09-08T10:30:00+01:00", "2026-09-08T00:00:00Z"],
            entries.Select(e => e.Element(atom + "published")!.Value));
        Assert.Equal(entries.Select(e => e.Element(atom + "published")!.Value), entries.Select(e => e.Element(atom + "updated")!.Value));
        Assert.Equal("2026-09-08T15:00:00+01:00", feed.Root.Element(atom + "updated")!.Value);

        var post = File.ReadAllText(Path.Combine(_content.Output, "news", "afternoon", "index.html"));
        Assert.Contains("<time datetime=\"2026-09-08T15:00:00+01:00\">8 September 2026 at 3pm</time>", post);
        var day = File.ReadAllText(Path.Combine(_content.Output, "news", "a-day", "index.html"));
        Assert.Contains("<time datetime=\"2026-09-08\">8 September 2026</time>", day);
    }

    [Theory]
    [InlineData(10, 30, "10:30am")]
    [InlineData(9, 0, "9am")]
    [InlineData(12, 0, "midday")]
    [InlineData(0, 0, "midnight")]
    [InlineData(12, 15, "12:15pm")]
    [InlineData(0, 5, "12:05am")]
    [InlineData(17, 0, "5pm")]
    public void Times_are_written_as_GOV_UK_writes_them(int hour, int minute, string expected) =>
        Assert.Equal(expected, LocalOfferGen.Theming.Dates.Clock(new TimeOnly(hour, minute)));
}
