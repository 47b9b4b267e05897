using System.Text.Json;
using System.Xml.Linq;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using LocalOfferGen.Building;
using LocalOfferGen.Events;

namespace LocalOfferGen.Tests.Events;

/// <summary>The What's on pages of a small site built on 27 November 2026 (<c>--today</c>) with <c>keep_past_days: 30</c>:
/// one past event still published, one past the cut-off, a weekly event across the spring clock change and an online
/// paid one. Built once for the class.</summary>
public sealed class WhatsOnSiteTests(WhatsOnSiteTests.Built built) : IClassFixture<WhatsOnSiteTests.Built>
{
    public const string Swim = "2026-11-21-sensory-swim";
    public const string Webinar = "2026-12-02-sleep-webinar";
    public const string RecentlyPast = "2026-11-10-autumn-talk";
    public const string LongPast = "2026-10-01-summer-picnic";

    private static readonly HtmlParser Parser = new();

    public sealed class Built : IDisposable
    {
        public Built()
        {
            Content = new TestContent();
            Content.Write("site.yml", File.ReadAllText(Path.Combine(Content.Content, "site.yml")) + "\nevents:\n  keep_past_days: 30\n");
            Content.Write($"events/{Swim}.md", """
                ---
                title: Sensory swim
                summary: A quiet swim.
                start: 2026-11-21 10:00
                end: 11:30
                repeat: { every: week, until: 2027-04-10 }
                location: portage
                age_groups: [primary]
                needs: [sensory]
                booking_phone: 01234 567890
                organiser: Saturday Club
                ---

                Come along with a parent or carer.
                """);
            Content.Write($"events/{Webinar}.md", """
                ---
                title: Sleep webinar
                summary: Bedtime routines, online.
                start: 2026-12-02 19:00
                end: 20:30
                online: true
                cost: £3 a family
                booking_url: https://example.test/book
                organiser: Early Years Team
                ---

                Ask questions in the chat.
                """);
            Content.Write($"events/{RecentlyPast}.md", """
                ---
                title: Autumn talk
                summary: A talk that has happened.
                start: 2026-11-10 18:00
                end: 19:00
                online: true
                organiser: SENDIASS
                ---

                Text.
                """);
            Content.Write($"events/{LongPast}.md", """
                ---
                title: Summer picnic
                summary: A picnic long gone.
                start: 2026-10-01 12:00
                end: 14:00
                location: portage
                organiser: Portage
                ---

                Text.
                """);
            Result = Content.Build("web");
        }

        public TestContent Content { get; }
        public BuildResult Result { get; }
        public string Read(string path) => File.ReadAllText(Path.Combine(Content.Output, path));
        public bool Exists(string path) => File.Exists(Path.Combine(Content.Output, path));
        public IDocument Page(string path) => Parser.ParseDocument(Read(path));
        public void Dispose() => Content.Dispose();
    }

    private IDocument Listing => built.Page("whats-on/index.html");

    [Fact]
    public void The_site_builds()
    {
        Assert.True(built.Result.Succeeded, string.Join("\n", built.Result.Diagnostics));
        Assert.Empty(built.Result.Diagnostics);
    }

    [Fact]
    public void Only_upcoming_events_are_listed_and_each_date_is_under_the_Monday_of_its_week()
    {
        var weeks = Listing.QuerySelectorAll("[data-event-week]").Select(w => (
            Heading: w.QuerySelector("h2")!.TextContent,
            Events: w.QuerySelectorAll("li").Select(li => (li.QuerySelector("h3")!.TextContent, li.QuerySelector("time")!.TextContent)).ToList())).ToList();
        var titles = weeks.SelectMany(w => w.Events).Select(e => e.Item1).ToHashSet();
        Assert.Equal(["Sensory swim", "Sleep webinar"], titles.Order());
        // The swim's first date (21 November) is before the build's date, so its first listed date is 28 November.
        Assert.Equal("Week of Monday 23 November", weeks[0].Heading);
        Assert.Equal([("Sensory swim", "Saturday 28 November")], weeks[0].Events);
        Assert.Equal("Week of Monday 30 November", weeks[1].Heading);
        Assert.Equal([("Sleep webinar", "Wednesday 2 December"), ("Sensory swim", "Saturday 5 December")], weeks[1].Events);
        Assert.Contains(weeks, w => w.Heading == "Week of Monday 29 March 2027");
        Assert.Equal("2 events on 21 dates", Listing.QuerySelector("[data-event-count]")!.TextContent);
    }

