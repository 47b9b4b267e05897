using System.Globalization;
using LocalOfferGen.Events;
using LocalOfferGen.Model;
using LocalOfferGen.Theming;

namespace LocalOfferGen.Web.Events;

/// <summary>How the website words an event's dates, place, cost and audience, GOV.UK style: "Saturday 28 November 2026",
/// "10am to 11:30am". Every time shown is UK clock time (GMT or BST, whichever that date has).</summary>
internal static class EventWording
{
    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en-GB");
    private static readonly string[] Ordinals = ["first", "second", "third", "fourth", "fifth"];

    /// <summary>"Saturday 28 November", with the year when it is not <paramref name="thisYear"/>.</summary>
    public static string Day(DateOnly date, int? thisYear = null) =>
        date.ToString(date.Year == thisYear ? "dddd d MMMM" : "dddd d MMMM yyyy", English);

    /// <summary>The times of one occurrence: "10am to 11:30am", or across days "10am to 3pm on Sunday 25 October 2026".</summary>
    public static string Times(EventOccurrence occurrence, int? thisYear = null)
    {
        var start = LondonTime.ToLocal(occurrence.Start);
        var end = LondonTime.ToLocal(occurrence.End);
        var to = Dates.Clock(TimeOnly.FromDateTime(end));
        return start.Date == end.Date
            ? $"{Dates.Clock(TimeOnly.FromDateTime(start))} to {to}"
            : $"{Dates.Clock(TimeOnly.FromDateTime(start))} to {to} on {Day(DateOnly.FromDateTime(end), thisYear)}";
    }

    /// <summary>The day and times together: "Saturday 28 November 2026, 10am to 11:30am".</summary>
    public static string When(EventOccurrence occurrence) => $"{Day(StartDay(occurrence))}, {Times(occurrence)}";

    public static DateOnly StartDay(EventOccurrence occurrence) => DateOnly.FromDateTime(LondonTime.ToLocal(occurrence.Start));

    /// <summary>The Monday of the week a day is in: the listing's weeks run Monday to Sunday.</summary>
    public static DateOnly WeekOf(DateOnly date) => date.AddDays(-(((int)date.DayOfWeek + 6) % 7));

    /// <summary>The service whose place the event is at; the loader made sure it exists.</summary>
    public static Service? ServiceOf(Site site, SiteEvent e) =>
        e.LocationServiceId is { } id ? site.FindService(id) : null;

    public static string Cost(SiteEvent e) => e.IsFree ? "Free" : e.Cost!;

    /// <summary>The place as families look for it: the service's name and its first address, or "Online".</summary>
    public static string Place(SiteEvent e, Service? service)
    {
        var at = service is null ? null : PlaceOf(service);
        return (at, e.Online) switch
        {
            (null, _) => "Online",
            (_, true) => $"{at}, or online",
            _ => at,
        };
    }

    public static string PlaceOf(Service service)
    {
        var parts = new List<string> { service.Name };
        if (service.Locations.Count > 0)
        {
            var location = service.Locations[0];
            if (!string.Equals(location.Name, service.Name, StringComparison.OrdinalIgnoreCase)) parts.Add(location.Name);
            if (location.Address is { } address) parts.Add(address);
            if (location.Postcode is { } postcode) parts.Add(postcode);
        }
        return string.Join(", ", parts);
    }

    /// <summary>The age groups' labels, or "All ages" when the event names none (it is open to every age).</summary>
    public static string Ages(SiteEvent e, SiteSettings settings) => e.AgeGroups.Count == 0
        ? "All ages"
        : string.Join(", ", e.AgeGroups.Select(id => settings.AgeGroups.First(a => a.Id == id).Label));

    /// <summary>The needs' labels, or null when the event names none (it is open to every child).</summary>
    public static string? Needs(SiteEvent e, SiteSettings settings) => e.Needs.Count == 0
        ? null
        : string.Join(", ", e.Needs.Select(id => settings.Needs.First(n => n.Id == id).Label));

    /// <summary>How a repeating event repeats: "Every Saturday until 19 December 2026, except 31 October 2026".</summary>
    public static string? Repeat(SiteEvent e)
    {
        if (e.Repeat is not { } repeat) return null;
        var first = DateOnly.FromDateTime(e.Start);
        var weekday = first.ToString("dddd", English);
        var rule = repeat.Frequency == RepeatFrequency.Weekly
            ? repeat.Interval == 1 ? $"Every {weekday}" : $"Every {repeat.Interval} weeks on {weekday}"
            : $"The {NthOfMonth(first)} {weekday} of {(repeat.Interval == 1 ? "every month" : $"every {repeat.Interval} months")}";
        var text = $"{rule}, until {Dates.Long(repeat.Until)}";
        var except = repeat.Except.Where(d => d >= first && d <= repeat.Until).Order().ToList();
        return except.Count == 0 ? text : $"{text}, except {string.Join(", ", except.Select(Dates.Long))}";
    }

    private static string NthOfMonth(DateOnly first) =>
        first.AddDays(7).Month != first.Month ? "last" : Ordinals[(first.Day - 1) / 7];

    /// <summary>"1 event", "4 events on 23 dates": what the listing shows.</summary>
    public static string Count(int events, int dates) =>
        (events == 1 ? "1 event" : $"{events} events") + (dates == events ? "" : $" on {dates} dates");
}