    [Fact]
    public void Dates_after_the_clocks_go_forward_show_the_same_UK_time_with_the_summer_offset()
    {
        var times = Listing.QuerySelectorAll("li time").ToDictionary(t => t.TextContent, t => (Iso: t.GetAttribute("datetime"), Line: t.ParentElement!.TextContent));
        Assert.Equal("2027-03-27T10:00:00+00:00", times["Saturday 27 March 2027"].Iso);
        Assert.Equal("2027-04-03T10:00:00+01:00", times["Saturday 3 April 2027"].Iso);
        Assert.Equal("Saturday 3 April 2027, 10am to 11:30am", times["Saturday 3 April 2027"].Line);
        Assert.Equal("Wednesday 2 December, 7pm to 8:30pm", times["Wednesday 2 December"].Line);
    }

    [Fact]
    public void Each_listed_date_says_where_what_it_costs_and_who_it_is_for()
    {
        var webinar = Listing.QuerySelectorAll("li[data-ages]").Single(li => li.QuerySelector("h3")!.TextContent == "Sleep webinar");
        var facts = webinar.QuerySelectorAll("dt").ToDictionary(dt => dt.TextContent, dt => dt.NextElementSibling!.TextContent);
        Assert.Equal("Online", facts["Where"]);
        Assert.Equal("£3 a family", facts["Cost"]);
        Assert.Equal("All ages", facts["For"]);
        var swim = Listing.QuerySelectorAll("li[data-ages]").First(li => li.QuerySelector("h3")!.TextContent == "Sensory swim");
        Assert.Equal("Free", swim.QuerySelectorAll("dt").Single(dt => dt.TextContent == "Cost").NextElementSibling!.TextContent);
        Assert.StartsWith("Portage", swim.QuerySelectorAll("dt").Single(dt => dt.TextContent == "Where").NextElementSibling!.TextContent);
        Assert.Equal("../whats-on/" + Swim + "/", swim.QuerySelector("h3 a")!.GetAttribute("href"));
    }

    [Fact]
    public void The_filters_are_a_GET_form_of_labelled_checkboxes_that_the_script_reveals_and_a_live_count()
    {
        var form = Listing.QuerySelector("form[data-event-filters]")!;
        Assert.Equal("get", form.GetAttribute("method"));
        Assert.True(form.HasAttribute("hidden"), "without JavaScript the form stays hidden and every event is listed");
        var legends = form.QuerySelectorAll("fieldset > legend").Select(l => l.TextContent).ToList();
        Assert.Equal(["Age", "Need", "Cost", "Where"], legends);
        foreach (var box in form.QuerySelectorAll("input[type=checkbox]"))
            Assert.NotNull(form.QuerySelector($"label[for='{box.Id}']"));
        Assert.Equal(["early-years", "primary", "secondary", "post-16"],
            form.QuerySelectorAll("input[name=age]").Select(i => i.GetAttribute("value")));
        Assert.Equal(["free"], form.QuerySelectorAll("input[name=cost]").Select(i => i.GetAttribute("value")));
        Assert.Equal(["in-person", "online"], form.QuerySelectorAll("input[name=where]").Select(i => i.GetAttribute("value")));
        var count = Listing.QuerySelector("[data-event-count]")!;
        Assert.Equal("status", count.GetAttribute("role"));
        Assert.Equal("polite", count.GetAttribute("aria-live"));

        var webinar = Listing.QuerySelectorAll("li[data-ages]").First(li => li.TextContent.Contains("Sleep webinar"));
        Assert.Equal(("all", "all", "paid", "online"),
            (webinar.GetAttribute("data-ages"), webinar.GetAttribute("data-needs"), webinar.GetAttribute("data-cost"), webinar.GetAttribute("data-where")));
        var swim = Listing.QuerySelectorAll("li[data-ages]").First(li => li.TextContent.Contains("Sensory swim"));
        Assert.Equal(("primary", "sensory", "free", "in-person"),
            (swim.GetAttribute("data-ages"), swim.GetAttribute("data-needs"), swim.GetAttribute("data-cost"), swim.GetAttribute("data-where")));
    }

    [Fact]
    public void The_listing_links_to_the_calendars_to_subscribe_to()
    {
        var links = Listing.QuerySelectorAll(".event-calendars a").Select(a => a.GetAttribute("href")).ToList();
        Assert.Equal(["../whats-on/calendar.ics", "../whats-on/calendar/age-primary.ics", "../whats-on/calendar/need-sensory.ics"], links);
    }

    [Fact]
    public void An_event_page_has_its_details_booking_next_dates_and_calendar_file()
    {
        var page = built.Page($"whats-on/{Swim}/index.html");
        var rows = page.QuerySelectorAll(".summary-list dt").ToDictionary(dt => dt.TextContent, dt => dt.NextElementSibling!);
        Assert.Equal("Saturday 28 November 2026, 10am to 11:30am", rows["Next date"].TextContent);
        Assert.Equal("Every Saturday, until 10 April 2027", rows["How often"].TextContent);
        Assert.Equal("../../services/portage/", rows["Where"].QuerySelector("a")!.GetAttribute("href"));
        Assert.Equal("tel:01234567890", rows["How to book"].QuerySelector("a")!.GetAttribute("href"));
        Assert.Equal("Saturday Club", rows["Organiser"].TextContent);
        Assert.Equal("Primary school (5 to 11)", rows["Ages"].TextContent);
        Assert.Contains("Come along with a parent or carer.", page.QuerySelector(".prose")!.TextContent);
        var next = page.QuerySelectorAll(".event-dates time").Select(t => t.TextContent).ToList();
        Assert.Equal(10, next.Count);
        Assert.Equal("Saturday 5 December 2026, 10am to 11:30am", next[0]);
        Assert.Equal($"../../whats-on/{Swim}.ics", page.QuerySelector("a.event-calendar-link")!.GetAttribute("href"));
        Assert.Null(page.QuerySelector(".event-past-notice"));

        var webinar = built.Page($"whats-on/{Webinar}/index.html");
        var booking = webinar.QuerySelectorAll(".summary-list dt").Single(dt => dt.TextContent == "How to book").NextElementSibling!;
        Assert.Equal("https://example.test/book", booking.QuerySelector("a")!.GetAttribute("href"));
    }

    [Fact]
    public void A_past_event_keeps_its_page_marked_as_past_until_the_cut_off_then_is_not_built()
    {
        var past = built.Page($"whats-on/{RecentlyPast}/index.html");
        Assert.StartsWith("This event has passed.", past.QuerySelector(".event-past-notice")!.TextContent.Trim());
        Assert.Null(past.QuerySelector("a.event-calendar-link"));
        Assert.False(built.Exists($"whats-on/{LongPast}/index.html"), "past keep_past_days (30), the page is not published");

        var sitemap = built.Read("sitemap.xml");
        Assert.Contains($"/whats-on/{RecentlyPast}/", sitemap);
        Assert.Contains("/whats-on/</loc>", sitemap);
        Assert.DoesNotContain(LongPast, sitemap);
        Assert.DoesNotContain(RecentlyPast, built.Read("whats-on/index.html"));
    }

    [Fact]
    public void The_Atom_feed_has_an_entry_per_upcoming_event()
    {
        XNamespace atom = "http://www.w3.org/2005/Atom";
        var feed = XDocument.Parse(built.Read("feed.xml"));
        var entries = feed.Root!.Elements(atom + "entry").ToDictionary(e => e.Element(atom + "id")!.Value);
        var swim = entries[$"https://localoffer.test.example/whats-on/{Swim}/"];
        Assert.Equal("What's on: Sensory swim", swim.Element(atom + "title")!.Value);
        Assert.StartsWith("Saturday 28 November 2026, 10am to 11:30am.", swim.Element(atom + "summary")!.Value);
        Assert.Contains($"https://localoffer.test.example/whats-on/{Webinar}/", entries.Keys);
        Assert.DoesNotContain(entries.Keys, id => id.Contains(RecentlyPast) || id.Contains(LongPast));
        Assert.NotNull(swim.Element(atom + "updated"));
    }

    [Fact]
    public void Search_finds_upcoming_events_only_and_the_menu_links_to_whats_on()
    {
        using var index = JsonDocument.Parse(built.Read("search-index.json"));
        var events = index.RootElement.EnumerateArray().Where(e => e.GetProperty("kind").GetString() == "Event")
            .Select(e => e.GetProperty("title").GetString()).Order().ToList();
        Assert.Equal(["Sensory swim", "Sleep webinar"], events);
        var nav = built.Page("index.html").QuerySelectorAll(".site-nav a").Select(a => (a.TextContent, a.GetAttribute("href"))).ToList();
        Assert.Contains(("What's on", "whats-on/"), nav);
        Assert.Equal("page", Listing.QuerySelectorAll(".site-nav a").Single(a => a.TextContent == "What's on").GetAttribute("aria-current"));
    }
}
